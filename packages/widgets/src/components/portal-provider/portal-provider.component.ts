import { provide } from '@lit/context';
import { html, LitElement, css, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createPortalClient, type PortalClient, type SessionState } from '@clientportal/sdk';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import { DraftStore } from '../../internal/drafts.js';
import { Reconnect } from '../../controllers/reconnect.js';
import { LIVE_REGION_ATTRIBUTE } from '../../ui/live-region.js';
import { applyLocale, resolveLocale, type PortalLocale } from '../../i18n/localization.js';
import {
  PortalClientChangedEvent,
  PortalIdleWarningEvent,
  PortalSessionExpiredEvent,
  PortalSignedInEvent,
  PortalSignedOutEvent,
} from '../../events/portal-events.js';

/**
 * @summary Connects every portal panel inside it to the organisation's portal API: it owns the
 * SDK client, the session and the client whose portal is shown, and gives them to the panels.
 * Panels may sit anywhere inside it, also far apart in the host page.
 *
 * @slot - The host page's content with the portal panels.
 *
 * @event {PortalSignedInEvent} portal-signed-in - Someone finished signing in; `detail.session`.
 * @event {PortalSessionExpiredEvent} portal-session-expired - The session ended without the person signing out (on the server, or idle); `detail.reason` is `expired` or `idle`. `portal-signed-out` follows.
 * @event {PortalSignedOutEvent} portal-signed-out - The session ended; `detail.reason` is `signed-out`, `expired` or `idle`. Every panel clears what it showed.
 * @event {PortalIdleWarningEvent} portal-idle-warning - The session ends soon for inactivity; `detail.secondsLeft`.
 * @event {PortalClientChangedEvent} portal-client-changed - Another client was chosen; `detail.clientId`.
 */
export class PortalProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Where the portal API lives, e.g. `/api/v1` or `https://portaal.zorg.nl/api/v1`. */
  @property({ attribute: 'api-base' }) apiBase = '/api/v1';

  /**
   * The language: `nl` (default) or `en`; without it, the nearest `lang` (the page's). One
   * language per page: the last provider to set one decides for every panel.
   */
  @property() locale: string | undefined;

  /**
   * The organisation's phone number (e.g. `035 - 692 49 00`), shown as a `tel:` link by every panel
   * when the portal cannot be reached, so a person who needs care can still call.
   */
  @property() phone: string | undefined;

  /** Seconds before the automatic sign-out for inactivity that the warning comes (default 120). */
  @property({ type: Number, attribute: 'idle-warning-seconds' }) idleWarningSeconds = 120;

  /** The SDK client, for pages that need more than the panels (created from `api-base`). */
  client: PortalClient | undefined;

  @provide({ context: portalContext })
  @state()
  protected portal: PortalContextValue | undefined;

  /** What the person was typing, kept across an expired session (see internal/drafts.ts). */
  private readonly drafts = new DraftStore();
  /** Ends the subscription and the listeners on the current client's session store. */
  private listening: AbortController | undefined;
  private selected: string | undefined;
  private lastStatus: SessionState['status'] = 'unknown';
  /** The session check got no answer; tried again with growing waits and when back online. */
  private unreachable = false;
  private readonly reconnect = new Reconnect(() => this.checkSession());

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (disconnected, then connected again): the same client and session.
    if (this.client) this.listen(this.client);
    else this.createClient();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.abort();
    this.listening = undefined;
    this.reconnect.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const clientOption = changed.has('apiBase') || changed.has('idleWarningSeconds');
    if (clientOption && this.hasUpdated && this.isConnected) this.createClient();
    const shown = changed.has('locale') || changed.has('phone');
    if (shown && this.portal) this.publish(this.portal.state);
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private createClient(): void {
    this.client = createPortalClient({
      baseUrl: this.apiBase,
      idleWarningSeconds: this.idleWarningSeconds,
    });
    this.listen(this.client);
  }

  /** Follows the client's session (from its current state on) and asks the server for news. */
  private listen(client: PortalClient): void {
    this.listening?.abort();
    const listening = new AbortController();
    this.listening = listening;
    const { signal } = listening;
    const unsubscribe = client.session.subscribe((s) => this.publish(s));
    signal.addEventListener('abort', unsubscribe);
    client.session.addEventListener(
      'idle-warning',
      (e) => this.dispatchEvent(new PortalIdleWarningEvent(e.detail.secondsLeft)),
      { signal },
    );
    this.publish(client.session.getState());
    this.checkSession();
  }

  /**
   * Asks the server who is signed in. Without an answer the panels say the portal cannot be
   * reached now, and the check is repeated by itself until one comes.
   */
  private checkSession(): void {
    const client = this.client;
    if (!client) return;
    client.session.refresh().then(
      () => this.setUnreachable(client, false),
      () => this.setUnreachable(client, client.session.getState().status === 'unknown'),
    );
  }

  private setUnreachable(client: PortalClient, unreachable: boolean): void {
    if (client !== this.client || !this.isConnected) return;
    if (unreachable) this.reconnect.schedule();
    else this.reconnect.reset();
    if (unreachable === this.unreachable) return;
    this.unreachable = unreachable;
    this.publish(client.session.getState());
  }

  /** Turns a session state into the context value, keeping the chosen client while valid. */
  private publish(sessionState: SessionState): void {
    const client = this.client;
    if (!client) return;
    const clients = sessionState.session?.clients ?? [];
    if (!clients.some((c) => c.id === this.selected)) this.selected = clients[0]?.id;
    // Before any panel sees the new state, so none restores a draft that is about to go.
    this.drafts.follow(sessionState);
    const locale: PortalLocale = resolveLocale(this.locale, this);
    void applyLocale(locale);
    this.portal = {
      client,
      state: sessionState,
      clientId: this.selected,
      locale,
      selectClient: (id) => this.select(id),
      drafts: this.drafts,
      unreachable: this.unreachable,
      phone: this.phone?.trim() || undefined,
      reconnect: () => this.checkSession(),
    };
    this.announce(sessionState);
  }

  private announce(sessionState: SessionState): void {
    const before = this.lastStatus;
    this.lastStatus = sessionState.status;
    if (sessionState.status === 'signed-in' && before !== 'signed-in' && sessionState.session) {
      this.dispatchEvent(new PortalSignedInEvent(sessionState.session));
    }
    if (
      sessionState.status === 'signed-out' &&
      (before === 'signed-in' || before === 'signing-in') &&
      sessionState.reason
    ) {
      const { reason } = sessionState;
      this.silenceLiveRegions();
      if (reason !== 'signed-out') this.dispatchEvent(new PortalSessionExpiredEvent(reason));
      this.dispatchEvent(new PortalSignedOutEvent(reason));
    }
  }

  /**
   * Nothing said while signed in may linger after: the live regions of every panel inside (and a
   * host page's own region of the widgets) are emptied. Messages about the sign-out come after.
   */
  private silenceLiveRegions(): void {
    const selector = `[${LIVE_REGION_ATTRIBUTE}]`;
    const roots: ParentNode[] = [this];
    for (const el of this.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const root of roots) for (const r of root.querySelectorAll(selector)) r.textContent = '';
  }

  /** Shows another client's portal (one the person may act for); every panel reloads. */
  select(clientId: string): void {
    const state = this.portal?.state;
    if (!state?.session?.clients.some((c) => c.id === clientId) || clientId === this.selected)
      return;
    this.selected = clientId;
    this.publish(state);
    this.dispatchEvent(new PortalClientChangedEvent(clientId));
  }
}
