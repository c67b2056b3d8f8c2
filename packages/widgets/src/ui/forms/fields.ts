import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { chars } from './form-problems.js';

/** What every field has: an id, a name, a visible label, an optional hint and its problem. */
export interface FieldBase {
  id: string;
  name: string;
  label: string;
  value: string;
  /** A hint shown under the label, before the user types (`id="<id>-hint"`). */
  hint?: string | TemplateResult;
  /** The problem to show next to the field. */
  error?: string | undefined;
  /** Whether the field must be filled in (default true); optional fields say so in the label. */
  required?: boolean;
  onInput: (value: string) => void;
}

/** What a one-line field needs besides the base. */
export interface FieldOptions extends FieldBase {
  autocomplete: string;
  type?: 'text' | 'password' | 'email' | 'tel' | 'search';
  inputmode?: 'email' | 'text' | 'tel' | 'numeric';
}

/** What a text area needs besides the base. */
export interface TextAreaOptions extends FieldBase {
  /** The contract's `maxLength`: a counter shows how much is left; longer text is kept, not cut. */
  maxLength?: number;
  rows?: number;
}

/** The message next to a field, with a hidden "Fout:" so a screen reader says what it is. */
export function fieldMessage(id: string, error: string | undefined): TemplateResult {
  const prefix = msg('Fout:', { id: 'form.errorPrefix' });
  const content = error ? html`<span class="visually-hidden">${prefix} </span>${error}` : nothing;
  // Nothing between the tags: an empty message must match :empty (no warning sign then).
  return html`<p class="message" id="${id}-error">${content}</p>`;
}

/** The ids that describe a field: its hint, counter and problem, when shown. */
function describedBy(id: string, o: { hint?: unknown; error?: unknown; count?: boolean }) {
  const ids = [
    o.hint ? `${id}-hint` : '',
    o.count ? `${id}-count` : '',
    o.error ? `${id}-error` : '',
  ];
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The label, with "(niet verplicht)" for an optional field, the hint and the message. */
function fieldHead(o: FieldBase): TemplateResult {
  const optional =
    o.required === false ? html` ${msg('(niet verplicht)', { id: 'form.optional' })}` : nothing;
  return html`<label for=${o.id}>${o.label}${optional}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${fieldMessage(o.id, o.error)}`;
}

/** A labelled input with its hint and its message, `aria-invalid` and `aria-describedby` set. */
export function textField(o: FieldOptions): TemplateResult {
  const changed = (event: Event) => o.onInput((event.target as HTMLInputElement).value);
  return html`<div class="field">
    ${fieldHead(o)}
    <input
      id=${o.id}
      name=${o.name}
      type=${o.type ?? 'text'}
      inputmode=${ifDefined(o.inputmode)}
      autocomplete=${o.autocomplete}
      autocapitalize="off"
      spellcheck="false"
      ?required=${o.required !== false}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.id, o))}
      .value=${live(o.value)}
      @input=${changed}
      @change=${changed}
    />
  </div>`;
}

/** "Nog 20 tekens over" / "3 tekens te veel": how the text stands against its limit. */
export function counterText(count: number, max: number): string {
  return count <= max
    ? msg(str`Nog ${max - count} van de ${max} tekens over.`, { id: 'form.count.left' })
    : msg(str`${count - max} tekens te veel. Er passen er ${max}.`, { id: 'form.count.over' });
}

/** A labelled text area with its hint, a counter against the contract's limit and its message. */
export function textAreaField(o: TextAreaOptions): TemplateResult {
  const changed = (event: Event) => o.onInput((event.target as HTMLTextAreaElement).value);
  const count = o.maxLength !== undefined;
  return html`<div class="field">
    ${fieldHead(o)}
    <textarea
      id=${o.id}
      name=${o.name}
      rows=${o.rows ?? 5}
      ?required=${o.required !== false}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.id, { ...o, count }))}
      .value=${live(o.value)}
      @input=${changed}
      @change=${changed}
    ></textarea>
    ${
      count
        ? html`<p class="hint count" id="${o.id}-count">
            ${counterText(chars(o.value), o.maxLength!)}
          </p>`
        : nothing
    }
  </div>`;
}

/** A labelled check box with an optional hint and its message (`part` names it for theming). */
export function checkboxField(o: {
  id: string;
  name: string;
  label: string | TemplateResult;
  checked: boolean;
  hint?: string;
  error?: string | undefined;
  part?: string;
  required?: boolean;
  onChange: (checked: boolean) => void;
}): TemplateResult {
  return html`<div class="field">
    ${fieldMessage(o.id, o.error)}
    <div class="check">
      <input
        type="checkbox"
        id=${o.id}
        name=${o.name}
        part=${ifDefined(o.part)}
        ?required=${o.required === true}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o.id, o))}
        .checked=${live(o.checked)}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      <label for=${o.id}>${o.label}</label>
      ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    </div>
  </div>`;
}

/** The button that shows or hides the passwords of a form (a toggle: `aria-pressed`). */
export function showPasswordToggle(shown: boolean, toggle: () => void): TemplateResult {
  return html`<button
    type="button"
    class="toggle"
    part="show-password"
    aria-pressed=${shown ? 'true' : 'false'}
    @click=${toggle}
  >
    <span class="box" aria-hidden="true">${shown ? '✓' : ''}</span>
    ${msg('Wachtwoord tonen', { id: 'form.showPassword' })}
  </button>`;
}

/** "Hier passen hoogstens 2000 tekens. U heeft er 2010 ingevuld." */
export const tooLongText = (max: number, count: number): string =>
  msg(str`Hier passen hoogstens ${max} tekens. U heeft er ${count} ingevuld.`, {
    id: 'form.tooLong',
  });

/**
 * The problem of a text against the contract's limits: `missing()` when it is required and
 * empty, `tooLong` when it has more characters than `max`; else `undefined`. Trim first where
 * the contract does (a username, a message), not for a password.
 */
export function textProblem(
  value: string,
  limits: { max?: number; required?: boolean },
  missing: () => string,
  tooLong: (max: number, count: number) => string = tooLongText,
): string | undefined {
  if (value.length === 0) return limits.required === false ? undefined : missing();
  const count = chars(value);
  return limits.max !== undefined && count > limits.max ? tooLong(limits.max, count) : undefined;
}
