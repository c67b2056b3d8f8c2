import { ContextConsumer } from '@lit/context';
import { msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { PortalElement } from '../../internal/portal-element.js';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import { LIVE_REGION_ATTRIBUTE, announce } from '../../ui/live-region.js';

/**
 * @summary For a person who acts for several clients (a parent of two children, X7): whose portal
 * is shown ("U bekijkt het portaal van Noah de Vries") and a choice of another, without signing
 * in again. Choosing takes a press on "Bekijken", so moving through the list never reloads the
 * page's panels by itself. Every panel then loads the chosen client's data, and the provider
 * fires `portal-client-changed`. Hidden while nobody is signed in and for a person with one
 * client.
 *
 * @csspart panel - The panel's frame.
 * @csspart current - The heading that names the client whose portal is shown.
 * @csspart form - The choice of another client.
 * @csspart select - The list of clients.
 * @csspart submit - The button that shows the chosen client's portal.
 */
export class PortalClientSwitcher extends PortalElement {
  static override styles = [
    PortalElement.styles,
    css`
      form {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--_portal-space-xs);
      }

      label {
        font-weight: 600;
      }

      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_portal-space-s);
      }

      select {
        min-height: 2.75rem;
        min-width: min(16rem, 100%);
        max-width: 100%;
        padding: 0 var(--_portal-space-s);
        border: 2px solid var(--_portal-border);
        border-radius: var(--_portal-radius);
        background: var(--_portal-surface);
        color: inherit;
        font: inherit;
      }
    `,
  ];

  private readonly portal = new ContextConsumer(this, {
    context: portalContext,
    subscribe: true,
    callback: (value) => this.follow(value),
  });

  /** The client picked in the list and not yet shown. */
  @state() private chosen: string | undefined;

  private shownClient: string | undefined;

  protected override render() {
    const portal = this.portal.value;
    const clients =
      portal?.state.status === 'signed-in' ? (portal.state.session?.clients ?? []) : [];
    if (!portal || clients.length < 2) return nothing;
    const current = clients.find((c) => c.id === portal.clientId)?.name ?? '';
    const selected = this.chosen ?? portal.clientId;
    return html`<section class="panel" part="panel" aria-labelledby="current">
      <h2 class="title" id="current" part="current">
        ${msg(str`U bekijkt het portaal van ${current}`, { id: 'switcher.current' })}
      </h2>
      <form part="form" @submit=${this.submit}>
        <label for="client">
          ${msg('Wiens portaal wilt u bekijken?', { id: 'switcher.label' })}
        </label>
        <div class="row">
          <select
            id="client"
            name="client"
            part="select"
            @change=${(e: Event) => (this.chosen = (e.target as HTMLSelectElement).value)}
          >
            ${clients.map(
              (c) =>
                html`<option value=${c.id} .selected=${live(c.id === selected)}>${c.name}</option>`,
            )}
          </select>
          <button class="primary" part="submit" type="submit">
            ${msg('Bekijken', { id: 'switcher.submit' })}
          </button>
        </div>
      </form>
    </section>`;
  }

  private submit(event: Event): void {
    event.preventDefault();
    const portal = this.portal.value;
    const id = (this.renderRoot.querySelector('select') as HTMLSelectElement | null)?.value;
    if (!portal || !id) return;
    this.chosen = undefined;
    if (id === portal.clientId) return;
    portal.selectClient(id);
    const name = portal.state.session?.clients.find((c) => c.id === id)?.name ?? '';
    const said = announce(
      this,
      msg(str`U bekijkt nu het portaal van ${name}.`, { id: 'switcher.changed' }),
    );
    // The session may end while the text waits to be spoken (the new client's first call).
    void said.then(() => {
      if (this.portal.value?.state.status !== 'signed-in') clearLiveRegions(this.renderRoot);
    });
  }

  /** A client shown by other means (the provider's `select()`) replaces an unconfirmed pick. */
  private follow(value: PortalContextValue | undefined): void {
    if (value?.clientId === this.shownClient) return;
    this.shownClient = value?.clientId;
    this.chosen = undefined;
    // After a sign-out no client's name may linger, not even in the hidden live region.
    if (value?.state.status !== 'signed-in') clearLiveRegions(this.renderRoot);
  }
}

function clearLiveRegions(root: ParentNode): void {
  for (const region of root.querySelectorAll(`[${LIVE_REGION_ATTRIBUTE}]`)) region.textContent = '';
}
