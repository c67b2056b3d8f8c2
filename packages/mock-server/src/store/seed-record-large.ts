import { newId, type Db } from './db.js';
import { noahSlots } from './seed-record-texts.js';
import { reportFromSlot } from './seed-record-reports.js';
import { at, round, staffAuthor, type Rng } from './seed-record-util.js';

/** Eight moments a day, so 1,320 days give 10,560 items. */
const hours = [7, 9, 11, 13, 15, 17, 19, 21];
const DAYS = 1_320;

/** 10,560 reports for Noah over the last 3.6 years, eight a day. */
export function seedLargeReports(db: Db, now: number, r: Rng): void {
  for (let d = DAYS - 1; d >= 0; d--) {
    for (const hour of hours) {
      const time = at(now, d, hour, r.int(0, 59));
      if (time > now) continue;
      db.reports.push(reportFromSlot(db, r, 'cl-noah', r.pick(noahSlots), time));
    }
  }
}

const kinds = [
  { kind: 'temperature', base: 36.7, noise: 0.5, decimals: 1 },
  { kind: 'pulse', base: 90, noise: 14, decimals: 0 },
  { kind: 'oxygen-saturation', base: 97, noise: 3, decimals: 0 },
  { kind: 'weight', base: 20.6, noise: 0.6, decimals: 1 },
] as const;

/** 10,560 measurements for Noah over the same period, the kinds in turn. */
export function seedLargeMeasurements(db: Db, now: number, r: Rng): void {
  const anna = staffAuthor(db, 'st-anna');
  for (let d = DAYS - 1; d >= 0; d--) {
    hours.forEach((hour, i) => {
      const time = at(now, d, hour, r.int(0, 59));
      if (time > now) return;
      const k = kinds[i % kinds.length]!;
      db.measurements.push({
        id: newId(db, 'ms'),
        clientId: 'cl-noah',
        kind: k.kind,
        value: round(Math.min(k.base + (r.next() * 2 - 1) * k.noise, 100), k.decimals),
        measuredAt: time,
        measuredBy: anna,
      });
    });
  }
}
