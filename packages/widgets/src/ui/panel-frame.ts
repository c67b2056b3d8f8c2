// A panel's frame: its landmark and its title, the same for every panel that can also be shown
// inside another one (the dossier's "Lezen" tab shows the reports and the questionnaires).
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A region landmark named by its level-2 title; or, `nested` inside another panel, a plain block
 * with a level-3 title, so the page keeps one landmark per panel (no two named "Rapportages")
 * and its headings in order. The title can take focus from a script (`#title`).
 */
export function panelFrame(nested: boolean, title: unknown, body: unknown): TemplateResult {
  return nested
    ? html`<div class="panel" part="panel">
        <h3 class="title" id="title" tabindex="-1">${title}</h3>
        ${body}
      </div>`
    : html`<section class="panel" part="panel" aria-labelledby="title">
        <h2 class="title" id="title" tabindex="-1">${title}</h2>
        ${body}
      </section>`;
}

/**
 * A heading one level below the panel's title: `h3`, or `h4` in a nested panel. With an `id` it
 * can take focus from a script.
 */
export function subHeading(
  nested: boolean,
  content: unknown,
  className: string,
  id?: string,
): TemplateResult {
  const tabindex = id ? '-1' : undefined;
  const attrs = { className, id: ifDefined(id), tabindex: ifDefined(tabindex) };
  return nested
    ? html`<h4 class=${attrs.className} id=${attrs.id} tabindex=${attrs.tabindex}>${content}</h4>`
    : html`<h3 class=${attrs.className} id=${attrs.id} tabindex=${attrs.tabindex}>${content}</h3>`;
}
