import { contract } from '../generated/contract.js';
import type { Db } from './db.js';
import type { GrantRecord, Section, UserRecord } from './types.js';
import { seedPasswordHash } from './seed-passwords.js';
import { DEMO_PASSWORD, FIRST_PASSWORD } from '../demo-sign-in.js';

/** Every section: what a client has in their own portal (the contract's `Section`, in its order). */
export const allSections = (contract.components.schemas!.Section as { enum: Section[] }).enum;

export { DEMO_PASSWORD, FIRST_PASSWORD };

/** The demo accounts, one per sign-in situation (listed in the README). */
export const demoAccounts = [
  {
    username: 'e.jansen',
    password: DEMO_PASSWORD,
    situation: 'ready: a client at home, every section',
  },
  {
    username: 's.devries',
    password: DEMO_PASSWORD,
    situation: 'ready: a parent acting for two children (Noah and Lotte)',
  },
  {
    username: 'm.devries',
    password: DEMO_PASSWORD,
    situation: 'ready: a parent with only some sections for Noah',
  },
  {
    username: 'h.visser',
    password: FIRST_PASSWORD,
    situation: 'first sign-in: change the password, accept the terms',
  },
  {
    username: 'm.jansen',
    password: FIRST_PASSWORD,
    situation: 'invited daughter: first sign-in, then accept the invitation',
  },
] as const;

function user(
  db: Db,
  lastVisit: number,
  id: string,
  username: string,
  name: string,
  email: string,
  phone: string,
  ready: boolean,
): UserRecord {
  const record: UserRecord = {
    id,
    username,
    name,
    email,
    phone,
    passwordHash: seedPasswordHash(ready ? 'demo' : 'first', db.settings.passwordIterations),
    mustChangePassword: !ready,
    acceptedTermsVersion: ready ? db.settings.terms.version : null,
    failedPasswordAttempts: 0,
    lockedUntil: 0,
    trustedDevices: new Set(),
    // Ready accounts visited three days ago, so the start screen shows realistic "new" badges.
    lastSignInAt: ready ? lastVisit : null,
    previousSignInAt: null,
  };
  db.users.set(id, record);
  return record;
}

function grant(db: Db, g: Omit<GrantRecord, 'id'> & { id: string }) {
  db.grants.push(g);
}

