import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData } from '../../controllers/portal-data.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { formStyles } from '../../ui/forms/index.js';
import { PortalReportWrittenEvent } from '../../events/dossier-events.js';
import { DossierWrite } from './dossier-write.js';
import { styles } from './portal-dossier.styles.js';

/** A part's text: one point per line, as a list when there are several. */
function planLines(text: string) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2) return html`<p>${text.trim()}</p>`;
  return html`<ul>
    ${lines.map((line) => html`<li>${line}</li>`)}
  </ul>`;
}

/** The tabs of the dossier, in order (C9): the care plan, reading, writing. */
export const DOSSIER_TABS = ['plans', 'read', 'write'] as const;
/** One tab of the dossier. */
export type DossierTab = (typeof DOSSIER_TABS)[number];

type Entry = Schemas['TimelineEntry'];
type Plan = Schemas['Plan'];

/** How many timeline entries are shown (the newest). */
const TIMELINE = 20;

/**
 * @summary The dossier (C9): tabs Plannen (the care plan), Lezen (reports and questionnaires)
 * and Schrijven (the client writes a report into the dossier), and a timeline of what was added
 * when. The tabs follow the WAI-ARIA tabs pattern: arrow keys, Home and End move between them.
 *
 * @csspart panel - The panel's frame.
 * @csspart tabs - The row of tabs.
 * @csspart tab - One tab.
 * @csspart tabpanel - The content of the chosen tab.
 * @csspart plan - The current care plan.
 * @csspart plan-section - One part of the plan: the goals, the agreements about the care, ….
 * @csspart timeline - What was added to the dossier when, newest first.
 * @csspart summary - The list of problems after "Opslaan in het dossier".
 * @csspart submit - The button that stores a written report.
 *
 * @event {PortalReportWrittenEvent} portal-report-written - A report the person wrote was stored; `detail.report`.
 */
export class PortalDossier extends PortalElement {
  static override styles = [PortalElement.styles, formStyles, styles];

  /** The chosen tab. */
  @state() private tab: DossierTab = 'read';

  private readonly timeline = new PortalData<Entry[]>(this, {
    section: 'reports',
    isEmpty: (items) => items.length === 0,
    load: async ({ api, clientId, signal }) =>
      unwrap(
        await api.GET('/clients/{clientId}/timeline', {
          params: { path: { clientId }, query: { limit: TIMELINE } },
          signal,
        }),
      ).items,
  });

  private readonly plans = new PortalData<Plan[]>(this, {
    section: 'plans',
    isEmpty: (items) => items.length === 0,
    args: () => [this.tab === 'plans'],
    load: async ({ api, clientId, signal }) =>
      this.tab !== 'plans'
        ? []
        : unwrap(
            await api.GET('/clients/{clientId}/plans', { params: { path: { clientId } }, signal }),
          ),
  });

  private readonly write = new DossierWrite(
    this,
    () => this.timeline.portal,
    (report) => {
      this.timeline.reload();
      this.dispatchEvent(new PortalReportWrittenEvent(report));
    },
  );

  private label(tab: DossierTab): string {
    if (tab === 'plans') return msg('Plannen', { id: 'dossier.tab.plans' });
    if (tab === 'read') return msg('Lezen', { id: 'dossier.tab.read' });
    return msg('Schrijven', { id: 'dossier.tab.write' });
  }

  private choose(tab: DossierTab, focus = false): void {
    this.tab = tab;
    // The reading tab holds two panels of their own: their code comes when it is first chosen.
    if (tab === 'read') {
      void import('../portal-reports/portal-reports.js');
      void import('../portal-questionnaires/portal-questionnaires.js');
    }
    if (focus) void this.updateComplete.then(() => this.tabButton(tab)?.focus());
  }

  private tabButton(tab: DossierTab): HTMLElement | null {
    return this.renderRoot.querySelector(`#tab-${tab}`);
  }

