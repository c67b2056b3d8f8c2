import type { Db } from './db.js';

/** TODO: appointments, conversations and messages, bulletin posts for every client. */
export function seedInteraction(db: Db, now: number): void {
  void db;
  void now;
}

/** TODO: 10,000+ messages for Noah. */
export function seedLargeInteraction(db: Db, now: number): void {
  void db;
  void now;
}
