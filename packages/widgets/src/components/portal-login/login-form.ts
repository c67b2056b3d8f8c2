import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * The form pieces of the sign-in and account panels: labelled fields with their message next to
 * them, the summary of problems at the top, and the contract's limits checked before sending.
 */

/** The contract's limits (openapi.yaml), so nothing is sent that it would refuse. */
export const LIMITS = {
  username: 100,
  password: 128,
  email: 254,
  /** The shortest new password, when the server's `passwordRules` are not at hand. */
  newPasswordMin: 8,
  tokenMin: 16,
  tokenMax: 128,
} as const;

/** Characters as the contract counts them: code points, so an emoji is one. */
export const chars = (text: string): number => [...text].length;

/**
 * The e-mail check of the contract's validator (ajv-formats' "fast" email format), so an address
 * that passes here is never refused there.
 */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Whether `text` is an e-mail address the contract accepts. */
export const isEmail = (text: string): boolean => EMAIL.test(text);

/** One line of the summary: a message, and the field it is about (its id) when there is one. */
export interface SummaryItem {
  message: string;
  field?: string;
}

/**
 * The problems of one form: per field (in the order they were found, which is the form's order)
 * and general ones that belong to no field. Kept until the next submit.
 */
export class FormProblems {
  private readonly fields = new Map<string, string>();
  private readonly general: string[] = [];

  /** Forgets every problem. */
  clear(): void {
    this.fields.clear();
    this.general.length = 0;
  }

  /** A problem with the field whose id is `field`. */
  set(field: string, message: string): void {
    this.fields.set(field, message);
  }

  /** A problem that belongs to no field. */
  add(message: string): void {
    this.general.push(message);
  }

  /** The message next to `field`, if any. */
  get(field: string): string | undefined {
    return this.fields.get(field);
  }

  /** Whether there is any problem. */
  get any(): boolean {
    return this.fields.size > 0 || this.general.length > 0;
  }

  /** The lines of the summary: general problems first, then the fields. */
  items(): SummaryItem[] {
    return [
      ...this.general.map((message) => ({ message })),
      ...[...this.fields].map(([field, message]) => ({ field, message })),
    ];
  }
}

/**
 * The summary at the top of a form: it gets focus after a failed submit (the host does that), and
 * each line about a field is a link that moves focus to that field.
 */
export function errorSummary(
  problems: FormProblems,
  focusField: (id: string) => void,
): TemplateResult | typeof nothing {
  const items = problems.items();
  if (items.length === 0) return nothing;
  const follow = (field: string) => (event: Event) => {
    // The links point into a shadow root: following them would change the page's URL.
    event.preventDefault();
    focusField(field);
  };
  return html`<div
    class="summary"
    part="summary"
    id="summary"
    role="group"
    tabindex="-1"
    aria-labelledby="summary-title"
  >
    <h3 class="summary-title" id="summary-title">
      ${msg('Er is een probleem', { id: 'login.summary.title' })}
    </h3>
    <ul>
      ${items.map((item) =>
        item.field
          ? html`<li><a href="#${item.field}" @click=${follow(item.field)}>${item.message}</a></li>`
          : html`<li>${item.message}</li>`,
      )}
    </ul>
  </div>`;
}

/** What a text field needs. */
export interface FieldOptions {
  id: string;
  name: string;
  label: string;
  value: string;
  autocomplete: string;
  type?: 'text' | 'password' | 'email';
  inputmode?: 'email' | 'text';
  /** A hint shown under the label, before the user types. */
  hint?: string | TemplateResult;
  /** The problem to show next to the field. */
  error?: string | undefined;
  onInput: (value: string) => void;
}

/** The message next to a field, with a hidden "Fout:" so a screen reader says what it is. */
export function fieldMessage(id: string, error: string | undefined): TemplateResult {
  const prefix = msg('Fout:', { id: 'login.field.errorPrefix' });
  const content = error ? html`<span class="visually-hidden">${prefix} </span>${error}` : nothing;
  // Nothing between the tags: an empty message must match :empty (no warning sign then).
  return html`<p class="message" id="${id}-error">${content}</p>`;
}

/** A labelled input with its hint and its message, `aria-invalid` and `aria-describedby` set. */
export function textField(o: FieldOptions): TemplateResult {
  const described = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const changed = (event: Event) => o.onInput((event.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${fieldMessage(o.id, o.error)}
    <input
      id=${o.id}
      name=${o.name}
      type=${o.type ?? 'text'}
      inputmode=${ifDefined(o.inputmode)}
      autocomplete=${o.autocomplete}
      autocapitalize="off"
      spellcheck="false"
      required
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(described || undefined)}
      .value=${live(o.value)}
      @input=${changed}
      @change=${changed}
    />
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
    ${msg('Wachtwoord tonen', { id: 'login.showPassword' })}
  </button>`;
}

/** A progress line under a form's button: read at once, shown only after 300 ms (CSS). */
export function busyLine(busy: boolean): TemplateResult {
  return html`<p class="busy" role="status">
    ${
      busy
        ? html`<span class="loading"
            ><span class="spinner" aria-hidden="true"></span>${msg('Even geduld…', {
              id: 'login.busy',
            })}</span
          >`
        : nothing
    }
  </p>`;
}

/** The values of a form's named controls, as typed or filled in by a password manager. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}
