import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData, type LoadContext } from '../../controllers/portal-data.js';
import { fieldMessage } from '../../ui/shared.styles.js';
import { announce } from '../../ui/live-region.js';
import { problemMessage } from '../../i18n/problems.js';
import { downloadAttachment } from '../../ui/attachments/attachment-list.js';
import type { PortalMessageRequestedEvent } from '../../events/portal-message-requested.js';
import { conversationsView, pendingView, recentView } from './messages-views.js';
import { check, composerView, type ComposerProblems } from './messages-composer.js';
import {
  deliver,
  forget,
  pending,
  pendingMessages,
  type PendingMessage,
} from './messages-outbox.js';
import { Thread, threadView } from './messages-thread.js';
import { styles } from './portal-messages.styles.js';
import { showAllControl } from '../../ui/show-all.js';

type Conversation = Schemas['Conversation'];
type Recipient = Schemas['Recipient'];
type Attachment = Schemas['Attachment'];
type Loaded =
  | { mode: 'recent'; messages: Schemas['Message'][] }
  | { mode: 'full'; conversations: Conversation[]; recipients: Recipient[] };

/** How many messages the start screen shows (P5). */
const RECENT = 4;

async function load(mode: string, { api, clientId, signal }: LoadContext): Promise<Loaded> {
  const path = { clientId };
  if (mode === 'recent') {
    const page = unwrap(
      await api.GET('/clients/{clientId}/messages', {
        params: { path, query: { limit: RECENT } },
        signal,
      }),
    );
    return { mode: 'recent', messages: page.items };
  }
  const [conversations, recipients] = await Promise.all([
    api.GET('/clients/{clientId}/conversations', { params: { path }, signal }).then(unwrap),
    api.GET('/clients/{clientId}/recipients', { params: { path }, signal }).then(unwrap),
  ]);
  return { mode: 'full', conversations, recipients };
}

/**
 * @summary Messages with the care team and relatives (C8, P5, X2, X3). `mode="recent"` shows the
 * 4 newest for the start screen with "Alle berichten"; the full mode shows the conversations
 * newest first with unread marks, a new message to one or several recipients (grouped, with
 * roles) and the replies in a conversation. A message that could not be sent stays as "Niet
 * verstuurd" with "Opnieuw proberen" and is never posted twice. Answers `portal-message-requested`
 * ("Bericht sturen" elsewhere on the page) by starting a message to that person.
 *
 * @csspart panel - The panel's frame.
 * @csspart recent - The list of the newest messages.
 * @csspart all - The "Alle berichten" link or button (recent mode).
 * @csspart new - The "Nieuw bericht" button.
 * @csspart conversations - The list of conversations.
 * @csspart conversation - One conversation in the list (a button that opens it).
 * @csspart unread - An unread mark.
 * @csspart composer - The form with the recipients, the text and "Stuur".
 * @csspart recipients - The recipients, grouped into care team and contacts.
 * @csspart attach - The attachments of a new message or reply (photos, PDF; X9).
 * @csspart attachments - The attachments of a sent message.
 * @csspart attachment - One attachment: name, type and size.
 * @csspart download - The button that downloads an attachment.
 * @csspart download-problem - Why an attachment could not be downloaded.
 * @csspart pending-attachments - The attachments of a message that was not sent.
 * @csspart send - The "Stuur" button.
 * @csspart cancel - The button that leaves a new message.
 * @csspart outbox - Messages on their way or not sent.
 * @csspart pending - One message on its way or not sent.
 * @csspart not-sent - Why a message was not sent.
 * @csspart resend - "Opnieuw proberen" on a message that was not sent.
 * @csspart discard - The button that removes a message that was not sent.
 * @csspart thread - An open conversation.
 * @csspart back - The button back to the conversations.
 * @csspart answer-time - The organisation's usual answer time.
 * @csspart message - One message.
 * @csspart read-by-team - Whether the care team read one's own message.
 *
 * @cssproperty --portal-virtual-list-height - The height of a conversation's messages.
 *
 * @event {PortalShowAllEvent} portal-show-all - "Alle berichten" was chosen in recent mode;
 * `detail.overview` is `messages`. Cancelable: call `preventDefault()` when the page shows the
 * full panel itself; otherwise the link is followed, or without one the panel shows all in place.
 */
