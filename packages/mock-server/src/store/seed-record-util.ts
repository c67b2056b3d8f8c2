import type { Db } from './db.js';
import type { AuthorRef } from './types.js';

/** Milliseconds in an hour and a day. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A small deterministic random source (mulberry32), so every seed gives the same record. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    /** One of the items. */
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** True with probability `p`. */
    chance: (p: number) => next() < p,
  };
}

/** A random source as returned by `rng`. */
export type Rng = ReturnType<typeof rng>;

/**
 * A moment `daysAgo` days before `now` at roughly the given Dutch wall-clock time (winter time;
 * an hour later in summer, which is fine for fictional data).
 */
export function at(now: number, daysAgo: number, hour: number, minute = 0): number {
  const midnight = Math.floor(now / DAY) * DAY;
  return midnight - daysAgo * DAY + (hour - 1) * HOUR + minute * 60_000;
}

/** The care staff member as an author. */
export function staffAuthor(db: Db, staffId: string): AuthorRef {
  const s = db.staff.get(staffId);
  if (!s) throw new Error(`no staff member ${staffId}`);
  return { id: s.id, name: s.name, kind: 'care-staff', role: s.role };
}

/** `{ml}`-style placeholders filled in from the given values. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** A number rounded to `decimals` places. */
export const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
