import { newId, type Db } from './db.js';
import type { AccessLogRecord } from './types.js';
import { rng } from './seed-record-util.js';

const MINUTE = 60_000;

/** Who reads Noah's record in the large data set, and from where. */
const readers: Array<Pick<AccessLogRecord, 'actor' | 'origin'>> = [
  {
    actor: { name: 'Anna Bakker', kind: 'care-staff' },
    origin: { channel: 'care-record', address: '10.20.0.x', device: 'computer' },
  },
  {
    actor: { name: 'Fatima El Amrani', kind: 'care-staff' },
    origin: { channel: 'care-record', address: '10.20.0.x', device: 'computer' },
  },
  {
    actor: { name: 'Sanne de Vries', kind: 'contact' },
    origin: { channel: 'portal', address: '84.241.192.x', device: 'phone' },
  },
];
const resources = ['reports', 'measurements', 'plans', 'profile', 'appointments'] as const;

/** 20,000 lines of Noah's access log over the last year: a list that must stay fast (X5). */
export function seedLargeAccessLog(db: Db, now: number): void {
  const r = rng(6);
  const client = db.clients.get('cl-noah');
  if (!client) return;
  for (let i = 20_000; i > 0; i--) {
    const reader = r.pick(readers);
    db.accessLog.push({
      id: newId(db, 'al'),
      clientId: client.id,
      at: now - i * 26 * MINUTE - r.int(0, 20) * MINUTE,
      actor: { ...reader.actor },
      onBehalfOf: client.name,
      action: r.chance(0.2) ? 'write' : 'read',
      resource: r.pick(resources),
      origin: { ...reader.origin },
    });
  }
}
