import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { css, html, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { PortalElement } from '../../internal/portal-element.js';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import type { PortalDialog } from '../../ui/dialog/portal-dialog.component.js';
import { loadDialog, preloadDialog } from '../../ui/dialog/load-dialog.js';

/**
 * @summary A sign-out button with a confirmation (C13): "Weet u zeker dat u wilt uitloggen?"
 * Ja ends the session on the server and clears every panel on the page; Nee changes nothing.
 * Shown only while someone is signed in; after signing out here it says "U bent uitgelogd." and
 * takes focus, so keyboard and screen-reader users know where they are.
 *
 * @csspart button - The sign-out button.
 * @csspart done - The "U bent uitgelogd." message after signing out here.
 * @csspart dialog - The confirmation dialog.
 * @csspart yes - The button that signs out.
 * @csspart no - The button that keeps the session.
 */
@localized()
export class PortalLogout extends PortalElement {
  static override styles = [
    PortalElement.styles,
    css`
      .done {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  /** The provider's portal: the SDK client, the session and the selected client. */
  @consume({ context: portalContext, subscribe: true })
  @state()
  private portal: PortalContextValue | undefined;

  @query('portal-dialog') private dialog!: PortalDialog;

  @query('[part=done]') private doneMessage!: HTMLElement | null;

  /** Signed out through this element, until someone signs in again. */
  @state() private done = false;

  private busy = false;

  /**
   * "Uitloggen": asks first. The dialog's code comes when the pointer or focus reaches the button
   * and may still be on its way; when it cannot be fetched (offline), the browser asks instead.
   */
  private readonly confirm = async (): Promise<void> => {
    try {
      await loadDialog();
    } catch {
      if (window.confirm(this.question())) void this.signOut();
      return;
    }
    this.dialog.show();
  };

  private question(): string {
    return msg('Weet u zeker dat u wilt uitloggen?', { id: 'logout.question' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.portal?.state.status === 'signed-in') this.done = false;
  }

  protected override render() {
    if (this.portal?.state.status !== 'signed-in') {
      return this.done
        ? html`<p class="done" part="done" role="status" tabindex="-1">
            ${msg('U bent uitgelogd.', { id: 'logout.done' })}
          </p>`
        : html``;
    }
    return html`<button
        class="secondary"
        part="button"
        @click=${this.confirm}
        @pointerenter=${preloadDialog}
        @focus=${preloadDialog}
      >
        ${msg('Uitloggen', { id: 'logout.button' })}
      </button>
      <portal-dialog
        part="dialog"
        heading=${msg('Uitloggen', { id: 'logout.heading' })}
        initial-focus="[data-no]"
      >
        <p>${this.question()}</p>
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
    const client = this.portal?.client;
    if (!client || this.busy) return;
    this.busy = true;
    // Not there when the browser asked instead (the dialog's code could not be fetched).
    this.dialog.close?.('yes');
    // The SDK clears the page first and then tells the server; an unreachable server still
    // leaves the page signed out.
    const ended = client.session.signOut().catch(() => undefined);
    this.done = true;
    await this.updateComplete;
    // The button that had focus is gone: the message takes it (and is read out).
    this.doneMessage?.focus();
    await ended;
    this.busy = false;
  }
}
