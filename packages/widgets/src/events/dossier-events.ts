// Events of the dossier panels (reports, questionnaires, the dossier).
import type { Schemas } from '@clientportal/sdk';

const init = { bubbles: true, composed: true } as const;

/** The overview a start-screen panel links to ("Alle rapportages"). */
export type PortalOverview = 'reports' | 'questionnaires' | 'measurements' | 'messages';

/**
 * The person asked for the whole overview from a start-screen panel. Cancelable: the host page
 * shows the full panel and calls `preventDefault()`, or lets a link (`all-href`) do its work.
 */
export class PortalShowAllEvent extends CustomEvent<{ overview: PortalOverview }> {
  constructor(overview: PortalOverview) {
    super('portal-show-all', { ...init, cancelable: true, detail: { overview } });
  }
}

/** A report the person wrote was stored in the dossier. */
export class PortalReportWrittenEvent extends CustomEvent<{ report: Schemas['Report'] }> {
  constructor(report: Schemas['Report']) {
    super('portal-report-written', { ...init, detail: { report } });
  }
}

/** A questionnaire was filled in and sent to the care team. */
export class PortalQuestionnaireSubmittedEvent extends CustomEvent<{
  questionnaire: Schemas['Questionnaire'];
}> {
  constructor(questionnaire: Schemas['Questionnaire']) {
    super('portal-questionnaire-submitted', { ...init, detail: { questionnaire } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-show-all': PortalShowAllEvent;
    'portal-report-written': PortalReportWrittenEvent;
    'portal-questionnaire-submitted': PortalQuestionnaireSubmittedEvent;
  }
}
