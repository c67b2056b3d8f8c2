import type { Db } from './db.js';
import { seedInteraction } from './seed-interaction.js';
import { seedRecord } from './seed-record.js';

/** Months of dossier data for every client: appointments, messages, reports, measurements, … */
export function seedDossier(db: Db, now: number): void {
  seedInteraction(db, now);
  seedRecord(db, now);
}
