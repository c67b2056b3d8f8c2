import type { Db } from './db.js';
import { seedLargeInteraction } from './seed-interaction.js';
import { seedLargeRecord } from './seed-record.js';

/** 10,000+ reports, messages and measurements for Noah, for lists that must stay fast. */
export function seedLarge(db: Db, now: number): void {
  seedLargeInteraction(db, now);
  seedLargeRecord(db, now);
}
