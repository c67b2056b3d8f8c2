import { ContextConsumer } from '@lit/context';
import { msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { portalContext } from '../../internal/context.js';
import {
  AttachmentMediaType,
  bodyLimits,
  SendMessageRequest,
} from '../../generated/contract-facts.js';
import { problemMessage } from '../../i18n/problems.js';
import { fieldMessage } from '../shared.styles.js';

type Attachment = Schemas['Attachment'];

/** The largest file: `x-max-body-bytes` of `uploadAttachment` in the contract (10 MB). */
export const MAX_ATTACHMENT_BYTES = bodyLimits.uploadAttachment;
/** How many files one message or report takes (`attachmentIds.maxItems` in the contract). */
export const MAX_ATTACHMENTS = SendMessageRequest.attachmentIds.maxItems;

/** The chosen files changed; `detail.attachments` are the uploaded ones, in order. */
export class PortalAttachmentsChangedEvent extends CustomEvent<{ attachments: Attachment[] }> {
  constructor(attachments: Attachment[]) {
    super('portal-attachments-changed', { bubbles: true, composed: true, detail: { attachments } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-attachments-changed': PortalAttachmentsChangedEvent;
  }
}

const megabytes = (bytes: number) => Math.round(bytes / 1_048_576);

/**
 * @summary Adds photos (JPEG, PNG, HEIC) and PDFs to a message or report (X9): pick a file or take
 * a photo on a phone; the allowed types and the size limit are shown before choosing; each file
 * is uploaded at once and shown with a preview (photos) or its name, with a remove button.
 * A refused file (too large, another type, or one the server finds is not what it says) gets a
 * message next to the buttons. Use `attachments` (or the event) for the `attachmentIds`.
 *
 * @csspart pick - The "Bestand kiezen" button.
 * @csspart photo - The "Foto maken" button (a phone's camera).
 * @csspart limits - The allowed types and size.
 * @csspart list - The added files.
 * @csspart remove - The button that takes a file off again.
 *
 * @event portal-attachments-changed - Files were added or removed; `detail.attachments`.
 */
export class PortalAttachmentPicker extends PortalElement {
  static override styles = [
    PortalElement.styles,
    fieldMessage,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_portal-space-s);
      }
      ul {
        margin: var(--_portal-space-s) 0 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        gap: var(--_portal-space-s);
        align-items: center;
      }
      img {
        width: 4rem;
        height: 4rem;
        object-fit: cover;
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  /** The uploaded files, in the order they were added. */
  @property({ attribute: false }) attachments: Attachment[] = [];

  @state() private problem: string | undefined;
  @state() private busy = false;
  /** Local previews of photos by attachment id (object URLs, never sent anywhere). */
  private previews = new Map<string, string>();

  private readonly portal = new ContextConsumer(this, { context: portalContext, subscribe: true });

  protected override render() {
    const accept = AttachmentMediaType.join(',');
    return html`<div class="row">
        <button class="secondary" part="pick" type="button" @click=${() => this.open('#file')}>
          ${msg('Bestand kiezen', { id: 'attach.pick' })}
        </button>
        <button class="secondary" part="photo" type="button" @click=${() => this.open('#camera')}>
          ${msg('Foto maken', { id: 'attach.photo' })}
        </button>
        <input id="file" type="file" accept=${accept} @change=${this.chosen} />
        <input
          id="camera"
          type="file"
          accept="image/*"
          capture="environment"
          @change=${this.chosen}
        />
      </div>
      <p class="muted" part="limits" id="limits">
        ${msg(
          str`Foto's (JPEG, PNG, HEIC) of PDF, hoogstens ${megabytes(MAX_ATTACHMENT_BYTES)} MB per bestand en ${MAX_ATTACHMENTS} bestanden.`,
          { id: 'attach.limits' },
        )}
      </p>
      <p class="message" role="alert">${this.problem ?? nothing}</p>
      <p role="status">${this.busy ? msg('Bestand toevoegen…', { id: 'attach.busy' }) : nothing}</p>
      ${
        this.attachments.length
          ? html`<ul part="list">
              ${this.attachments.map(
                (a) =>
                  html`<li>
                    ${
                      this.previews.has(a.id)
                        ? html`<img src=${this.previews.get(a.id)!} alt="" />`
                        : nothing
                    }
                    <span>${a.name}</span>
                    <button
                      class="secondary"
                      part="remove"
                      type="button"
                      @click=${() => this.drop(a)}
                    >
                      ${msg(str`${a.name} weghalen`, { id: 'attach.remove' })}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of this.previews.values()) URL.revokeObjectURL(url);
    this.previews.clear();
  }

  private open(selector: string) {
    this.renderRoot.querySelector<HTMLInputElement>(selector)?.click();
  }

  /** Why a file cannot be added, before anything is sent; undefined when it can. */
  private refusal(file: File): string | undefined {
    if (this.attachments.length >= MAX_ATTACHMENTS)
      return msg(str`U kunt hoogstens ${MAX_ATTACHMENTS} bestanden toevoegen.`, {
        id: 'attach.tooMany',
      });
    if (!(AttachmentMediaType as readonly string[]).includes(file.type))
      return msg('Dit soort bestand kan niet. Kies een foto (JPEG, PNG, HEIC) of een PDF.', {
        id: 'attach.type',
      });
    if (file.size > MAX_ATTACHMENT_BYTES)
      return msg(
        str`Dit bestand is ${megabytes(file.size)} MB. Dat is te groot: hoogstens ${megabytes(MAX_ATTACHMENT_BYTES)} MB.`,
        { id: 'attach.size' },
      );
    return undefined;
  }

  private chosen = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.add(file);
  };

  /** Checks and uploads one file (also for tests and for a drop zone a page may add). */
  async add(file: File): Promise<void> {
    const portal = this.portal.value;
    this.problem = this.refusal(file);
    if (this.problem || !portal?.clientId || this.busy) return;
    this.busy = true;
    try {
      const added = unwrap(
        await portal.client.api.POST('/clients/{clientId}/attachments', {
          params: { path: { clientId: portal.clientId } },
          body: file as unknown as string,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: { 'Content-Type': file.type },
        }),
      );
      if (added.mediaType.startsWith('image/') && added.mediaType !== 'image/heic')
        this.previews.set(added.id, URL.createObjectURL(file));
      this.attachments = [...this.attachments, added];
      this.dispatchEvent(new PortalAttachmentsChangedEvent(this.attachments));
    } catch (error) {
      this.problem =
        (error as { code?: string }).code === 'unsupported_media_type'
          ? msg(
              'Dit bestand is geen foto of PDF, ook al lijkt de naam daarop. Kies een ander bestand.',
              { id: 'attach.notWhatItSays' },
            )
          : problemMessage(error);
    } finally {
      this.busy = false;
    }
  }

  private drop(a: Attachment) {
    const url = this.previews.get(a.id);
    if (url) URL.revokeObjectURL(url);
    this.previews.delete(a.id);
    this.attachments = this.attachments.filter((x) => x !== a);
    this.dispatchEvent(new PortalAttachmentsChangedEvent(this.attachments));
  }
}
