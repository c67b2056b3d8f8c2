// "Alle rapportages", "Alle metingen", "Alle berichten": below a start-screen panel, the way to
// its whole overview. The same link or button, the same event, in every panel that has one.
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { PortalShowAllEvent, type PortalOverview } from '../events/dossier-events.js';
import { safeHref } from './safe-href.js';

/** A panel with a start-screen mode and a full one, titled by `#title`. */
export type ShowAllHost = LitElement & { mode: 'recent' | 'full' };

/** What the control needs from its panel. */
export interface ShowAllOptions {
  /** The overview asked for, in `portal-show-all`'s detail. */
  overview: PortalOverview;
  /** The words on it ("Alle rapportages"). */
  text: string;
  /** Where it leads (`all-href`); only `https:` or the site's own pages, else a button. */
  href: string;
  /** The panel's data state: while loading or without access there is nothing to show all of. */
  state?: string;
}

/**
 * A link when the host gives a safe `all-href`, else a button. Either fires `portal-show-all`
 * from the panel first (cancelable): the host page may show the whole overview itself and call
 * `preventDefault()`, and a link then does not navigate. When nobody does and there is no link,
 * the panel shows its full mode in place with its title focused, so the button always does
 * something.
 */
export function showAllControl(
  host: ShowAllHost,
  options: ShowAllOptions,
): TemplateResult | typeof nothing {
  if (options.state === 'forbidden' || options.state === 'loading') return nothing;
  const href = safeHref(options.href);
  const onClick = (event: Event) => {
    const asked = new PortalShowAllEvent(options.overview);
    host.dispatchEvent(asked);
    if (asked.defaultPrevented) event.preventDefault();
    else if (!href) void showFull(host);
  };
  return href
    ? html`<a class="all" part="all" href=${href} @click=${onClick}>${options.text}</a>`
    : html`<button class="secondary all" part="all" type="button" @click=${onClick}>
        ${options.text}
      </button>`;
}

/** The whole overview in place of the newest, its title focused. */
async function showFull(host: ShowAllHost): Promise<void> {
  host.mode = 'full';
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('#title')?.focus();
}