export class PortalMessages extends PortalElement {
  static override styles = [PortalElement.styles, fieldMessage, styles];

  /** `recent` for the start screen (the 4 newest and "Alle berichten"); `full` for everything. */
  @property({ reflect: true }) mode: 'recent' | 'full' = 'full';

  /** In recent mode: where "Alle berichten" leads; without it, a button (see `portal-show-all`). */
  @property({ attribute: 'all-href' }) allHref = '';

  @state() private view: 'list' | 'new' | 'thread' = 'list';
  @state() private open: Conversation | undefined;
  @state() private chosen = new Set<string>();
  @state() private text = '';
  @state() private problems: ComposerProblems = {};
  /** Why the last download of an attachment failed. */
  @state() private downloadProblem: string | undefined;
  /** The uploaded attachments of the message being written. */
  @state() private attachments: Attachment[] = [];
  /** Keys of messages whose try is under way in this panel. */
  @state() private inFlight = new Set<string>();

  private readonly data = new PortalData<Loaded>(this, {
    section: 'messages',
    load: (ctx) => load(this.mode, ctx),
    args: () => [this.mode],
  });

  private readonly thread = new Thread(
    this,
    () => this.open,
    (a) => void this.download(a),
  );

  private focusAfter: string | undefined;

  private readonly onRequested = (event: PortalMessageRequestedEvent) => {
    if (this.data.state === 'signed-out') return;
    // Tells the sender a panel took it, so the host page need not go elsewhere.
    event.preventDefault();
    this.writeTo(event.detail.recipientId);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('portal-message-requested', this.onRequested);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('portal-message-requested', this.onRequested);
  }

  /** Starts a new message to one recipient (by the id `listRecipients` gives) and focuses it. */
  writeTo(recipientId: string): void {
    this.mode = 'full';
    this.chosen = new Set([recipientId]);
    this.problems = {};
    this.view = 'new';
    this.focusAfter = '#text';
  }

