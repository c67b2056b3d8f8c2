/**
 * What the store keeps instead of secrets, as a real server must: a salted slow hash (PBKDF2 with
 * SHA-256) of each password, and a SHA-256 digest of each code, reset token, session id and
 * device id. Web Crypto only, so Node and the page share one implementation.
 */

/** A password as stored: PBKDF2-SHA-256 with its own random salt and its iteration count. */
export interface PasswordHash {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** Random salt, hex. */
  salt: string;
  /** The 32-byte derived key, hex. */
  hash: string;
}

/**
 * Iterations for new password hashes: OWASP's 2023 figure for PBKDF2-HMAC-SHA-256, what a real
 * server should use (raise it as hardware gets faster). The organisation setting
 * `passwordIterations` overrides it; each stored hash keeps the count it was made with.
 */
export const PASSWORD_ITERATIONS = 600_000;

const subtle = () => globalThis.crypto.subtle;
const encode = (text: string) => new TextEncoder().encode(text);
const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await subtle().importKey('raw', encode(password), 'PBKDF2', false, ['deriveBits']);
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations };
  return toHex(new Uint8Array(await subtle().deriveBits(params, key, 256)));
}

/** Compares two hex strings in time that depends on their length only. */
export function sameHex(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++)
    difference |= a.charCodeAt(i) ^ (b.charCodeAt(i % b.length) || 0);
  return difference === 0;
}

/** A new password hash with a fresh 16-byte random salt. */
export async function hashPassword(
  password: string,
  iterations = PASSWORD_ITERATIONS,
): Promise<PasswordHash> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toHex(salt), hash };
}

/** Whether `password` is the one behind `stored` (compared in constant time). */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const hash = await derive(password, fromHex(stored.salt), stored.iterations);
  return sameHex(hash, stored.hash);
}

/** The SHA-256 digest (hex) of a high-entropy, short-lived secret: a code, token or id. */
export async function digest(secret: string): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest('SHA-256', encode(secret))));
}

/**
 * The request's cookies with the session and device ids replaced by their digests: the store
 * keeps only digests, so a handler looks a session or device up by what this returns.
 */
export async function withSecretCookieDigests(
  cookies: Record<string, string>,
  names: readonly string[],
): Promise<Record<string, string>> {
  const hashed = { ...cookies };
  for (const name of names) {
    const value = cookies[name];
    if (value) hashed[name] = await digest(value);
  }
  return hashed;
}