/** Clients, care staff, portal accounts, access grants and one pending invitation. */
export function seedPeople(db: Db, now: number): void {
  const staff = [
    { id: 'st-joost', name: 'Joost Meijer', role: 'coordinator', phone: '035 - 6 924 900' },
    { id: 'st-anna', name: 'Anna Bakker', role: 'nurse', phone: '035 - 6 924 901' },
    {
      id: 'st-fatima',
      name: 'Fatima El Amrani',
      role: 'pedagogical-worker',
      phone: '035 - 6 924 902',
    },
    { id: 'st-ruud', name: 'Ruud Smit', role: 'nurse' },
  ] as const;
  for (const s of staff) db.staff.set(s.id, { ...s });
  const team = (...ids: string[]) => ids.map((id) => ({ ...db.staff.get(id)! }));
  const kinds = defaultKinds();

  db.clients.set('cl-noah', {
    id: 'cl-noah',
    name: 'Noah de Vries',
    careTeam: team('st-joost', 'st-anna', 'st-fatima'),
    measurementKinds: kinds.filter((k) =>
      ['weight', 'temperature', 'oxygen-saturation', 'pulse'].includes(k.code),
    ),
    profile: {
      name: 'Noah de Vries',
      dateOfBirth: '2019-03-14',
      address: { street: 'Lindelaan 12', postalCode: '1234 AB', city: 'Hilversum' },
      phone: '035 - 123 45 67',
      insurance: { insurer: 'Zorgverzekeraar Gooi', policyNumber: 'ZG-884120' },
      gp: {
        name: 'Dr. L. Hendriks',
        practice: 'Huisartsenpraktijk Kerkelanden',
        phone: '035 - 621 00 00',
      },
      contacts: [
        {
          name: 'Sanne de Vries',
          relation: 'Moeder',
          phone: '06 - 11 22 33 44',
          email: 'sanne@example.nl',
        },
        {
          name: 'Mark de Vries',
          relation: 'Vader',
          phone: '06 - 55 66 77 88',
          email: 'mark@example.nl',
        },
      ],
    },
  });
  db.clients.set('cl-lotte', {
    id: 'cl-lotte',
    name: 'Lotte de Vries',
    careTeam: team('st-joost', 'st-fatima'),
    measurementKinds: kinds.filter((k) => ['weight', 'temperature'].includes(k.code)),
    profile: {
      name: 'Lotte de Vries',
      dateOfBirth: '2022-08-02',
      address: { street: 'Lindelaan 12', postalCode: '1234 AB', city: 'Hilversum' },
      insurance: { insurer: 'Zorgverzekeraar Gooi', policyNumber: 'ZG-884121' },
      gp: { name: 'Dr. L. Hendriks', practice: 'Huisartsenpraktijk Kerkelanden' },
      contacts: [{ name: 'Sanne de Vries', relation: 'Moeder', phone: '06 - 11 22 33 44' }],
    },
  });
  db.clients.set('cl-els', {
    id: 'cl-els',
    name: 'Els Jansen',
    careTeam: team('st-joost', 'st-anna', 'st-ruud'),
    measurementKinds: kinds,
    profile: {
      name: 'Els Jansen',
      dateOfBirth: '1941-05-30',
      address: { street: 'Vaartweg 88', postalCode: '1217 SV', city: 'Hilversum' },
      phone: '035 - 987 65 43',
      email: 'els.jansen@example.nl',
      insurance: { insurer: 'Zorgverzekeraar Gooi', policyNumber: 'ZG-102938' },
      gp: {
        name: 'Dr. M. Koster',
        practice: 'Gezondheidscentrum Vaartweg',
        phone: '035 - 640 11 11',
      },
      contacts: [
        {
          name: 'Marieke Jansen',
          relation: 'Dochter',
          phone: '06 - 98 76 54 32',
          email: 'marieke@example.nl',
        },
      ],
    },
  });
  db.clients.set('cl-henk', {
    id: 'cl-henk',
    name: 'Henk Visser',
    careTeam: team('st-joost', 'st-ruud'),
    measurementKinds: kinds.filter((k) => ['blood-glucose', 'weight'].includes(k.code)),
    profile: {
      name: 'Henk Visser',
      dateOfBirth: '1950-11-02',
      address: { street: 'Larenseweg 3', postalCode: '1221 CJ', city: 'Hilversum' },
      contacts: [],
    },
  });

  user(
    db,
    now - 3 * 86_400_000,
    'u-els',
    'e.jansen',
    'Els Jansen',
    'els.jansen@example.nl',
    '0611111111',
    true,
  );
  user(
    db,
    now - 3 * 86_400_000,
    'u-sanne',
    's.devries',
    'Sanne de Vries',
    'sanne@example.nl',
    '0611223344',
    true,
  );
  user(
    db,
    now - 3 * 86_400_000,
    'u-mark',
    'm.devries',
    'Mark de Vries',
    'mark@example.nl',
    '0655667788',
    true,
  );
  user(
    db,
    now - 3 * 86_400_000,
    'u-henk',
    'h.visser',
    'Henk Visser',
    'henk.visser@example.nl',
    '0622334455',
    false,
  );
  user(
    db,
    now - 3 * 86_400_000,
    'u-marieke',
    'm.jansen',
    'Marieke Jansen',
    'marieke@example.nl',
    '0698765432',
    false,
  );

  const common = { status: 'active' as const };
  grant(db, {
    id: 'pe-els',
    clientId: 'cl-els',
    userId: 'u-els',
    name: 'Els Jansen',
    email: 'els.jansen@example.nl',
    phone: '0611111111',
    relation: 'self',
    relationLabel: 'Cliënt',
    sections: [...allSections],
    ...common,
  });
  grant(db, {
    id: 'pe-marieke',
    clientId: 'cl-els',
    userId: 'u-marieke',
    name: 'Marieke Jansen',
    email: 'marieke@example.nl',
    phone: '0698765432',
    relation: 'child',
    relationLabel: 'Dochter',
    sections: ['appointments', 'messages', 'reports', 'measurements', 'plans', 'profile'],
    status: 'invited',
  });
  grant(db, {
    id: 'pe-sanne-noah',
    clientId: 'cl-noah',
    userId: 'u-sanne',
    name: 'Sanne de Vries',
    email: 'sanne@example.nl',
    phone: '0611223344',
    relation: 'parent',
    relationLabel: 'Moeder',
    sections: [...allSections],
    ...common,
  });
  grant(db, {
    id: 'pe-mark-noah',
    clientId: 'cl-noah',
    userId: 'u-mark',
    name: 'Mark de Vries',
    email: 'mark@example.nl',
    phone: '0655667788',
    relation: 'parent',
    relationLabel: 'Vader',
    sections: ['appointments', 'messages', 'reports', 'measurements'],
    ...common,
  });
  grant(db, {
    id: 'pe-sanne-lotte',
    clientId: 'cl-lotte',
    userId: 'u-sanne',
    name: 'Sanne de Vries',
    email: 'sanne@example.nl',
    phone: '0611223344',
    relation: 'parent',
    relationLabel: 'Moeder',
    sections: [...allSections],
    ...common,
  });
  grant(db, {
    id: 'pe-henk',
    clientId: 'cl-henk',
    userId: 'u-henk',
    name: 'Henk Visser',
    email: 'henk.visser@example.nl',
    phone: '0622334455',
    relation: 'self',
    relationLabel: 'Cliënt',
    sections: [...allSections],
    ...common,
  });
  grant(db, {
    id: 'pe-oma',
    clientId: 'cl-noah',
    userId: null,
    name: 'Joke de Vries',
    email: 'oma.joke@example.nl',
    phone: '0612345678',
    relation: 'family',
    relationLabel: 'Oma',
    sections: [],
    status: 'no-access',
  });

  db.invitations.push({
    id: 'inv-1',
    userId: 'u-marieke',
    clientId: 'cl-els',
    grantId: 'pe-marieke',
    invitedBy: 'Els Jansen',
    invitedAt: now - 2 * 86_400_000,
    status: 'pending',
  });
  db.ids = { ...db.ids, inv: 1 };
}

