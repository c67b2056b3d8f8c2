import type { Db } from './db.js';

/** TODO: 10,000+ reports, messages and measurements for Noah. */
export function seedLarge(db: Db, now: number): void {
  void db;
  void now;
}
