import { scoped, type Reply, type RouteContext } from '../core/context.js';
import type { AuthorRef, ReportRecord } from '../store/types.js';
import { idKey } from './record-shared.js';
import { formatDate, formatDateTime, pdfReply, renderPdf, type PdfBlock } from './pdf.js';
import { dateRange } from './shared.js';

const roles: Record<string, string> = {
  coordinator: 'zorgcoördinator',
  nurse: 'verpleegkundige',
  'pedagogical-worker': 'pedagogisch medewerker',
  client: 'cliënt',
  contact: 'contactpersoon',
};

/** "Anna Bakker, verpleegkundige": who wrote it, as a reader of the printout wants to know. */
export function byline(a: AuthorRef): string {
  return `${a.name}, ${roles[a.role ?? a.kind] ?? a.kind}`;
}

function reportBlocks(reports: ReportRecord[]): PdfBlock[] {
  if (!reports.length) return [{ kind: 'text', text: 'Er zijn geen rapportages in deze periode.' }];
  return reports.flatMap((r): PdfBlock[] => [
    { kind: 'heading', text: r.title },
    {
      kind: 'meta',
      text: [formatDateTime(r.createdAt), byline(r.author), r.category].filter(Boolean).join(' · '),
    },
    { kind: 'gap', size: 2 },
    { kind: 'text', text: r.body },
    { kind: 'gap', size: 12 },
  ]);
}

/**
 * The printable overview of the reports in a period (P6): at most 366 days, newest first as on
 * screen, with date (Amsterdam time), author and text of each.
 */
export async function exportReports(ctx: RouteContext): Promise<Reply> {
  const { client } = scoped(ctx);
  const range = dateRange(ctx, { defaultDays: 7, maxDays: 366 });
  const reports = ctx.db.reports
    .filter((r) => r.clientId === client.id && r.createdAt >= range.from && r.createdAt < range.to)
    .sort((a, b) => b.createdAt - a.createdAt || (idKey(b.id) < idKey(a.id) ? -1 : 1));
  const last = Math.min(range.to, ctx.now + 1) - 1;
  const period = `${formatDate(range.from)} t/m ${formatDate(last)}`;
  const bytes = await renderPdf({
    title: `Rapportages ${client.name}`,
    footer: `Rapportages ${client.name}, ${period}`,
    createdAt: ctx.now,
    blocks: [
      { kind: 'title', text: `Rapportages ${client.name}` },
      {
        kind: 'meta',
        text: `Periode: ${period} · ${reports.length} rapportage${reports.length === 1 ? '' : 's'}`,
      },
      { kind: 'meta', text: `Gemaakt op ${formatDateTime(ctx.now)} · ${ctx.db.settings.name}` },
      { kind: 'gap', size: 16 },
      ...reportBlocks(reports),
    ],
  });
  return pdfReply(bytes, `rapportages-${client.id}.pdf`);
}
