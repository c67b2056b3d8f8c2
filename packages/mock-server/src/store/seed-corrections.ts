import { newId, type Db } from './db.js';
import { DAY } from './seed-record-util.js';

/** A few answered correction requests (X11), so every status shows in the demo. */
export function seedCorrections(db: Db, now: number): void {
  const add = (
    clientId: string,
    userId: string,
    daysAgo: number,
    request: Pick<
      Db['correctionRequests'][number],
      'subject' | 'wrong' | 'correct' | 'status' | 'declineReason'
    >,
  ) => {
    const user = db.users.get(userId);
    if (!user || !db.clients.has(clientId)) return;
    db.correctionRequests.push({
      id: newId(db, 'cr'),
      clientId,
      requestedBy: user.name,
      requestedByUserId: user.id,
      createdAt: now - daysAgo * DAY,
      updatedAt: now - (daysAgo - 1) * DAY,
      ...request,
    });
  };
  add('cl-els', 'u-els', 20, {
    subject: { kind: 'profile', field: 'phone' },
    wrong: 'Mijn oude telefoonnummer staat er nog.',
    correct: '035 - 987 65 43',
    status: 'corrected',
  });
  add('cl-els', 'u-els', 9, {
    subject: { kind: 'profile', field: 'gp' },
    wrong: 'Ik heb een andere huisarts.',
    correct: 'Dr. P. de Wit, Huisartsenpraktijk Oost',
    status: 'declined',
    declineReason: 'Wij hebben nog geen bericht van de nieuwe huisarts. Wilt u het hem vragen?',
  });
}