  private onTabKey(event: KeyboardEvent): void {
    const at = DOSSIER_TABS.indexOf(this.tab);
    const last = DOSSIER_TABS.length - 1;
    const to: Record<string, number> = {
      ArrowRight: at === last ? 0 : at + 1,
      ArrowLeft: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    };
    const next = to[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.choose(DOSSIER_TABS[next]!, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.choose(this.tab);
  }

  protected override render() {
    if (this.timeline.state === 'signed-out') return html``;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Mijn dossier', { id: 'dossier.title' })}</h2>
      <div
        class="tabs"
        part="tabs"
        role="tablist"
        aria-labelledby="title"
        @keydown=${this.onTabKey}
      >
        ${DOSSIER_TABS.map(
          (tab) =>
            html`<button
              part="tab"
              class="tab"
              role="tab"
              type="button"
              id="tab-${tab}"
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              aria-controls="tabpanel"
              tabindex=${this.tab === tab ? 0 : -1}
              @click=${() => this.choose(tab)}
            >
              ${this.label(tab)}
            </button>`,
        )}
      </div>
      <div
        class="tabpanel"
        part="tabpanel"
        id="tabpanel"
        role="tabpanel"
        aria-labelledby="tab-${this.tab}"
        tabindex="0"
      >
        ${this.renderTab()}
      </div>
      ${this.renderTimeline()}
    </section>`;
  }

  private renderTab() {
    if (this.tab === 'read') {
      return html`<portal-reports nested></portal-reports>
        <portal-questionnaires nested></portal-questionnaires>`;
    }
    if (this.tab === 'write') return this.write.render();
    return this.plans.render({
      complete: (plans) => this.renderPlan(plans),
      empty: () =>
        html`<p class="state empty" part="empty">
          ${msg('Er is nog geen zorgplan.', { id: 'dossier.noPlan' })}
        </p>`,
    });
  }

  private renderPlan(plans: Plan[]) {
    const plan = [...plans].sort((a, b) => b.version - a.version)[0]!;
    const status: Record<Plan['status'], string> = {
      'awaiting-decision': msg('wacht op uw akkoord', { id: 'dossier.plan.awaiting' }),
      signed: msg('ondertekend', { id: 'dossier.plan.signed' }),
      rejected: msg('afgewezen', { id: 'dossier.plan.rejected' }),
      superseded: msg('vervangen door een nieuwere versie', { id: 'dossier.plan.superseded' }),
    };
    return html`<div class="plan" part="plan">
      <h3>${plan.title}</h3>
      <p>
        ${msg(
          str`Versie ${plan.version} van ${formatDate(plan.createdAt)}: ${status[plan.status]}.`,
          {
            id: 'dossier.plan.version',
          },
        )}
      </p>
      ${plan.sections.map(
        (section) =>
          html`<section class="plan-section" part="plan-section">
            <h4>${section.heading}</h4>
            ${planLines(section.text)}
          </section>`,
      )}
    </div>`;
  }

  private renderTimeline() {
    return html`<section class="timeline-box" aria-labelledby="timeline-title">
      <h3 id="timeline-title">${msg('Wat is er toegevoegd?', { id: 'dossier.timeline' })}</h3>
      ${this.timeline.render({
        complete: (entries) =>
          html`<ol class="timeline" part="timeline">
            ${entries.map(
              (e) =>
                html`<li>
                  <time datetime=${e.occurredAt}>${formatDateTime(e.occurredAt)}</time>
                  <span class="kind">${this.kind(e.type)}</span> ${e.title}
                </li>`,
            )}
          </ol>`,
        empty: () =>
          html`<p class="state empty" part="empty">
            ${msg('Er is nog niets toegevoegd.', { id: 'dossier.timelineEmpty' })}
          </p>`,
      })}
    </section>`;
  }

  private kind(type: Entry['type']): string {
    if (type === 'report') return msg('Rapportage', { id: 'dossier.kind.report' });
    if (type === 'questionnaire') return msg('Vragenlijst', { id: 'dossier.kind.questionnaire' });
    return msg('Zorgplan', { id: 'dossier.kind.plan' });
  }
}
