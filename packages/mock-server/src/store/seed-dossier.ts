import type { Db } from './db.js';

/** TODO: months of dossier data for every client. */
export function seedDossier(db: Db, now: number): void {
  void db;
  void now;
}
