import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormProblems } from './form-problems.js';

/**
 * The summary at the top of a form (`id="summary"`): it gets focus after a failed submit (the
 * host does that, see `focusSummary`), and each line about a field is a link that moves focus to
 * that field. `title` says what did not happen ("Er is een probleem" by default).
 */
export function errorSummary(
  problems: FormProblems,
  focusField: (id: string) => void,
  title: string = msg('Er is een probleem', { id: 'form.summary.title' }),
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
    <h3 class="summary-title" id="summary-title">${title}</h3>
    <ul>
      ${items.map((item) =>
        item.field
          ? html`<li><a href="#${item.field}" @click=${follow(item.field)}>${item.message}</a></li>`
          : html`<li>${item.message}</li>`,
      )}
    </ul>
  </div>`;
}

/** Moves focus to the element with `id` in `root` (a field, the summary, a heading). */
export function focusById(root: ParentNode, id: string): void {
  const el = root.querySelector(`#${CSS.escape(id)}`);
  if (el instanceof HTMLElement) el.focus();
}
