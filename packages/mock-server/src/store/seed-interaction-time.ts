import { fromLocal, localTime } from '../handlers/start-zone.js';
import type { Db } from './db.js';
import type { AuthorRef } from './types.js';

/** Local times relative to the seed's `now`, so the data always looks recent. */
export interface SeedTimes {
  now: number;
  /** `days` days from today at a local wall-clock time `hh:mm` (Europe/Amsterdam). */
  on(days: number, time: string): number;
  /** The weekday (0 = Sunday) `days` days from today. */
  weekday(days: number): number;
  /** `hours` hours before now. */
  ago(hours: number): number;
}

/** The seed's clock helpers for a given `now`. */
export function seedTimes(now: number): SeedTimes {
  const today = localTime(now);
  return {
    now,
    on(days, time) {
      const [hh, mm] = time.split(':').map(Number) as [number, number];
      return fromLocal(today.year, today.month, today.day + days, hh, mm);
    },
    weekday: (days) =>
      new Date(Date.UTC(today.year, today.month - 1, today.day + days)).getUTCDay(),
    ago: (hours) => now - hours * 3_600_000,
  };
}

/** Who a seeded item came from: a care staff member or a portal user, as seen for a client. */
export function seedAuthor(db: Db, clientId: string, id: string): AuthorRef {
  const staff = db.staff.get(id);
  if (staff) return { id, name: staff.name, kind: 'care-staff', role: staff.role };
  const user = db.users.get(id);
  const grant = db.grants.find((g) => g.clientId === clientId && g.userId === id);
  if (!user || !grant) throw new Error(`seed: ${id} is not a person of ${clientId}`);
  return { id, name: user.name, kind: grant.relation === 'self' ? 'client' : 'contact' };
}