  protected override render() {
    if (this.data.state === 'signed-out') return nothing;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title" tabindex="-1">${msg('Berichten', { id: 'messages.title' })}</h2>
      <p class="message" role="alert" part="download-problem">${this.downloadProblem ?? nothing}</p>
      ${this.data.render({ complete: (v) => this.renderLoaded(v), empty: () => nothing })}
    </section>`;
  }

  protected override updated(): void {
    if (!this.focusAfter || this.data.state !== 'complete') return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    if (!target) return;
    this.focusAfter = undefined;
    target.focus();
  }

  private renderLoaded(v: Loaded) {
    if (v.mode === 'recent') {
      return html`${
        v.messages.length
          ? recentView(v.messages, (a) => void this.download(a))
          : html`<p class="state empty" part="empty">
              ${msg('U heeft nog geen berichten.', { id: 'messages.none' })}
            </p>`
      }
      ${showAllControl(this, {
        overview: 'messages',
        text: msg('Alle berichten', { id: 'messages.all' }),
        href: this.allHref,
      })}`;
    }
    if (this.view === 'new') return this.renderNew(v.recipients);
    if (this.view === 'thread' && this.open) return this.renderThread(this.open);
    return html`<button class="primary" part="new" id="new" type="button" @click=${this.startNew}>
        ${msg('Nieuw bericht', { id: 'messages.newMessage' })}
      </button>
      ${this.renderPending((e) => !e.conversationId)}
      ${conversationsView(v.conversations, (c) => this.openConversation(c))}`;
  }

  private renderNew(recipients: Recipient[]) {
    return html`<h3>${msg('Nieuw bericht', { id: 'messages.newMessage' })}</h3>
      ${composerView({
        recipients,
        chosen: this.chosen,
        text: this.text,
        problems: this.problems,
        attachments: this.attachments,
        attach: (list) => (this.attachments = list),
        toggle: (id, on) => {
          const next = new Set(this.chosen);
          if (on) next.add(id);
          else next.delete(id);
          this.chosen = next;
        },
        input: (text) => (this.text = text),
        submit: (e) => this.submitNew(e, recipients),
        cancel: () => this.backToList('#new'),
      })}`;
  }

  private renderThread(c: Conversation) {
    return threadView(this.thread, c, {
      back: () => this.backToList('#title'),
      composer: composerView({
        chosen: this.chosen,
        text: this.text,
        problems: this.problems,
        attachments: this.attachments,
        attach: (list) => (this.attachments = list),
        toggle: () => undefined,
        input: (text) => (this.text = text),
        submit: (e) => this.submitReply(e, c),
      }),
      pending: this.renderPending((e) => e.conversationId === c.id),
    });
  }

  private renderPending(which: (e: PendingMessage) => boolean) {
    const portal = this.data.portal;
    if (!portal?.clientId) return nothing;
    const entries = pendingMessages(portal.drafts, portal.clientId).filter(which);
    return pendingView(entries, {
      retry: (e) => void this.send(e),
      remove: (e) => {
        forget(portal.drafts, portal.clientId!, e.key);
        this.requestUpdate();
        this.focusAfter = '#title';
      },
      busy: (e) => this.inFlight.has(e.key),
    });
  }

  private startNew = () => {
    this.view = 'new';
    this.chosen = new Set();
    this.attachments = [];
    this.problems = {};
    this.focusAfter = '#to input';
  };

  private backToList(focus: string) {
    this.view = 'list';
    this.open = undefined;
    this.problems = {};
    this.focusAfter = focus;
  }

  private openConversation(c: Conversation) {
    this.open = c;
    this.view = 'thread';
    this.text = '';
    this.attachments = [];
    this.problems = {};
    this.focusAfter = '#thread-title';
  }

  private refuse(found: ComposerProblems): boolean {
    this.problems = found;
    if (!found.to && !found.text) return false;
    this.focusAfter = found.to ? '#to input' : '#text';
    this.requestUpdate();
    return true;
  }

  private submitNew(event: Event, recipients: Recipient[]) {
    event.preventDefault();
    const to = recipients.filter((r) => this.chosen.has(r.id));
    if (this.refuse(check(this.text, to.length))) return;
    const entry = pending({
      recipientIds: to.map((r) => r.id),
      recipientNames: to.map((r) => r.name).join(', '),
      body: this.text,
      ...this.takeAttachments(),
    });
    this.text = '';
    this.chosen = new Set();
    this.backToList('#title');
    void this.send(entry);
  }

  private submitReply(event: Event, c: Conversation) {
    event.preventDefault();
    if (this.refuse(check(this.text, undefined))) return;
    const entry = pending({ conversationId: c.id, body: this.text, ...this.takeAttachments() });
    this.text = '';
    void this.send(entry);
  }

  /** The attachments for the outbox (ids to send, names to show); the composer starts empty. */
  private takeAttachments(): Pick<PendingMessage, 'attachmentIds' | 'attachmentNames'> {
    const list = this.attachments;
    this.attachments = [];
    if (!list.length) return {};
    return { attachmentIds: list.map((a) => a.id), attachmentNames: list.map((a) => a.name) };
  }

  /** Downloads an attachment of a message; a problem shows under the title. */
  private async download(a: Attachment): Promise<void> {
    const portal = this.data.portal;
    if (!portal?.clientId) return;
    this.downloadProblem = undefined;
    try {
      await downloadAttachment(portal, portal.clientId, a);
    } catch (error) {
      this.downloadProblem = problemMessage(error);
    }
  }

  /** Sends (or sends again) one message; a second try while one is under way does nothing. */
  private async send(entry: PendingMessage): Promise<void> {
    const portal = this.data.portal;
    const clientId = portal?.clientId;
    if (!portal || !clientId || this.inFlight.has(entry.key)) return;
    this.inFlight = new Set(this.inFlight).add(entry.key);
    const result = await deliver(portal, clientId, entry);
    const rest = new Set(this.inFlight);
    rest.delete(entry.key);
    this.inFlight = rest;
    if (result) {
      void announce(this, msg('Uw bericht is verstuurd.', { id: 'messages.sent' }));
      if (entry.conversationId) this.thread.reload();
      else this.data.reload();
    } else {
      void announce(
        this,
        msg('Uw bericht is niet verstuurd. U kunt het opnieuw proberen.', {
          id: 'messages.failed',
        }),
        { assertive: true },
      );
    }
  }
}
