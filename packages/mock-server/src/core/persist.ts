import type { Db } from '../store/db.js';

/**
 * Turns the store into text (Maps and Sets included), as a server would write it to disk. The
 * store holds only hashes of passwords, codes, tokens and ids; the outbox (the SMS and e-mails
 * "sent", with their codes, links and first passwords) is left out: those live on the person's
 * phone and in their mailbox, not on the server, so nothing saved lets anyone sign in.
 */
export function serializeDb(db: Db): string {
  return JSON.stringify({ ...db, outbox: [] }, (_key, value: unknown) => {
    if (value instanceof Map) return { __map: [...value.entries()] };
    if (value instanceof Set) return { __set: [...value.values()] };
    return value;
  });
}

/** The store back from `serializeDb`. */
export function deserializeDb(text: string): Db {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object') {
      if ('__map' in value) return new Map((value as { __map: [unknown, unknown][] }).__map);
      if ('__set' in value) return new Set((value as { __set: unknown[] }).__set);
    }
    return value;
  }) as Db;
}
