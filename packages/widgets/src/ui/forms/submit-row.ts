import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/** A progress line under a form's button: read at once, shown only after 300 ms (CSS). */
export function busyLine(busy: boolean): TemplateResult {
  return html`<p class="busy" part="busy" role="status">
    ${
      busy
        ? html`<span class="loading"
            ><span class="spinner" aria-hidden="true"></span>${msg('Even geduld…', {
              id: 'form.busy',
            })}</span
          >`
        : nothing
    }
  </p>`;
}

/** What the submit row shows. */
export interface SubmitRowOptions {
  /** The button's text: what happens ("Bericht versturen"). */
  label: string;
  /** A request is under way: the button says so (`aria-disabled`) and the busy line shows. */
  busy: boolean;
  /** More buttons or links after the submit button ("Annuleren", "Wachtwoord vergeten?"). */
  extra?: TemplateResult | typeof nothing;
}

/**
 * The row at the bottom of a form: the submit button (`part="submit"`), optional other actions,
 * and the busy line. The button stays focusable while busy (`aria-disabled`, not `disabled`), so
 * focus is not lost; the form's submit handler ignores a second press.
 */
export function submitRow(o: SubmitRowOptions): TemplateResult {
  return html`<div class="actions">
      <button class="primary" part="submit" type="submit" aria-disabled=${o.busy}>
        ${o.label}
      </button>
      ${o.extra ?? nothing}
    </div>
    ${busyLine(o.busy)}`;
}
