import { newId, type Db } from '../store/db.js';
import type { OutboxMessage, UserRecord } from '../store/types.js';

/** Records an SMS as "sent" to the user's mobile number. */
export function sendSms(
  db: Db,
  now: number,
  user: UserRecord,
  text: string,
  code?: string,
): OutboxMessage {
  const message: OutboxMessage = {
    id: newId(db, 'out'),
    channel: 'sms',
    to: user.phone,
    userId: user.id,
    text,
    sentAt: new Date(now).toISOString(),
    ...(code ? { code } : {}),
  };
  db.outbox.push(message);
  return message;
}

/** Records an e-mail as "sent". */
export function sendEmail(
  db: Db,
  now: number,
  to: { email: string; userId: string | null },
  subject: string,
  text: string,
  link?: string,
): OutboxMessage {
  const message: OutboxMessage = {
    id: newId(db, 'out'),
    channel: 'email',
    to: to.email,
    userId: to.userId,
    subject,
    text,
    sentAt: new Date(now).toISOString(),
    ...(link ? { link } : {}),
  };
  db.outbox.push(message);
  return message;
}

/** `0611223344` → `06-•••••344`: enough for the user to recognise, not enough to misuse. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${digits.slice(0, 2)}-${'•'.repeat(Math.max(digits.length - 5, 3))}${digits.slice(-3)}`;
}
