import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { newIdempotencyKey, unwrap, type PortalClient, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData } from '../../controllers/portal-data.js';
import { BulletinPostInput } from '../../generated/contract-facts.js';
import { problemMessage } from '../../i18n/problems.js';
import { formatDateTime } from '../../i18n/format.js';
import { announce } from '../../ui/live-region.js';
import {
  focusById,
  formStyles,
  submitRow,
  textAreaField,
  textProblem,
} from '../../ui/forms/index.js';
import type { PortalDialog } from '../../ui/dialog/portal-dialog.component.js';
import { styles } from './portal-bulletin.styles.js';

type Post = Schemas['BulletinPost'];
const MAX = BulletinPostInput.text.maxLength;

const missing = () => msg('Typ eerst uw bericht.', { id: 'bulletin.empty' });

/**
 * @summary The bulletin board ("prikbord", C11): short announcements to all of the client's
 * contacts, newest first, shown on the start screen. Post one, change or remove one's own
 * (removing asks first); the contract's length limit is counted while typing.
 *
 * @csspart panel - The panel's frame.
 * @csspart form - The form for a new post.
 * @csspart submit - The "Plaatsen" (or "Opslaan") button.
 * @csspart posts - The list of posts.
 * @csspart post - One post.
 * @csspart edit - "Wijzigen" on one's own post.
 * @csspart remove - "Verwijderen" on one's own post.
 * @csspart problem - Why a change did not work.
 * @csspart dialog - The confirmation before removing.
 * @csspart yes - The button that removes.
 * @csspart no - The button that keeps the post.
 */
export class PortalBulletin extends PortalElement {
  static override styles = [PortalElement.styles, formStyles, styles];

  @state() private text = '';
  @state() private error: string | undefined;
  @state() private editing: Post | undefined;
  @state() private editText = '';
  @state() private editError: string | undefined;
  @state() private problem: string | undefined;
  @state() private busy = false;
  @query('portal-dialog') private dialog!: PortalDialog;

  /** The post that "Verwijderen" asks about. */
  private removing: Post | undefined;
  /** One Idempotency-Key per new post, kept across its retries. */
  private key = newIdempotencyKey();
  private focusAfter: string | undefined;

  private readonly data = new PortalData<Post[]>(this, {
    section: 'bulletin',
    isEmpty: (posts) => posts.length === 0,
    load: async ({ api, clientId, signal }) =>
      unwrap(
        await api.GET('/clients/{clientId}/bulletin', { params: { path: { clientId } }, signal }),
      ),
  });

