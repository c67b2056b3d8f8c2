import { newId, type Db } from './db.js';
import type { AccessLogRecord } from './types.js';
import { at, type Rng } from './seed-record-util.js';

type Actor = AccessLogRecord['actor'];

/** Who looks at a client's record, and what they usually look at. */
interface Reader {
  actor: Actor;
  /** The chance they look on a given day. */
  daily: number;
  resources: readonly string[];
  hours: readonly number[];
}

const staff = (name: string): Actor => ({ name, kind: 'care-staff' });
const nursing = ['reports', 'measurements', 'reports', 'plans', 'profile'] as const;

const readers: Record<string, Reader[]> = {
  'cl-noah': [
    { actor: staff('Anna Bakker'), daily: 0.9, resources: nursing, hours: [7, 19] },
    { actor: staff('Fatima El Amrani'), daily: 0.5, resources: ['reports'], hours: [15] },
    { actor: staff('Joost Meijer'), daily: 0.25, resources: ['plans', 'reports'], hours: [11] },
    {
      actor: { name: 'Sanne de Vries', kind: 'contact' },
      daily: 0.6,
      resources: ['reports', 'messages', 'appointments', 'measurements'],
      hours: [20, 21],
    },
    {
      actor: { name: 'Mark de Vries', kind: 'contact' },
      daily: 0.3,
      resources: ['reports', 'appointments'],
      hours: [18],
    },
  ],
  'cl-lotte': [
    { actor: staff('Fatima El Amrani'), daily: 0.4, resources: ['reports'], hours: [14] },
    {
      actor: { name: 'Sanne de Vries', kind: 'contact' },
      daily: 0.2,
      resources: ['reports'],
      hours: [21],
    },
  ],
  'cl-els': [
    { actor: staff('Anna Bakker'), daily: 0.5, resources: nursing, hours: [8] },
    { actor: staff('Ruud Smit'), daily: 0.5, resources: nursing, hours: [8, 14] },
    { actor: staff('Joost Meijer'), daily: 0.15, resources: ['plans', 'profile'], hours: [10] },
    {
      actor: { name: 'Els Jansen', kind: 'client' },
      daily: 0.4,
      resources: ['appointments', 'messages', 'reports'],
      hours: [11, 16],
    },
  ],
  'cl-henk': [
    { actor: staff('Joost Meijer'), daily: 0.3, resources: ['profile', 'plans'], hours: [10] },
    { actor: staff('Ruud Smit'), daily: 0.6, resources: ['measurements', 'reports'], hours: [9] },
  ],
};

/** Where a reader works from: staff in the care record at the office, relatives in the portal. */
function originOf(actor: Actor, r: Rng): AccessLogRecord['origin'] {
  if (actor.kind === 'care-staff') {
    return { channel: 'care-record', address: '10.20.0.x', device: 'computer' };
  }
  const device = r.chance(0.6) ? 'phone' : 'computer';
  return {
    channel: 'portal',
    address: device === 'phone' ? '84.241.192.x' : '145.53.12.x',
    device,
  };
}

/** The last two months of the access log: mostly care staff reading the record (X5). */
export function seedAccessLog(db: Db, now: number, r: Rng): void {
  for (let d = 60; d >= 0; d--) {
    for (const [clientId, list] of Object.entries(readers)) {
      // Henk only became a client two weeks ago.
      if (clientId === 'cl-henk' && d > 13) continue;
      const client = db.clients.get(clientId);
      if (!client) continue;
      for (const reader of list) {
        if (!r.chance(reader.daily)) continue;
        const time = at(now, d, r.pick(reader.hours), r.int(0, 55));
        if (time > now) continue;
        const resource = r.pick(reader.resources);
        db.accessLog.push({
          id: newId(db, 'al'),
          clientId,
          at: time,
          actor: { ...reader.actor },
          onBehalfOf: client.name,
          action: reader.actor.kind === 'care-staff' && r.chance(0.3) ? 'write' : 'read',
          resource,
          origin: originOf(reader.actor, r),
        });
      }
    }
  }
}
