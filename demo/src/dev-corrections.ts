// The demo's developer panel, part "Zorgteam spelen": answer the clients' correction requests (X11).
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  answerCorrectionRequest,
  correctionRequests,
} from '../../packages/mock-server/src/handlers/corrections.js';
import type { CorrectionRecord } from '../../packages/mock-server/src/store/types.js';
import type { BrowserMock } from './dev-panel.js';

const statusNames: Record<CorrectionRecord['status'], string> = {
  sent: 'verstuurd',
  'in-progress': 'wordt behandeld',
  corrected: 'verbeterd',
  declined: 'afgewezen',
};

/** Plays the care team: every open correction request with "In behandeling", "Verbeterd", "Afwijzen". */
export class LindeDevCorrections extends LitElement {
  static override styles = css`
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding: 0.45rem 0;
      border-top: 1px solid #e3e6e3;
    }
    .meta {
      color: #55625c;
      font-size: 0.8rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin-top: 0.3rem;
    }
    input {
      flex: 1 1 12rem;
      font: inherit;
    }
    button {
      font: inherit;
      cursor: pointer;
    }
    h3 {
      margin: 1rem 0 0.4rem;
      font-size: 0.95rem;
    }
  `;

  /** The mock backend in the page. */
  @property({ attribute: false }) mock?: BrowserMock;

  /** The reasons typed per request, for "Afwijzen". */
  @state() private reasons: Record<string, string> = {};

  /** A line after an answer. */
  @state() private note = '';

  private readonly refresh = () => this.requestUpdate();

  override connectedCallback() {
    super.connectedCallback();
    // A request sent in the portal shows here at once.
    this.mock?.worker.events.on('response:mocked', this.refresh);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.mock?.worker.events.removeListener('response:mocked', this.refresh);
  }

  private answer(r: CorrectionRecord, status: 'in-progress' | 'corrected' | 'declined') {
    const mock = this.mock;
    if (!mock) return;
    const reason = this.reasons[r.id]?.trim();
    if (status === 'declined' && !reason) {
      this.note = 'Vul eerst een reden in om af te wijzen.';
      return;
    }
    answerCorrectionRequest(mock.backend.db, mock.backend.clock.now(), r.id, status, reason);
    mock.save();
    this.note = `Beantwoord: ${statusNames[status]}. Herlaad de pagina om het in het portaal te zien.`;
  }

  private renderRequest(r: CorrectionRecord) {
    const about =
      r.subject.kind === 'report' ? `rapportage ${r.subject.reportId}` : r.subject.field;
    return html`<li>
      <div class="meta">${r.requestedBy} over ${about} · ${statusNames[r.status]}</div>
      <div>Klopt niet: ${r.wrong}</div>
      <div>Moet zijn: ${r.correct}</div>
      <div class="actions">
        <button type="button" @click=${() => this.answer(r, 'in-progress')}>In behandeling</button>
        <button type="button" @click=${() => this.answer(r, 'corrected')}>Verbeterd</button>
        <input
          aria-label="Reden van afwijzen"
          .value=${this.reasons[r.id] ?? ''}
          @input=${(e: Event) =>
            (this.reasons = { ...this.reasons, [r.id]: (e.target as HTMLInputElement).value })}
        />
        <button type="button" @click=${() => this.answer(r, 'declined')}>Afwijzen</button>
      </div>
    </li>`;
  }

  override render() {
    const open = this.mock
      ? correctionRequests(this.mock.backend.db).filter(
          (r) => r.status === 'sent' || r.status === 'in-progress',
        )
      : [];
    return html`<h3>Zorgteam spelen: vragen om verbetering</h3>
      ${
        open.length === 0
          ? html`<p>Geen open vragen. Gebruik "Klopt dit niet?" bij Mijn gegevens.</p>`
          : html`<ol>
              ${open.map((r) => this.renderRequest(r))}
            </ol>`
      }
      ${this.note ? html`<p role="status">${this.note}</p>` : nothing}`;
  }
}

customElements.define('linde-dev-corrections', LindeDevCorrections);

declare global {
  interface HTMLElementTagNameMap {
    'linde-dev-corrections': LindeDevCorrections;
  }
}
