import { newId, type Db } from './db.js';
import type { AppointmentRecord } from './types.js';
import { seedAuthor, seedTimes, type SeedTimes } from './seed-interaction-time.js';

/** A recurring care visit: on these weekdays (0 = Sunday), staff taking turns day by day. */
interface Visit {
  title: string;
  staff: string[];
  weekdays: number[];
  from: string;
  to: string;
  notes?: string;
}

/** A single appointment: by care staff (`care`) or added by a portal user (`own`). */
interface Single {
  title: string;
  by: string;
  kind: 'care' | 'own';
  day: number;
  from: string;
  to: string;
  visibility?: 'public' | 'private';
  location?: string;
  notes?: string;
  /** When it was put in the agenda, in days before now. */
  addedDaysAgo: number;
}

const DAILY = [0, 1, 2, 3, 4, 5, 6];

const visits: Record<string, Visit[]> = {
  'cl-noah': [
    {
      title: 'Verpleegkundige zorg',
      staff: ['st-anna'],
      weekdays: [1, 3, 5],
      from: '07:30',
      to: '08:15',
      notes: 'Sondevoeding, medicatie en saturatie meten.',
    },
    {
      title: 'Pedagogische begeleiding',
      staff: ['st-fatima'],
      weekdays: [2, 4],
      from: '15:30',
      to: '17:00',
    },
  ],
  'cl-lotte': [
    {
      title: 'Pedagogische begeleiding',
      staff: ['st-fatima'],
      weekdays: [3],
      from: '09:00',
      to: '10:30',
    },
  ],
  'cl-els': [
    {
      title: 'Ochtendzorg: wassen en aankleden',
      staff: ['st-anna', 'st-ruud'],
      weekdays: DAILY,
      from: '08:00',
      to: '08:45',
    },
    {
      title: 'Steunkousen uittrekken',
      staff: ['st-ruud', 'st-anna'],
      weekdays: DAILY,
      from: '21:00',
      to: '21:15',
    },
  ],
  'cl-henk': [
    {
      title: 'Insuline toedienen en glucose meten',
      staff: ['st-ruud'],
      weekdays: DAILY,
      from: '08:00',
      to: '08:15',
    },
    {
      title: 'Insuline toedienen en glucose meten',
      staff: ['st-ruud'],
      weekdays: DAILY,
      from: '17:30',
      to: '17:45',
    },
  ],
};