/** The kinds of measurement with units and reference ranges. */
export function defaultKinds(): Array<
  import('@clientportal/sdk/generated').components['schemas']['MeasurementKind']
> {
  return [
    { code: 'weight', name: 'Gewicht', unit: 'kg', decimals: 1 },
    {
      code: 'temperature',
      name: 'Temperatuur',
      unit: '°C',
      decimals: 1,
      referenceRange: { low: 36.0, high: 37.5 },
    },
    {
      code: 'pulse',
      name: 'Hartslag',
      unit: 'slagen/min',
      decimals: 0,
      referenceRange: { low: 60, high: 100 },
    },
    {
      code: 'blood-pressure-systolic',
      name: 'Bloeddruk bovendruk',
      unit: 'mmHg',
      decimals: 0,
      referenceRange: { low: 90, high: 140 },
    },
    {
      code: 'blood-pressure-diastolic',
      name: 'Bloeddruk onderdruk',
      unit: 'mmHg',
      decimals: 0,
      referenceRange: { low: 60, high: 90 },
    },
    {
      code: 'blood-glucose',
      name: 'Bloedglucose',
      unit: 'mmol/l',
      decimals: 1,
      referenceRange: { low: 4.0, high: 10.0 },
    },
    {
      code: 'oxygen-saturation',
      name: 'Zuurstofsaturatie',
      unit: '%',
      decimals: 0,
      referenceRange: { low: 95, high: 100 },
    },
  ];
}
