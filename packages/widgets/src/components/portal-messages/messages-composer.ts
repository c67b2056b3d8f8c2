// The composer of the messages panel: recipients (for a first message), the text, "Stuur".
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Schemas } from '@clientportal/sdk';
import { countText, isCare, problems, roleText } from './messages-texts.js';
import { BODY_MAX } from './messages-limits.js';
import { chars } from '../../ui/forms/form-problems.js';

type Attachment = Schemas['Attachment'];

type Recipient = Schemas['Recipient'];

/** The fields' problems after a refused "Stuur". */
export interface ComposerProblems {
  to?: string;
  text?: string;
}

/** What the composer shows and calls. */
export interface ComposerOptions {
  /** The possible recipients; absent for a reply. */
  recipients?: readonly Recipient[];
  chosen: ReadonlySet<string>;
  text: string;
  problems: ComposerProblems;
  /** The uploaded attachments (X9), sent as `attachmentIds`. */
  attachments: readonly Attachment[];
  attach: (list: Attachment[]) => void;
  toggle: (id: string, on: boolean) => void;
  input: (text: string) => void;
  submit: (event: Event) => void;
  cancel?: () => void;
}

/** The problems of what was typed and chosen, by the contract's limits. */
export function check(text: string, chosen: number | undefined): ComposerProblems {
  const found: ComposerProblems = {};
  if (chosen === 0) found.to = problems.noRecipient();
  if (!text.trim()) found.text = problems.empty();
  else if (chars(text) > BODY_MAX) found.text = problems.tooLong(BODY_MAX, chars(text));
  return found;
}

/** The message next to a field; in the tree while empty so a new one is announced. */
const fieldMessage = (id: string, text: string | undefined) =>
  html`<p class="message" id=${id}>${text ?? nothing}</p>`;

function group(legend: string, people: readonly Recipient[], o: ComposerOptions) {
  if (!people.length) return nothing;
  return html`<fieldset class="group">
    <legend>${legend}</legend>
    ${people.map(
      (r) =>
        html`<label class="check">
          <input
            type="checkbox"
            name="to"
            .value=${r.id}
            .checked=${live(o.chosen.has(r.id))}
            aria-describedby=${o.problems.to ? 'to-error' : nothing}
            @change=${(e: Event) => o.toggle(r.id, (e.target as HTMLInputElement).checked)}
          />
          <span>${r.name} <span class="muted">(${roleText(r)})</span></span>
        </label>`,
    )}
  </fieldset>`;
}

function recipientsView(all: readonly Recipient[], o: ComposerOptions) {
  return html`<fieldset class="recipients" part="recipients" id="to">
    <legend>${msg('Aan wie?', { id: 'messages.toLegend' })}</legend>
    ${fieldMessage('to-error', o.problems.to)}
    ${group(
      msg('Zorgteam', { id: 'messages.groupCare' }),
      all.filter((r) => isCare(r)),
      o,
    )}
    ${group(
      msg('Contactpersonen', { id: 'messages.groupContacts' }),
      all.filter((r) => !isCare(r)),
      o,
    )}
  </fieldset>`;
}

/** The composer form: recipients for a first message, the text with its count, "Stuur". */
export function composerView(o: ComposerOptions): TemplateResult {
  // The picker loads with the first composer, not with the panel: most visits only read.
  void import('../../ui/attachments/portal-attachment-picker.js');
  const invalid = !!o.problems.text;
  return html`<form class="composer" part="composer" novalidate @submit=${o.submit}>
    ${o.recipients ? recipientsView(o.recipients, o) : nothing}
    <div class="field">
      <label for="text">${msg('Uw bericht', { id: 'messages.textLabel' })}</label>
      ${fieldMessage('text-error', o.problems.text)}
      <textarea
        id="text"
        name="text"
        rows="4"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="text-error text-count"
        .value=${live(o.text)}
        @input=${(e: Event) => o.input((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="muted small count ${chars(o.text) > BODY_MAX ? 'over' : ''}" id="text-count">
        ${countText(chars(o.text), BODY_MAX)}
      </p>
    </div>
    <fieldset class="attach" part="attach">
      <legend>${msg('Bijlagen (niet verplicht)', { id: 'messages.attachLegend' })}</legend>
      <portal-attachment-picker
        .attachments=${o.attachments}
        @portal-attachments-changed=${(e: CustomEvent<{ attachments: Attachment[] }>) =>
          o.attach(e.detail.attachments)}
      ></portal-attachment-picker>
    </fieldset>
    <div class="actions">
      <button class="primary" part="send" type="submit">
        ${msg('Stuur', { id: 'messages.send' })}
      </button>
      ${
        o.cancel
          ? html`<button class="secondary" part="cancel" type="button" @click=${o.cancel}>
              ${msg('Annuleren', { id: 'messages.cancel' })}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}
