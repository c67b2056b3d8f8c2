import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import type { MockRuntime } from '../core/runtime.js';
import { route } from '../core/route.js';
import { json, scoped, type RouteContext } from '../core/context.js';
import { DAY, iso } from './shared.js';
import { SYNC_WINDOW, TIME_ZONE, syncTimes } from './start-zone.js';
import { canSeeAppointment, type StoredAppointment } from './appointments.js';
import { isRead, visibleConversations } from './messages-view.js';

type S = components['schemas'];
type Count = S['Summary']['sections'][number];
type Counter = (
  ctx: RouteContext,
  isNew: (at: number | undefined, by?: string) => boolean,
) => Count;

const counters: Record<string, Counter> = {
  appointments(ctx, isNew) {
    const { user, client } = scoped(ctx);
    const upcoming: StoredAppointment[] = ctx.db.appointments.filter((a) => {
      const start = Date.parse(a.start);
      const soon = start >= ctx.now && start < ctx.now + 7 * DAY;
      return soon && a.clientId === client.id && canSeeAppointment(a, user);
    });
    const added = upcoming.filter((a) => isNew(a.createdAt, a.createdByUserId ?? undefined));
    return { section: 'appointments', total: upcoming.length, new: added.length };
  },
  messages(ctx) {
    const { user, client } = scoped(ctx);
    const visible = visibleConversations(ctx.db, client.id, user);
    const mine = ctx.db.messages.filter((m) => visible.has(m.conversationId));
    const unread = mine.filter((m) => !isRead(ctx.db, user, m)).length;
    return { section: 'messages', total: mine.length, new: unread };
  },
  bulletin(ctx, isNew) {
    const posts = ctx.db.bulletin.filter((p) => p.clientId === scoped(ctx).client.id);
    const added = posts.filter((p) => isNew(p.postedAt, p.authorUserId ?? undefined));
    return { section: 'bulletin', total: posts.length, new: added.length };
  },
  reports(ctx, isNew) {
    const reports = ctx.db.reports.filter((r) => r.clientId === scoped(ctx).client.id);
    const added = reports.filter((r) => isNew(r.createdAt, r.author.id));
    return { section: 'reports', total: reports.length, new: added.length };
  },
  measurements(ctx, isNew) {
    const all = ctx.db.measurements.filter((m) => m.clientId === scoped(ctx).client.id);
    const added = all.filter((m) => isNew(m.measuredAt, m.measuredBy?.id));
    return { section: 'measurements', total: all.length, new: added.length };
  },
  questionnaires(ctx) {
    const all = ctx.db.questionnaires.filter((q) => q.clientId === scoped(ctx).client.id);
    const open = all.filter((q) => q.completedAt === undefined).length;
    return { section: 'questionnaires', total: all.length, new: open };
  },
  plans(ctx) {
    const all = ctx.db.plans.filter((p) => p.clientId === scoped(ctx).client.id);
    const awaiting = all.filter((p) => p.status === 'awaiting-decision').length;
    return { section: 'plans', total: all.length, new: awaiting };
  },
};

/**
 * The start screen's counts (C6, P4, X3), per granted section. "New" is since the previous visit
 * and never what the person added themself; on a first visit everything is new.
 */
function summary(ctx: RouteContext) {
  const { user, grant } = scoped(ctx);
  const since = user.previousSignInAt;
  const isNew = (at: number | undefined, by?: string) =>
    by !== user.id && (since === null || (at !== undefined && at > since));
  const sections = Object.entries(counters)
    .filter(([section]) => grant.sections.includes(section as S['Section']))
    .map(([, count]) => count(ctx, isNew));
  return json({ since: since === null ? null : iso(since), sections });
}

/** The start screen: counts and badges, and how fresh the copied care record is (C10). */
export function startHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'getSummary', summary),
    route(rt, 'getSyncStatus', (ctx) => {
      const { last, next } = syncTimes(ctx.now);
      const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
      return json({
        lastSyncAt: iso(last),
        nextSyncAt: iso(next),
        intervalMinutes: 60,
        windowStart: hh(SYNC_WINDOW.start),
        windowEnd: hh(SYNC_WINDOW.end),
        timeZone: TIME_ZONE,
      });
    }),
  ];
}
