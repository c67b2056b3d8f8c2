import type { Db } from './db.js';

/** TODO: reports, measurements, questionnaires, plans and an access log for every client. */
export function seedRecord(db: Db, now: number): void {
  void db;
  void now;
}

/** TODO: 10,000+ reports and measurements for Noah. */
export function seedLargeRecord(db: Db, now: number): void {
  void db;
  void now;
}
