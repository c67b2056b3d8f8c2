// One report as a row of the list: title, date and time, author and role, text.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Schemas } from '@clientportal/sdk';
import { formatDateTime } from '../../i18n/format.js';
import { byline } from '../../ui/author.js';
import { subHeading } from '../../ui/panel-frame.js';

/** A report of the contract. */
export type Report = Schemas['Report'];

/**
 * The row of one report; `actions` (a "Klopt dit niet?" button, say) goes below its text. Its
 * title is a level-3 heading, level 4 when the panel is `nested` in another.
 */
export function reportRow(report: Report, actions?: unknown, nested = false): TemplateResult {
  const meta = [formatDateTime(report.createdAt), byline(report.author), report.category];
  return html`<article class="report">
    ${subHeading(nested, report.title, 'report-title')}
    <p class="report-meta">
      <time datetime=${report.createdAt}>${meta[0]}</time> ·
      ${meta[1]}${meta[2] ? ` · ${meta[2]}` : nothing}
    </p>
    <p class="report-body">${report.body}</p>
    ${actions ? html`<div class="report-actions" part="report-actions">${actions}</div>` : nothing}
  </article>`;
}

/** The styles of a report row, wherever it is rendered (the panel, or the virtual list). */
export const reportRowStyles = css`
  .report-title {
    margin: 0;
    font-size: var(--_portal-font-size-m);
    line-height: 1.4;
  }
  .report-meta {
    margin: 0;
    color: var(--_portal-muted);
    font-size: var(--_portal-font-size-s);
  }
  .report-body {
    margin: var(--_portal-space-xs) 0 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .report-actions {
    margin-top: var(--_portal-space-xs);
  }
`;
