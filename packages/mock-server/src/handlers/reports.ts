import type { HttpHandler } from 'msw';
import { attachmentsFor, claim } from './attachments-store.js';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { json, scoped, type RouteContext } from '../core/context.js';
import type { MockRuntime } from '../core/runtime.js';
import { newId } from '../store/db.js';
import type { ReportRecord } from '../store/types.js';
import { dateRange, iso, page } from './shared.js';
import { idKey, inRange, notBlank, pageBy, toAuthor } from './record-shared.js';
import { exportReports } from './reports-export.js';

type S = components['schemas'];

/** A report as the contract shows it. */
export function toReport(r: ReportRecord): S['Report'] {
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    author: toAuthor(r.author),
    createdAt: iso(r.createdAt),
    ...(r.category ? { category: r.category } : {}),
    ...(r.attachments?.length ? { attachments: r.attachments } : {}),
  };
}

/** The client's reports in the request's period (P6: the last 7 days unless `from` is given). */
export function reportsInPeriod(ctx: RouteContext, maxDays?: number): ReportRecord[] {
  const { client } = scoped(ctx);
  const range = dateRange(ctx, { defaultDays: 7, ...(maxDays ? { maxDays } : {}) });
  return ctx.db.reports.filter((r) => r.clientId === client.id && inRange(r.createdAt, range));
}

function listReports(ctx: RouteContext) {
  const result = pageBy(ctx, reportsInPeriod(ctx), (r) => r.createdAt);
  return json({ items: result.items.map(toReport), nextCursor: result.nextCursor });
}

function createReport(ctx: RouteContext<S['ReportInput']>) {
  const { user, client, grant } = scoped(ctx);
  const owner = { clientId: client.id, uploaderId: user.id };
  const title = notBlank(ctx.body.title, 'body.title');
  const body = notBlank(ctx.body.body, 'body.body');
  const used = claim(ctx.db, ctx.body.attachmentIds, owner, { kind: 'report' });
  const report: ReportRecord = {
    id: newId(ctx.db, 'rp'),
    clientId: client.id,
    title,
    body,
    // Written in the portal: by the client, or by a relative for them (C9 "Schrijven").
    author: {
      id: user.id,
      name: user.name,
      kind: grant.relation === 'self' ? 'client' : 'contact',
    },
    createdAt: ctx.now,
    ...(used.length ? { attachments: attachmentsFor(ctx.db, used) } : {}),
  };
  ctx.db.reports.push(report);
  return json(toReport(report), 201);
}

type Entry = S['TimelineEntry'] & { at: number; key: string };

/** What was added to the dossier, limited to the sections this person was granted (C9). */
function timelineEntries(ctx: RouteContext): Entry[] {
  const { client, grant } = scoped(ctx);
  const range = dateRange(ctx);
  const { db } = ctx;
  const entry = (type: Entry['type'], id: string, title: string, at: number): Entry => ({
    id: `tl-${id}`,
    type,
    title,
    occurredAt: iso(at),
    refId: id,
    at,
    key: `${type}-${idKey(id)}`,
  });
  const mine = <T extends { clientId: string }>(items: T[]) =>
    items.filter((x) => x.clientId === client.id);
  const entries = mine(db.reports).map((r) => entry('report', r.id, r.title, r.createdAt));
  if (grant.sections.includes('questionnaires'))
    for (const q of mine(db.questionnaires))
      entries.push(entry('questionnaire', q.id, q.title, q.sentAt));
  if (grant.sections.includes('plans'))
    for (const p of mine(db.plans))
      entries.push(entry('plan', p.id, `${p.title} (versie ${p.version})`, p.createdAt));
  return entries.filter((e) => inRange(e.at, range));
}

function listTimeline(ctx: RouteContext) {
  const result = page(ctx, timelineEntries(ctx), (e) => [e.at, e.key]);
  return json({
    items: result.items.map(({ id, type, title, occurredAt, refId }) => ({
      id,
      type,
      title,
      occurredAt,
      refId,
    })),
    nextCursor: result.nextCursor,
  });
}

/** Reports (C9, P4, P6): list, write, export as PDF, and the dossier's timeline. */
export function reportHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'listReports', listReports),
    route<S['ReportInput']>(rt, 'createReport', createReport),
    route(rt, 'exportReports', exportReports),
    route(rt, 'listTimeline', listTimeline),
  ];
}
