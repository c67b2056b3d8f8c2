import type { PasswordHash } from '../core/secrets.js';

/** Iterations that Node tests use (`passwordIterations`): fast, never for a real server. */
export const TEST_PASSWORD_ITERATIONS = 1_000;

const record = (iterations: number, salt: string, hash: string): PasswordHash => ({
  algorithm: 'PBKDF2-SHA-256',
  iterations,
  salt,
  hash,
});

/**
 * The hashes of the seed's two passwords (`DEMO_PASSWORD`, `FIRST_PASSWORD`), made once with
 * `hashPassword` so that resetting the store derives nothing: tests reset it very often. Each has
 * its own random salt; accounts seeded with the same password share it. One pair per iteration
 * count: the production default and the tests' count.
 */
const seedHashes: Record<number, { demo: PasswordHash; first: PasswordHash }> = {
  600_000: {
    demo: record(
      600_000,
      '6b00f765176b356a28bb5ec49fd4d8c8',
      '3aa5289adc45559c42287c59dd35fbca49458fa4663eb415a749afaa591f3c98',
    ),
    first: record(
      600_000,
      '4339c104dd89ce28f20ccb8d705f7350',
      '9742c0e7c4efa08364bd86e3c35921451dd91872367df7ad30477e600e14b090',
    ),
  },
  [TEST_PASSWORD_ITERATIONS]: {
    demo: record(
      TEST_PASSWORD_ITERATIONS,
      'adf0a370b91b130429bb2c44906d119f',
      'ca070ba3d874bcecb6c207aaf97da3d1d21dda11875029b27d4a52b4df11a636',
    ),
    first: record(
      TEST_PASSWORD_ITERATIONS,
      'cccfbdce81a01e64b7946d2f7cf93c0b',
      '6fb055f2954eb87bff2e8369787069b319843a1ca82324abe2552416c0e1f9b9',
    ),
  },
};

/** A copy of the seed hash of a password at this iteration count (else the production one). */
export function seedPasswordHash(password: 'demo' | 'first', iterations: number): PasswordHash {
  return { ...(seedHashes[iterations] ?? seedHashes[600_000]!)[password] };
}
