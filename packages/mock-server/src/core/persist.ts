import type { Db } from '../store/db.js';

/** Turns the store into text (Maps and Sets included), for keeping it across page reloads. */
export function serializeDb(db: Db): string {
  return JSON.stringify(db, (_key, value: unknown) => {
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
