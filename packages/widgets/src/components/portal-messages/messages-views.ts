// The lists of the messages panel: the newest messages, the conversations, one message, and a
// message still on its way. Server text only through bindings.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Schemas } from '@clientportal/sdk';
import { formatDateTime } from '../../i18n/format.js';
import { problemMessage } from '../../i18n/problems.js';
import type { PendingMessage } from './messages-outbox.js';
import { readByTeamText } from './messages-texts.js';
import { attachmentList } from '../../ui/attachments/attachment-list.js';

type Message = Schemas['Message'];
type Conversation = Schemas['Conversation'];
/** Downloads one attachment of a message. */
export type Download = (a: Schemas['Attachment']) => void;

/** "Nieuw" on an unread message; a word, not only a colour. */
const unreadMark = () =>
  html`<span class="badge" part="unread">${msg('Nieuw', { id: 'messages.new' })}</span>`;

/** One message: who, when, what, its attachments, and for one's own whether the team read it. */
export function messageView(m: Message, download: Download): TemplateResult {
  const team = readByTeamText(m);
  return html`<article class="message" part="message">
    <p class="meta">
      <strong>${m.sender.name}</strong>
      <time datetime=${m.sentAt}>${formatDateTime(m.sentAt)}</time>
      ${m.read ? nothing : unreadMark()}
    </p>
    <p class="body">${m.body}</p>
    ${attachmentList(m.attachments, download)}
    ${team ? html`<p class="muted small" part="read-by-team">${team}</p>` : nothing}
  </article>`;
}

/** The newest messages (the start screen), newest first. */
export function recentView(items: readonly Message[], download: Download): TemplateResult {
  return html`<ul class="plain" part="recent">
    ${items.map((m) => html`<li>${messageView(m, download)}</li>`)}
  </ul>`;
}

/** The names of the others in a conversation. */
export const namesOf = (c: Conversation) => c.participants.map((p) => p.name).join(', ');

/** The conversations, most recently active first, with their unread counts. */
export function conversationsView(
  list: readonly Conversation[],
  open: (c: Conversation) => void,
): TemplateResult {
  if (!list.length) {
    return html`<p class="state empty" part="empty">
      ${msg('U heeft nog geen berichten.', { id: 'messages.none' })}
    </p>`;
  }
  return html`<ul class="plain conversations" part="conversations">
    ${list.map(
      (c) =>
        html`<li>
          <button type="button" class="conversation" part="conversation" @click=${() => open(c)}>
            <span class="names">${namesOf(c)}</span>
            ${
              c.unread
                ? html`<span class="badge" part="unread"
                    >${msg(str`${c.unread} nieuw`, { id: 'messages.unreadCount' })}</span
                  >`
                : nothing
            }
            <span class="snippet">${c.lastMessage?.body ?? ''}</span>
            <time class="muted small" datetime=${c.lastMessageAt}
              >${formatDateTime(c.lastMessageAt)}</time
            >
          </button>
        </li>`,
    )}
  </ul>`;
}

/** What to do with a message that was not sent. */
export interface PendingActions {
  retry: (entry: PendingMessage) => void;
  remove: (entry: PendingMessage) => void;
  /** Whether a try of this message is under way. */
  busy: (entry: PendingMessage) => boolean;
}

/** Messages on their way: "Wordt verstuurd…", or "Niet verstuurd" with a retry. */
export function pendingView(
  entries: readonly PendingMessage[],
  actions: PendingActions,
): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`<ul class="plain outbox" part="outbox">
    ${entries.map((e) => {
      const busy = actions.busy(e);
      return html`<li class="pending ${busy ? '' : 'failed'}" part="pending">
        ${
          e.recipientNames
            ? html`<p class="meta">${msg(str`Aan: ${e.recipientNames}`, { id: 'messages.to' })}</p>`
            : nothing
        }
        <p class="body">${e.body}</p>
        ${
          e.attachmentNames?.length
            ? html`<p class="muted small" part="pending-attachments">
                ${msg(str`Bijlagen: ${e.attachmentNames.join(', ')}`, {
                  id: 'messages.pendingAttachments',
                })}
              </p>`
            : nothing
        }
        ${
          busy
            ? html`<p class="muted small">
                ${msg('Wordt verstuurd…', { id: 'messages.sending' })}
              </p>`
            : html`<p class="not-sent" part="not-sent">
                  <strong>${msg('Niet verstuurd.', { id: 'messages.notSent' })}</strong>
                  ${problemMessage(e.problem)}
                </p>
                <button
                  type="button"
                  class="primary"
                  part="resend"
                  @click=${() => actions.retry(e)}
                >
                  ${msg('Opnieuw proberen', { id: 'messages.retry' })}
                </button>
                <button
                  type="button"
                  class="secondary"
                  part="discard"
                  @click=${() => actions.remove(e)}
                >
                  ${msg('Verwijderen', { id: 'messages.discard' })}
                </button>`
        }
      </li>`;
    })}
  </ul>`;
}
