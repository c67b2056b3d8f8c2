import type { Db } from './db.js';
import { seedPeople } from './seed-people.js';
import { seedDossier } from './seed-dossier.js';
import { seedLarge } from './seed-large.js';

/** The data sets the mock backend can start with. */
export const seedNames = ['default', 'empty', 'large', 'hostile'] as const;
/** One of `seedNames`. */
export type SeedName = (typeof seedNames)[number];

/**
 * Fills the store deterministically relative to `now`: `empty` has the accounts and clients but no
 * dossier; `default` adds months of dossier data; `large` adds 10,000+ reports, messages and
 * measurements for Noah on top. `hostile` is the default data; the backend puts a payload into
 * every text it answers (see `hostile/transform.ts`).
 */
export function seed(db: Db, name: SeedName, now: number): void {
  seedPeople(db, now);
  if (name === 'empty') return;
  seedDossier(db, now);
  if (name === 'large') seedLarge(db, now);
}