  protected override render() {
    if (this.data.state === 'signed-out') return nothing;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title" tabindex="-1">${msg('Prikbord', { id: 'bulletin.title' })}</h2>
      ${this.data.render({
        complete: (posts) => html`${this.renderForm()}${this.renderPosts(posts)}`,
        empty: () =>
          html`${this.renderForm()}
            <p class="state empty" part="empty">
              ${msg('Er staat nog niets op het prikbord.', { id: 'bulletin.none' })}
            </p>`,
      })}
      <portal-dialog
        part="dialog"
        heading=${msg('Bericht verwijderen', { id: 'bulletin.removeHeading' })}
        initial-focus="[data-no]"
      >
        <p>
          ${msg('Weet u zeker dat u dit bericht van het prikbord wilt verwijderen?', {
            id: 'bulletin.removeQuestion',
          })}
        </p>
        <button slot="actions" class="primary" part="yes" @click=${this.removePost}>
          ${msg('Ja, verwijderen', { id: 'bulletin.yes' })}
        </button>
        <button
          slot="actions"
          class="secondary"
          part="no"
          data-no
          @click=${() => this.dialog.close()}
        >
          ${msg('Nee', { id: 'bulletin.no' })}
        </button>
      </portal-dialog>
    </section>`;
  }

  protected override updated(): void {
    if (!this.focusAfter) return;
    const id = this.focusAfter;
    this.focusAfter = undefined;
    focusById(this.renderRoot, id);
  }

  private renderForm() {
    return html`<form part="form" novalidate @submit=${this.post}>
      ${textAreaField({
        id: 'text',
        name: 'text',
        label: msg('Nieuw bericht voor het prikbord', { id: 'bulletin.label' }),
        hint: msg('Iedereen met toegang tot het prikbord ziet het.', { id: 'bulletin.hint' }),
        maxLength: MAX,
        rows: 3,
        value: this.text,
        error: this.error,
        onInput: (v) => (this.text = v),
      })}
      ${submitRow({ label: msg('Plaatsen', { id: 'bulletin.submit' }), busy: this.busy })}
    </form>`;
  }

  private renderPosts(posts: Post[]) {
    return html`${
        this.problem
          ? html`<p class="message" part="problem" role="alert">${this.problem}</p>`
          : nothing
      }
      <ul part="posts">
        ${posts.map((p) => html`<li>${this.editing?.id === p.id ? this.renderEdit(p) : this.renderPost(p)}</li>`)}
      </ul>`;
  }

  private renderPost(p: Post) {
    return html`<article part="post">
      <p class="meta">
        <strong>${p.author.name}</strong>
        <time class="muted" datetime=${p.postedAt}>${formatDateTime(p.postedAt)}</time>
      </p>
      <p class="text">${p.text}</p>
      ${
        p.deletable
          ? html`<div class="actions">
              <button
                class="secondary"
                part="edit"
                id="edit-${p.id}"
                type="button"
                @click=${() => this.startEdit(p)}
              >
                ${msg('Wijzigen', { id: 'bulletin.edit' })}
              </button>
              <button
                class="secondary"
                part="remove"
                type="button"
                @click=${() => this.askRemove(p)}
              >
                ${msg('Verwijderen', { id: 'bulletin.remove' })}
              </button>
            </div>`
          : nothing
      }
    </article>`;
  }

  private renderEdit(p: Post) {
    return html`<form part="form" novalidate @submit=${this.save}>
      ${textAreaField({
        id: 'edit-text',
        name: 'text',
        label: msg(str`Uw bericht van ${formatDateTime(p.postedAt)} wijzigen`, {
          id: 'bulletin.editLabel',
        }),
        maxLength: MAX,
        rows: 3,
        value: this.editText,
        error: this.editError,
        onInput: (v) => (this.editText = v),
      })}
      ${submitRow({
        label: msg('Opslaan', { id: 'bulletin.save' }),
        busy: this.busy,
        extra: html`<button class="secondary" type="button" @click=${() => this.stopEdit(p)}>
          ${msg('Annuleren', { id: 'bulletin.cancel' })}
        </button>`,
      })}
    </form>`;
  }

  private startEdit(p: Post) {
    this.editing = p;
    this.editText = p.text;
    this.editError = undefined;
    this.focusAfter = 'edit-text';
  }

  private stopEdit(p: Post) {
    this.editing = undefined;
    this.focusAfter = `edit-${p.id}`;
  }

  private askRemove(p: Post) {
    this.removing = p;
    this.dialog.show();
  }

  /** Sends one change; on a problem the typed text stays and the problem shows. */
  private async change(run: (api: PortalClient['api'], clientId: string) => Promise<unknown>) {
    const portal = this.data.portal;
    if (!portal?.clientId || this.busy) return false;
    this.busy = true;
    this.problem = undefined;
    try {
      await run(portal.client.api, portal.clientId);
      this.data.reload();
      return true;
    } catch (error) {
      this.problem = problemMessage(error);
      return false;
    } finally {
      this.busy = false;
    }
  }

  private post = async (event: Event) => {
    event.preventDefault();
    this.error = textProblem(this.text.trim(), { max: MAX }, missing);
    if (this.error) return void (this.focusAfter = 'text');
    const body = { text: this.text };
    const ok = await this.change(async (api, clientId) =>
      unwrap(
        await api.POST('/clients/{clientId}/bulletin', {
          params: { path: { clientId }, header: { 'Idempotency-Key': this.key } },
          body,
        }),
      ),
    );
    if (!ok) return void (this.error = this.problem);
    this.problem = undefined;
    this.text = '';
    this.key = newIdempotencyKey();
    void announce(this, msg('Uw bericht staat op het prikbord.', { id: 'bulletin.posted' }));
  };

  private save = async (event: Event) => {
    event.preventDefault();
    const post = this.editing;
    if (!post) return;
    this.editError = textProblem(this.editText.trim(), { max: MAX }, missing);
    if (this.editError) return void (this.focusAfter = 'edit-text');
    const body = { text: this.editText };
    const ok = await this.change(async (api, clientId) =>
      unwrap(
        await api.PUT('/clients/{clientId}/bulletin/{postId}', {
          params: { path: { clientId, postId: post.id } },
          body,
        }),
      ),
    );
    if (!ok) return void (this.editError = this.problem);
    this.problem = undefined;
    this.editing = undefined;
    this.focusAfter = 'title';
    void announce(this, msg('Uw bericht is gewijzigd.', { id: 'bulletin.changed' }));
  };

  private removePost = async () => {
    const post = this.removing;
    this.dialog.close('yes');
    if (!post) return;
    const ok = await this.change(async (api, clientId) => {
      const { error } = await api.DELETE('/clients/{clientId}/bulletin/{postId}', {
        params: { path: { clientId, postId: post.id } },
      });
      if (error) throw error;
    });
    this.focusAfter = 'title';
    if (ok) void announce(this, msg('Het bericht is verwijderd.', { id: 'bulletin.removed' }));
  };
}
