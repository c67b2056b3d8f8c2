import { newId, type Db } from './db.js';
import type { ReportRecord } from './types.js';
import { elsSlots, lotteSlots, noahSlots, type ReportSlot } from './seed-record-texts.js';
import { at, DAY, fill, staffAuthor, type Rng } from './seed-record-util.js';

/** The values that vary between otherwise similar reports. */
function values(r: Rng) {
  return {
    wake: `${r.int(6, 7)}:${String(r.int(0, 5) * 10).padStart(2, '0')}`,
    ml: r.pick([150, 180, 200, 220, 250]),
    rate: r.pick([40, 45, 50]),
    temp: (37.6 + r.int(0, 8) / 10).toFixed(1).replace('.', ','),
    glu: (5.4 + r.int(0, 40) / 10).toFixed(1).replace('.', ','),
  };
}

/** One report from a slot, written at `time`. */
export function reportFromSlot(
  db: Db,
  r: Rng,
  clientId: string,
  slot: ReportSlot,
  time: number,
): ReportRecord {
  const sentences = slot.parts.map((part) => r.pick(part)).filter(Boolean);
  const [own, first] = sentences[0]!.includes('|') ? sentences[0]!.split('|') : [];
  if (first) sentences[0] = first;
  return {
    id: newId(db, 'rp'),
    clientId,
    title: own ?? r.pick(slot.titles),
    body: fill(sentences.join(' '), values(r)),
    author: staffAuthor(db, r.pick(slot.staff)),
    createdAt: time,
    category: slot.category,
  };
}

/** Reports from the slots for every day of the last `days` days, oldest first, none in the future. */
export function reportsForDays(
  db: Db,
  r: Rng,
  now: number,
  clientId: string,
  slots: readonly ReportSlot[],
  days: number,
): void {
  for (let d = days; d >= 0; d--) {
    const weekday = new Date(now - d * DAY).getUTCDay();
    for (const slot of slots) {
      if (slot.weekdays && !slot.weekdays.includes(weekday)) continue;
      if (slot.untilDaysAgo !== undefined && d < slot.untilDaysAgo) continue;
      if (slot.chance !== undefined && !r.chance(slot.chance)) continue;
      const time = at(now, d, slot.hour, r.int(0, slot.spread));
      if (time > now) continue;
      db.reports.push(reportFromSlot(db, r, clientId, slot, time));
    }
  }
}

/** Henk has only just started: days ago, hour, staff, category, title and text of each visit. */
const henkVisits: Array<[number, number, string, string, string, string]> = [
  [
    12,
    10,
    'st-joost',
    'Overleg',
    'Intakegesprek',
    'Kennismaking met meneer Visser thuis. Besproken: hulp bij het meten van de bloedsuiker, controle van de voeten en hulp bij douchen twee keer per week. Meneer is nuchter en wil graag zo zelfstandig mogelijk blijven.',
  ],
  [
    10,
    9,
    'st-ruud',
    'Medicatie',
    'Eerste bezoek',
    'Uitleg gegeven over de bloedsuikermeter. Meneer mat zelf, waarde 8,4 mmol/l na het ontbijt.',
  ],
  [
    7,
    9,
    'st-ruud',
    'Verzorging',
    'Douchen en voetcontrole',
    'Meneer geholpen met douchen. Voeten gecontroleerd: droge huid, geen wondjes. Voetcrème aangebracht.',
  ],
  [
    3,
    9,
    'st-ruud',
    'Medicatie',
    'Bloedsuiker',
    'Bloedsuiker samen gemeten, meneer doet het steeds zelfstandiger. Waarde van gisteravond was hoog (12,1); besproken wat hij gegeten had.',
  ],
];

/** Henk's reports. */
function henkReports(db: Db, now: number): void {
  for (const [daysAgo, hour, staff, category, title, body] of henkVisits) {
    db.reports.push({
      id: newId(db, 'rp'),
      clientId: 'cl-henk',
      title,
      body,
      author: staffAuthor(db, staff),
      createdAt: at(now, daysAgo, hour, 20),
      category,
    });
  }
}

/** Six months of reports: several a day for Noah, daily for Els, a few a week for Lotte. */
export function seedReports(db: Db, now: number, r: Rng): void {
  reportsForDays(db, r, now, 'cl-noah', noahSlots, 182);
  reportsForDays(db, r, now, 'cl-els', elsSlots, 182);
  reportsForDays(db, r, now, 'cl-lotte', lotteSlots, 182);
  henkReports(db, now);
  const sanne = db.users.get('u-sanne');
  if (sanne) {
    // Parents write in the dossier too (C9, "Schrijven").
    db.reports.push({
      id: newId(db, 'rp'),
      clientId: 'cl-noah',
      title: 'Weekend thuis',
      body: 'Noah had zaterdag koorts (38,4 °C), zondag ging het weer beter. Hij heeft goed gedronken en veel geslapen.',
      author: { id: sanne.id, name: sanne.name, kind: 'contact' },
      createdAt: at(now, new Date(now).getUTCDay() || 7, 21, 5),
    });
  }
}
