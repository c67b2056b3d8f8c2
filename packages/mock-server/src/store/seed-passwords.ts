import type { PasswordHash } from '../core/secrets.js';

/**
 * The hashes of the seed's two passwords (`DEMO_PASSWORD`, `FIRST_PASSWORD`), made once with
 * `hashPassword` so that resetting the store derives nothing: tests reset it very often. Each has
 * its own random salt; accounts seeded with the same password share its record.
 */
export const seedPasswordHashes = {
  demo: {
    algorithm: 'PBKDF2-SHA-256',
    iterations: 600_000,
    salt: '6b00f765176b356a28bb5ec49fd4d8c8',
    hash: '3aa5289adc45559c42287c59dd35fbca49458fa4663eb415a749afaa591f3c98',
  },
  first: {
    algorithm: 'PBKDF2-SHA-256',
    iterations: 600_000,
    salt: '4339c104dd89ce28f20ccb8d705f7350',
    hash: '9742c0e7c4efa08364bd86e3c35921451dd91872367df7ad30477e600e14b090',
  },
} satisfies Record<string, PasswordHash>;
