// The demo's own help: what the mock "sent" (SMS codes, e-mails), the demo accounts, the care
// team's and the planner's hands, a reset. It talks to the mock's developer routes (/__dev/).
import { css, html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { demoAccounts } from '../../packages/mock-server/src/store/seed-people.js';
import type {
  AppointmentRecord,
  CorrectionRecord,
  OutboxMessage,
} from '../../packages/mock-server/src/store/types.js';
import { openCorrections, openVisitChanges, outbox, resetDemo } from './dev-api.js';
import './dev-corrections.js';
import { plannerSection } from './dev-planner.js';

/** How often the drawer asks the mock what it sent and what waits for an answer, in ms. */
const POLL_MS = 1500;

const time = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** A drawer for developers: the outbox, the demo accounts and "reset demo data". */
export class LindeDevPanel extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      position: fixed;
      right: 1rem;
      bottom: 1rem;
      z-index: 1000;
      font:
        0.9rem/1.45 system-ui,
        sans-serif;
      color: #1d2723;
    }
    .toggle {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.55rem 0.9rem;
      border: 0;
      border-radius: 999px;
      background: #1d2723;
      color: #fff;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
      box-shadow: 0 6px 20px rgb(0 0 0 / 25%);
    }
    .toggle code {
      padding: 0.1rem 0.45rem;
      border-radius: 6px;
      background: #e6a23c;
      color: #1d2723;
    }
    .drawer {
      width: min(440px, calc(100vw - 2rem));
      max-height: min(70vh, 640px);
      overflow: auto;
      margin-bottom: 0.5rem;
      padding: 1rem 1.1rem;
      background: #fff;
      border: 2px dashed #1d2723;
      border-radius: 12px;
      box-shadow: 0 10px 30px rgb(0 0 0 / 20%);
    }
    h2 {
      margin: 0 0 0.25rem;
      font-size: 1.05rem;
    }
    h3 {
      margin: 1rem 0 0.4rem;
      font-size: 0.95rem;
    }
    p {
      margin: 0.25rem 0;
    }
    ol,
    table {
      width: 100%;
      margin: 0;
      padding: 0;
      list-style: none;
      border-collapse: collapse;
    }
    li {
      padding: 0.45rem 0;
      border-top: 1px solid #e3e6e3;
    }
    th,
    td {
      padding: 0.3rem 0.4rem 0.3rem 0;
      text-align: left;
      vertical-align: top;
      border-top: 1px solid #e3e6e3;
    }
    .meta {
      color: #55625c;
      font-size: 0.8rem;
    }
    .code {
      font:
        600 1.1rem ui-monospace,
        monospace;
      letter-spacing: 0.05em;
    }
    code {
      font-family: ui-monospace, monospace;
      white-space: nowrap;
    }
    .reset {
      margin-top: 1rem;
      padding: 0.45rem 0.8rem;
      border: 1px solid #a4262c;
      border-radius: 8px;
      background: #fff;
      color: #a4262c;
      font: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid #0b5cad;
      outline-offset: 2px;
    }
  `;

  /** Whether the drawer is open. */
  @state() private open = false;

  /** Everything the mock "sent", newest first. */
  @state() private outbox: OutboxMessage[] = [];

  /** What waits for the care team and the planner (fetched while the drawer is open). */
  @state() private corrections: CorrectionRecord[] = [];
  @state() private visitChanges: AppointmentRecord[] = [];

  private poll: ReturnType<typeof setInterval> | undefined;

  private readonly refresh = async () => {
    try {
      this.outbox = (await outbox()).reverse();
      if (!this.open) return;
      [this.corrections, this.visitChanges] = await Promise.all([
        openCorrections(),
        openVisitChanges(),
      ]);
    } catch {
      // The demo server is restarting: the next poll tries again.
    }
  };

  override connectedCallback() {
    super.connectedCallback();
    void this.refresh();
    // The portal's own requests go to the server, not through this page: ask now and then.
    this.poll = setInterval(() => void this.refresh(), POLL_MS);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.poll);
  }

  private async reset() {
    if (!confirm('Alle demogegevens herstellen? U wordt uitgelogd.')) return;
    await resetDemo();
    location.reload();
  }

  private toggle() {
    this.open = !this.open;
    if (this.open) void this.refresh();
  }

  private renderMessage(m: OutboxMessage) {
    const when = time.format(new Date(m.sentAt));
    return html`<li>
      <div class="meta">${m.channel === 'sms' ? 'SMS' : 'E-mail'} aan ${m.to} · ${when}</div>
      ${m.subject ? html`<strong>${m.subject}</strong>` : nothing}
      ${m.code ? html`<div class="code">${m.code}</div>` : nothing}
      <p>${m.text}</p>
      ${m.link ? html`<a href=${m.link}>${m.link}</a>` : nothing}
    </li>`;
  }

  private renderDrawer() {
    return html`<section class="drawer" id="drawer" aria-labelledby="title">
      <h2 id="title">Demo-hulp</h2>
      <p class="meta">Alleen in deze demo: een nepserver speelt het zorgdossier.</p>
      <h3>Verstuurd (SMS en e-mail)</h3>
      ${
        this.outbox.length === 0
          ? html`<p>Nog niets verstuurd. Log in om een SMS-code te krijgen.</p>`
          : html`<ol aria-live="polite">
              ${this.outbox.map((m) => this.renderMessage(m))}
            </ol>`
      }
      ${plannerSection(this.visitChanges, () => void this.refresh())}
      <h3>Demo-accounts</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Gebruiker</th>
            <th scope="col">Wachtwoord</th>
            <th scope="col">Situatie</th>
          </tr>
        </thead>
        <tbody>
          ${demoAccounts.map(
            (a) =>
              html`<tr>
                <td><code>${a.username}</code></td>
                <td><code>${a.password}</code></td>
                <td>${a.situation}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <linde-dev-corrections
        .requests=${this.corrections}
        @answered=${() => void this.refresh()}
      ></linde-dev-corrections>
      <button class="reset" type="button" @click=${() => void this.reset()}>
        Demogegevens herstellen
      </button>
    </section>`;
  }

  override render() {
    const lastCode = this.outbox.find((m) => m.code)?.code;
    return html`
      ${this.open ? this.renderDrawer() : nothing}
      <button
        class="toggle"
        type="button"
        aria-expanded=${String(this.open)}
        aria-controls="drawer"
        @click=${this.toggle}
      >
        Demo-hulp ${lastCode ? html`<span>laatste code</span> <code>${lastCode}</code>` : nothing}
      </button>
    `;
  }
}

customElements.define('linde-dev-panel', LindeDevPanel);

declare global {
  interface HTMLElementTagNameMap {
    'linde-dev-panel': LindeDevPanel;
  }
}
