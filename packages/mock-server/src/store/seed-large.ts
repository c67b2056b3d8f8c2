import type { Db } from './db.js';
import { seedLargeInteraction } from './seed-interaction.js';
import { seedLargeRecord } from './seed-record.js';
import { seedLargeAccessLog } from './seed-access-large.js';

/** 10,000+ reports, messages, measurements and access-log lines for Noah, for lists that must stay fast. */
export function seedLarge(db: Db, now: number): void {
  seedLargeInteraction(db, now);
  seedLargeRecord(db, now);
  seedLargeAccessLog(db, now);
}
