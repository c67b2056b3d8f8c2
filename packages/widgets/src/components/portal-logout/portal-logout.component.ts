import { ContextConsumer } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { html } from 'lit';
import { query } from 'lit/decorators.js';
import { PortalElement } from '../../internal/portal-element.js';
import { portalContext } from '../../internal/context.js';
import { announce } from '../../ui/live-region.js';
import type { PortalDialog } from '../../ui/dialog/portal-dialog.component.js';
import '../../ui/dialog/portal-dialog.js';

/**
 * @summary A sign-out button with a confirmation (C13): "Weet u zeker dat u wilt uitloggen?"
 * Ja ends the session on the server and clears every panel on the page; Nee changes nothing.
 * Shown only while someone is signed in.
 *
 * @csspart button - The sign-out button.
 * @csspart dialog - The confirmation dialog.
 * @csspart yes - The button that signs out.
 * @csspart no - The button that keeps the session.
 */
@localized()
export class PortalLogout extends PortalElement {
  private readonly portal = new ContextConsumer(this, { context: portalContext, subscribe: true });

  @query('portal-dialog') private dialog!: PortalDialog;

  private busy = false;

  protected override render() {
    if (this.portal.value?.state.status !== 'signed-in') return html``;
    return html`<button class="secondary" part="button" @click=${() => this.dialog.show()}>
        ${msg('Uitloggen', { id: 'logout.button' })}
      </button>
      <portal-dialog
        part="dialog"
        heading=${msg('Uitloggen', { id: 'logout.heading' })}
        initial-focus="[data-no]"
      >
        <p>${msg('Weet u zeker dat u wilt uitloggen?', { id: 'logout.question' })}</p>
        <button slot="actions" class="primary" part="yes" @click=${this.signOut}>
          ${msg('Ja', { id: 'logout.yes' })}
        </button>
        <button
          slot="actions"
          class="secondary"
          part="no"
          data-no
          @click=${() => this.dialog.close('no')}
        >
          ${msg('Nee', { id: 'logout.no' })}
        </button>
      </portal-dialog>`;
  }

  private async signOut(): Promise<void> {
    const client = this.portal.value?.client;
    if (!client || this.busy) return;
    this.busy = true;
    this.dialog.close('yes');
    // The SDK clears the page first and then tells the server; an unreachable server still
    // leaves the page signed out.
    await client.session.signOut().catch(() => undefined);
    announce(document.body, msg('U bent uitgelogd.', { id: 'logout.done' }));
    this.busy = false;
  }
}
