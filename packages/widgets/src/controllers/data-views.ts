// The views of the data states that are the same in every panel (see portal-data.ts).
import { msg } from '@lit/localize';
import type { ApiError } from '@clientportal/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { problemMessage } from '../i18n/problems.js';
import { isUnreachable } from './reconnect.js';

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

/** A `tel:` link for a phone number as people write it ("035 - 692 49 00"). */
function phoneLink(phone: string): TemplateResult {
  return html`<a href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${phone}</a>`;
}

/** Maintenance (503) and a browser that knows it is offline have their own words; else the general one. */
function unreachableText(error: unknown): string {
  const offline = globalThis.navigator?.onLine === false;
  if (error && (offline || (error as ApiError).code === 'service_unavailable')) {
    return problemMessage(error);
  }
  return msg('Het portaal is nu niet bereikbaar. We proberen het steeds opnieuw.', {
    id: 'data.unreachable',
  });
}

/**
 * The portal cannot be reached now: said plainly, tried again by itself, a button to try at once,
 * and the organisation's phone number when the provider has one.
 */
export function unreachableView(
  retry: () => void,
  phone?: string,
  error?: unknown,
): TemplateResult {
  return html`<div class="state error unreachable" part="error" role="alert">
    <p>${unreachableText(error)}</p>
    ${
      phone
        ? html`<p part="phone">
            ${msg('Heeft u nu zorg of hulp nodig? Bel ons:', { id: 'data.unreachable.phone' })}
            ${phoneLink(phone)}
          </p>`
        : nothing
    }
    <button class="secondary" part="retry" type="button" data-portal-retry @click=${retry}>
      ${msg('Opnieuw proberen', { id: 'data.retry' })}
    </button>
  </div>`;
}

/** The problem in plain words, and a button that tries again. */
export function errorView(error: unknown, retry: () => void, phone?: string): TemplateResult {
  if (isUnreachable(error)) return unreachableView(retry, phone, error);
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
