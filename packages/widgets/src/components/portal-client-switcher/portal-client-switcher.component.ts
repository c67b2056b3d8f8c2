import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { PortalElement } from '../../internal/portal-element.js';
import type { Schemas } from '@clientportal/sdk';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import { LIVE_REGION_ATTRIBUTE, announce } from '../../ui/live-region.js';

/**
 * @summary Whose portal is shown, always while someone is signed in: "U bekijkt uw eigen
 * portaal" for a client, "U bekijkt het portaal van Noah de Vries" for a relative, also with one
 * client (X7). A person who acts for several clients (a parent of two children) also gets a
 * choice of another, without signing in again. Choosing takes a press on "Bekijken", so moving
 * through the list never reloads the page's panels by itself. Every panel then loads the chosen
 * client's data, and the provider fires `portal-client-changed`. Hidden while nobody is signed in.
 *
 * @csspart panel - The panel's frame.
 * @csspart current - The heading that names the client whose portal is shown.
 * @csspart form - The choice of another client (for a person with several).
 * @csspart select - The list of clients.
 * @csspart submit - The button that shows the chosen client's portal.
 */
type ClientAccess = Schemas['ClientAccess'];

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

  /** The provider's portal: the SDK client, the session and the selected client. */
  @consume({ context: portalContext, subscribe: true })
  @state()
  private portal: PortalContextValue | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('portal')) this.follow(this.portal);
  }

  /** The client picked in the list and not yet shown. */
  @state() private chosen: string | undefined;

  private shownClient: string | undefined;

  protected override render() {
    const portal = this.portal;
    const clients =
      portal?.state.status === 'signed-in' ? (portal.state.session?.clients ?? []) : [];
    const current = clients.find((c) => c.id === portal?.clientId);
    if (!portal || !current) return nothing;
    return html`<section class="panel" part="panel" aria-labelledby="current">
      <h2 class="title" id="current" part="current">
        ${
          current.relation === 'self'
            ? msg('U bekijkt uw eigen portaal', { id: 'switcher.own' })
            : msg(str`U bekijkt het portaal van ${current.name}`, { id: 'switcher.current' })
        }
      </h2>
      ${clients.length > 1 ? this.renderChoice(clients, this.chosen ?? portal.clientId) : nothing}
    </section>`;
  }

  private renderChoice(clients: readonly ClientAccess[], selected: string | undefined) {
    return html`<form part="form" @submit=${this.submit}>
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
    </form>`;
  }

  private submit(event: Event): void {
    event.preventDefault();
    const portal = this.portal;
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
      if (this.portal?.state.status !== 'signed-in') clearLiveRegions(this.renderRoot);
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
