import { newId, type Db } from './db.js';
import type { AuthorRef, MeasurementRecord } from './types.js';
import { at, round, staffAuthor, type Rng } from './seed-record-util.js';

type Kind = MeasurementRecord['kind'];

/** A kind measured regularly for a client: how often, around which value, how often out of range. */
interface Series {
  clientId: string;
  kind: Kind;
  /** Measured every this many days, over the last `days` days. */
  every: number;
  days: number;
  hour: number;
  /** The usual value `daysAgo` days ago, before noise. */
  base: (daysAgo: number) => number;
  noise: number;
  /** A value outside the reference range now and then, with the note the nurse wrote. */
  outlier?: { chance: number; low: number; high: number; note?: string };
  by: (r: Rng) => AuthorRef | undefined;
}

const decimals: Record<Kind, number> = {
  weight: 1,
  temperature: 1,
  pulse: 0,
  'blood-pressure-systolic': 0,
  'blood-pressure-diastolic': 0,
  'blood-glucose': 1,
  'oxygen-saturation': 0,
};

function measure(db: Db, r: Rng, now: number, s: Series): void {
  for (let d = s.days; d >= 0; d -= s.every) {
    const time = at(now, d, s.hour, r.int(0, 25));
    if (time > now) continue;
    const out = s.outlier && r.chance(s.outlier.chance) ? s.outlier : undefined;
    const raw = out
      ? out.low + r.next() * (out.high - out.low)
      : s.base(d) + (r.next() * 2 - 1) * s.noise;
    const by = s.by(r);
    db.measurements.push({
      id: newId(db, 'ms'),
      clientId: s.clientId,
      kind: s.kind,
      value: round(raw, decimals[s.kind]),
      measuredAt: time,
      ...(by ? { measuredBy: by } : {}),
      ...(out?.note ? { note: out.note } : {}),
    });
  }
}

/** Noah: weight weekly; temperature, saturation and pulse every morning. */
function noahSeries(db: Db): Series[] {
  const anna = () => staffAuthor(db, 'st-anna');
  const c = { clientId: 'cl-noah', days: 182, by: anna };
  return [
    { ...c, kind: 'weight', every: 7, hour: 7, base: (d) => 21.0 - d * 0.004, noise: 0.15 },
    {
      ...c,
      kind: 'temperature',
      every: 1,
      hour: 7,
      base: () => 36.7,
      noise: 0.4,
      outlier: { chance: 0.03, low: 38.0, high: 38.9, note: 'Koorts, paracetamol gegeven.' },
    },
    {
      ...c,
      kind: 'oxygen-saturation',
      every: 1,
      hour: 6,
      base: () => 97.5,
      noise: 2,
      outlier: { chance: 0.04, low: 91, high: 94, note: 'Gemeten na alarm van de saturatiemeter.' },
    },
    {
      ...c,
      kind: 'pulse',
      every: 1,
      hour: 7,
      base: () => 88,
      noise: 8,
      outlier: { chance: 0.04, low: 104, high: 115, note: 'Na een onrustige nacht.' },
    },
  ];
}

/** Els: weight and saturation weekly, blood pressure twice a week, blood sugar daily. */
function elsSeries(db: Db): Series[] {
  const nurse = (r: Rng) => staffAuthor(db, r.pick(['st-anna', 'st-ruud']));
  const c = { clientId: 'cl-els', days: 182, by: nurse, hour: 8 };
  const high = (low: number, high: number, note?: string) => ({ chance: 0.08, low, high, note });
  return [
    { ...c, kind: 'weight', every: 7, base: (d) => 66.6 + d * 0.01, noise: 0.3 },
    { ...c, kind: 'temperature', every: 7, base: () => 36.8, noise: 0.3 },
    { ...c, kind: 'pulse', every: 2, base: () => 74, noise: 8, outlier: high(101, 108) },
    {
      ...c,
      kind: 'blood-pressure-systolic',
      every: 3,
      base: () => 132,
      noise: 7,
      outlier: high(142, 152, 'Huisarts ingelicht.'),
    },
    { ...c, kind: 'blood-pressure-diastolic', every: 3, base: () => 80, noise: 6 },
    {
      ...c,
      kind: 'blood-glucose',
      every: 1,
      base: () => 7.2,
      noise: 1.8,
      outlier: high(10.5, 12.4, 'Na een stuk taart op de verjaardag van haar buurvrouw.'),
    },
    { ...c, kind: 'oxygen-saturation', every: 7, base: () => 96.5, noise: 1.2 },
  ];
}

/** Lotte and Henk: a few values each. */
function otherSeries(db: Db): Series[] {
  const fatima = () => staffAuthor(db, 'st-fatima');
  const henk: AuthorRef = { id: 'u-henk', name: 'Henk Visser', kind: 'client' };
  return [
    {
      clientId: 'cl-lotte',
      kind: 'weight',
      every: 30,
      days: 180,
      hour: 15,
      base: (d) => 16.4 - d * 0.003,
      noise: 0.1,
      by: fatima,
    },
    {
      clientId: 'cl-lotte',
      kind: 'temperature',
      every: 7,
      days: 182,
      hour: 15,
      base: () => 36.9,
      noise: 0.3,
      outlier: { chance: 0.08, low: 38.1, high: 38.7, note: 'Verkouden, moeder ingelicht.' },
      by: fatima,
    },
    {
      clientId: 'cl-henk',
      kind: 'blood-glucose',
      every: 1,
      days: 10,
      hour: 9,
      base: () => 8.6,
      noise: 2.6,
      by: (r) => (r.chance(0.5) ? henk : staffAuthor(db, 'st-ruud')),
    },
    {
      clientId: 'cl-henk',
      kind: 'weight',
      every: 7,
      days: 10,
      hour: 9,
      base: () => 92.3,
      noise: 0.3,
      by: () => staffAuthor(db, 'st-ruud'),
    },
  ];
}

/** Months of measurements of several kinds, with a few values outside the reference range. */
export function seedMeasurements(db: Db, now: number, r: Rng): void {
  for (const s of [...noahSeries(db), ...elsSeries(db), ...otherSeries(db)]) measure(db, r, now, s);
}