const singles: Record<string, Single[]> = {
  'cl-noah': [
    {
      title: 'Evaluatiegesprek zorgplan',
      by: 'st-joost',
      kind: 'care',
      day: 9,
      from: '10:00',
      to: '11:00',
      location: 'Thuis, Lindelaan 12',
      notes: 'We bespreken de nieuwe versie van het zorgplan.',
      addedDaysAgo: 1,
    },
    {
      title: 'Controle kinderarts',
      by: 'u-sanne',
      kind: 'own',
      visibility: 'public',
      day: 5,
      from: '09:15',
      to: '09:45',
      location: 'Tergooi MC, Hilversum',
      notes: 'Medicijnlijst meenemen.',
      addedDaysAgo: 6,
    },
    {
      title: 'Oudergesprek school',
      by: 'u-sanne',
      kind: 'own',
      visibility: 'private',
      day: 3,
      from: '19:00',
      to: '19:30',
      addedDaysAgo: 4,
    },
    {
      title: 'Zwemles',
      by: 'u-mark',
      kind: 'own',
      visibility: 'public',
      day: 2,
      from: '16:00',
      to: '16:45',
      location: 'Zwembad De Lieberg',
      addedDaysAgo: 4,
    },
  ],
  'cl-lotte': [
    {
      title: 'Huisbezoek zorgcoördinator',
      by: 'st-joost',
      kind: 'care',
      day: 16,
      from: '14:00',
      to: '15:00',
      addedDaysAgo: 6,
    },
    {
      title: 'Consultatiebureau',
      by: 'u-sanne',
      kind: 'own',
      visibility: 'public',
      day: 8,
      from: '10:30',
      to: '11:00',
      location: 'Consultatiebureau Hilversum-Oost',
      addedDaysAgo: 10,
    },
  ],
  'cl-els': [
    {
      title: 'Evaluatiegesprek zorgplan',
      by: 'st-joost',
      kind: 'care',
      day: 6,
      from: '14:00',
      to: '15:00',
      notes: 'Uw dochter Marieke is ook welkom.',
      addedDaysAgo: 0.2,
    },
    {
      title: 'Kapper',
      by: 'u-els',
      kind: 'own',
      visibility: 'public',
      day: 2,
      from: '10:00',
      to: '10:45',
      location: 'Kapsalon Knipwerk, Vaartweg 20',
      addedDaysAgo: 12,
    },
    {
      title: 'Bridgeclub',
      by: 'u-els',
      kind: 'own',
      visibility: 'private',
      day: 4,
      from: '14:00',
      to: '16:30',
      addedDaysAgo: 20,
    },
  ],
  'cl-henk': [
    {
      title: 'Oogcontrole',
      by: 'u-henk',
      kind: 'own',
      visibility: 'public',
      day: 10,
      from: '11:20',
      to: '11:40',
      location: 'Oogheelkunde Tergooi MC',
      addedDaysAgo: 7,
    },
    {
      title: 'Visclub',
      by: 'u-henk',
      kind: 'own',
      visibility: 'private',
      day: 5,
      from: '07:00',
      to: '12:00',
      addedDaysAgo: 3,
    },
  ],
};

type Stored = AppointmentRecord & { createdAt: number };

function recurring(db: Db, t: SeedTimes, clientId: string, visit: Visit): Stored[] {
  const out: Stored[] = [];
  for (let day = -14; day <= 28; day += 1) {
    if (!visit.weekdays.includes(t.weekday(day))) continue;
    const start = t.on(day, visit.from);
    const staff =
      visit.staff[((day % visit.staff.length) + visit.staff.length) % visit.staff.length]!;
    out.push({
      id: '',
      clientId,
      kind: 'care',
      title: visit.title,
      start: new Date(start).toISOString(),
      end: new Date(t.on(day, visit.to)).toISOString(),
      location: 'Thuis',
      ...(visit.notes ? { notes: visit.notes } : {}),
      visibility: 'public',
      createdBy: seedAuthor(db, clientId, staff),
      createdByUserId: null,
      // Care is planned four weeks ahead.
      createdAt: Math.min(start - 28 * 86_400_000, t.now - 14 * 86_400_000),
    });
  }
  return out;
}

function single(db: Db, t: SeedTimes, clientId: string, s: Single): Stored {
  const own = s.kind === 'own';
  return {
    id: '',
    clientId,
    kind: s.kind,
    title: s.title,
    start: new Date(t.on(s.day, s.from)).toISOString(),
    end: new Date(t.on(s.day, s.to)).toISOString(),
    ...(s.location ? { location: s.location } : {}),
    ...(s.notes ? { notes: s.notes } : {}),
    visibility: own ? (s.visibility ?? 'public') : 'public',
    createdBy: seedAuthor(db, clientId, s.by),
    createdByUserId: own ? s.by : null,
    createdAt: t.ago(s.addedDaysAgo * 24),
  };
}

/** Every client's care visits (two weeks back, four ahead) and a few own appointments. */
export function seedAgenda(db: Db, now: number): void {
  const t = seedTimes(now);
  for (const clientId of Object.keys(visits)) {
    const all = [
      ...(visits[clientId] ?? []).flatMap((v) => recurring(db, t, clientId, v)),
      ...(singles[clientId] ?? []).map((s) => single(db, t, clientId, s)),
    ].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (const a of all) db.appointments.push({ ...a, id: newId(db, 'ap') });
  }
}
