// "Klopt dit niet?" below a report (X11): the correction request piece, about this report.
import { html, type TemplateResult } from 'lit';
import '../../ui/correction/portal-correction.js';
import type { Report } from './report-row.js';

/** The default action below each report: ask the care team to correct it (the report stays). */
export const reportCorrection = (report: Report): TemplateResult =>
  html`<portal-correction
    .subject=${{ kind: 'report', reportId: report.id }}
    label=${report.title}
  ></portal-correction>`;
