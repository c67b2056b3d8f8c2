// The attachments of a sent message or report (X9): name, type and size, and a download that
// fetches the file with the SDK (the session's cookie, never a token in a URL) and offers it as
// a local Blob URL.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { unwrap, type Schemas } from '@clientportal/sdk';
import type { PortalContextValue } from '../../internal/context.js';
import { formatNumber } from '../../i18n/format.js';

type Attachment = Schemas['Attachment'];

/** "PNG", "JPEG", "HEIC" or "PDF": the kind of file in a word. */
export const kindOf = (a: Pick<Attachment, 'mediaType'>) =>
  a.mediaType.split('/')[1]!.toUpperCase();

/** "12 kB" or "2,4 MB": a file's size in the page's language. */
export function sizeText(bytes: number): string {
  if (bytes < 1_048_576) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB`;
  return `${formatNumber(bytes / 1_048_576, 1)} MB`;
}

/** Fetches one attachment and hands it to the browser as a download under its own name. */
export async function downloadAttachment(
  portal: PortalContextValue,
  clientId: string,
  a: Attachment,
): Promise<void> {
  const blob = unwrap(
    await portal.client.api.GET('/clients/{clientId}/attachments/{attachmentId}', {
      params: { path: { clientId, attachmentId: a.id } },
      parseAs: 'blob',
    }),
  ) as unknown as Blob;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = a.name;
  link.click();
  // The browser has started the download; the local URL is not needed after a moment.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The list of attachments with a download button each; nothing when there are none. */
export function attachmentList(
  list: readonly Attachment[] | undefined,
  download: (a: Attachment) => void,
): TemplateResult | typeof nothing {
  if (!list?.length) return nothing;
  return html`<ul class="plain attachments" part="attachments">
    ${list.map(
      (a) =>
        html`<li part="attachment">
          <span class="name">${a.name}</span>
          <span class="muted small">(${kindOf(a)}, ${sizeText(a.size)})</span>
          <button class="secondary" part="download" type="button" @click=${() => download(a)}>
            ${msg(str`${a.name} downloaden`, { id: 'attach.download' })}
          </button>
        </li>`,
    )}
  </ul>`;
}
