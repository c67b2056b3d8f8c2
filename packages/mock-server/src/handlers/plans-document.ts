import { scoped, type Reply, type RouteContext } from '../core/context.js';
import type { PlanRecord } from '../store/types.js';
import { formatDate, formatDateTime, pdfReply, renderPdf, type PdfBlock } from './pdf.js';
import { byline } from './reports-export.js';

/** Where the plan stands, in the words a client reads on the printout. */
function statusLine(plan: PlanRecord): string {
  const when = plan.decidedAt !== undefined ? formatDateTime(plan.decidedAt) : '';
  switch (plan.status) {
    case 'awaiting-decision':
      return 'Status: wacht op ondertekening of afkeuring.';
    case 'signed':
      return `Ondertekend door ${plan.decidedBy} op ${when}.`;
    case 'rejected':
      return `Afgekeurd door ${plan.decidedBy} op ${when}.${
        plan.rejectionReason ? ` Reden: ${plan.rejectionReason}` : ''
      }`;
    case 'superseded':
      return plan.decidedBy
        ? `Ondertekend door ${plan.decidedBy} op ${when}; vervangen door een nieuwere versie.`
        : 'Vervangen door een nieuwere versie.';
  }
}

/** The plan version as a printable PDF (P8 "Cliëntplan afdrukken"). */
export async function planDocument(ctx: RouteContext, plan: PlanRecord): Promise<Reply> {
  const { client } = scoped(ctx);
  const team = client.careTeam.map((m) =>
    byline({ id: m.id, name: m.name, kind: 'care-staff', role: m.role }),
  );
  const blocks: PdfBlock[] = [
    { kind: 'title', text: plan.title },
    {
      kind: 'meta',
      text: `${client.name} · versie ${plan.version} · opgesteld op ${formatDate(plan.createdAt)}`,
    },
    { kind: 'meta', text: statusLine(plan) },
    { kind: 'gap', size: 14 },
    ...plan.sections.flatMap((s): PdfBlock[] => [
      { kind: 'heading', text: s.heading },
      { kind: 'text', text: s.text },
      { kind: 'gap', size: 10 },
    ]),
    { kind: 'heading', text: 'Zorgteam' },
    { kind: 'text', text: team.join('\n') },
  ];
  const bytes = await renderPdf({
    title: `${plan.title}, versie ${plan.version}`,
    footer: `${plan.title}, versie ${plan.version} – ${client.name}`,
    createdAt: ctx.now,
    blocks,
  });
  return pdfReply(bytes, `zorgplan-${client.id}-v${plan.version}.pdf`);
}
