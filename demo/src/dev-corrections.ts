// The demo's developer panel, part "Zorgteam spelen": answer the clients' correction requests (X11).
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CorrectionRecord } from '../../packages/mock-server/src/store/types.js';
import { answerCorrection } from './dev-api.js';

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

  /** The open requests, as the drawer last fetched them. */
  @property({ attribute: false }) requests: readonly CorrectionRecord[] = [];

  /** The reasons typed per request, for "Afwijzen". */
  @state() private reasons: Record<string, string> = {};

  /** A line after an answer. */
  @state() private note = '';

  private async answer(r: CorrectionRecord, status: 'in-progress' | 'corrected' | 'declined') {
    const reason = this.reasons[r.id]?.trim();
    if (status === 'declined' && !reason) {
      this.note = 'Vul eerst een reden in om af te wijzen.';
      return;
    }
    await answerCorrection(r.id, status, reason);
    this.note = `Beantwoord: ${statusNames[status]}. Herlaad de pagina om het in het portaal te zien.`;
    this.dispatchEvent(new Event('answered', { bubbles: true, composed: true }));
  }

  private renderRequest(r: CorrectionRecord) {
    const about =
      r.subject.kind === 'report' ? `rapportage ${r.subject.reportId}` : r.subject.field;
    return html`<li>
      <div class="meta">${r.requestedBy} over ${about} · ${statusNames[r.status]}</div>
      <div>Klopt niet: ${r.wrong}</div>
      <div>Moet zijn: ${r.correct}</div>
      <div class="actions">
        <button type="button" @click=${() => void this.answer(r, 'in-progress')}>
          In behandeling
        </button>
        <button type="button" @click=${() => void this.answer(r, 'corrected')}>Verbeterd</button>
        <input
          aria-label="Reden van afwijzen"
          .value=${this.reasons[r.id] ?? ''}
          @input=${(e: Event) =>
            (this.reasons = { ...this.reasons, [r.id]: (e.target as HTMLInputElement).value })}
        />
        <button type="button" @click=${() => void this.answer(r, 'declined')}>Afwijzen</button>
      </div>
    </li>`;
  }

  override render() {
    const open = this.requests;
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
