import type { Db } from './db.js';
import { seedAccessLog } from './seed-record-access.js';
import { seedLargeMeasurements, seedLargeReports } from './seed-record-large.js';
import { seedMeasurements } from './seed-record-measurements.js';
import { seedPlans } from './seed-record-plans.js';
import { seedQuestionnaires } from './seed-record-questionnaires.js';
import { seedReports } from './seed-record-reports.js';
import { rng } from './seed-record-util.js';

/**
 * Each client's record, relative to `now`: six months of reports and measurements, two
 * questionnaires each, two care-plan versions for Noah and Els, and two months of access log.
 */
export function seedRecord(db: Db, now: number): void {
  // One fixed random source per part, so changing one part leaves the others as they were.
  seedReports(db, now, rng(1));
  seedMeasurements(db, now, rng(2));
  seedQuestionnaires(db, now);
  seedPlans(db, now);
  seedAccessLog(db, now, rng(3));
}

/** 10,000+ reports and 10,000+ measurements for Noah, for lists and exports that must stay fast. */
export function seedLargeRecord(db: Db, now: number): void {
  seedLargeReports(db, now, rng(4));
  seedLargeMeasurements(db, now, rng(5));
}
