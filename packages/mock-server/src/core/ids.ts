/** Secrets: codes and tokens are random (record ids are deterministic, see `newId` in the store). */

/** `count` random decimal digits from the platform's cryptographic generator. */
export function randomDigits(count: number): string {
  const bytes = new Uint32Array(count);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => String(b % 10)).join('');
}

/** A random URL-safe token of `bytes` random bytes. */
export function randomToken(bytes = 24): string {
  const data = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(data);
  return Array.from(data, (b) => b.toString(16).padStart(2, '0')).join('');
}
