// The views of the data states that are the same in every panel (see portal-data.ts).
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { problemMessage } from '../i18n/problems.js';

/** The attribute of the retry button, so focus can go back to it after a failed retry. */
export const RETRY_ATTRIBUTE = 'data-portal-retry';

/** The progress indicator: in the accessibility tree at once, visible only after 300 ms (CSS). */
export function loadingView(): TemplateResult {
  return html`<p class="state loading" part="loading" role="status">
    <span class="spinner" aria-hidden="true"></span>${msg('Laden…', { id: 'data.loading' })}
  </p>`;
}

/** The section is not granted to this person for this client. */
export function forbiddenView(): TemplateResult {
  return html`<p class="state forbidden" part="forbidden">
    ${msg(
      'U heeft geen toegang tot dit onderdeel. De cliënt bepaalt wie wat mag zien; vraag het hem of haar als u dit nodig heeft.',
      { id: 'data.forbidden' },
    )}
  </p>`;
}

/** The problem in plain words, and a button that tries again. */
export function errorView(error: unknown, retry: () => void): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <p>${problemMessage(error)}</p>
    <button class="secondary" part="retry" type="button" data-portal-retry @click=${retry}>
      ${msg('Opnieuw proberen', { id: 'data.retry' })}
    </button>
  </div>`;
}

/** The text when the panel gives none of its own for "nothing yet". */
export function emptyView(): TemplateResult {
  return html`<p class="state empty" part="empty">
    ${msg('Er is nog niets om te laten zien.', { id: 'data.empty' })}
  </p>`;
}
