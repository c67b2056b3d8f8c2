// The faults the mock backend can answer with (no MSW here: browser suites import this list).

/** The kinds of fault, one list for the type, the suites and the stories. */
export const FAULT_KINDS = [
  'offline',
  'server-error',
  'unavailable',
  'rate-limited',
  'slow',
  'session-ends',
] as const;

/** One of `FAULT_KINDS`. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A fault the backend answers with until it is cleared. */
export interface Fault {
  /**
   * `offline` (network error), `server-error` (500), `unavailable` (503 with Retry-After),
   * `rate-limited` (429 with Retry-After), `slow` (the real answer after `delayMs`),
   * `session-ends` (after `delayMs` the session is gone: the real answer is 401).
   */
  kind: FaultKind;
  /** The wait before the answer (default 0; `slow` 5000). */
  delayMs?: number;
  /** The `Retry-After` seconds of 503 and 429 (default 120: longer than a client waits). */
  retryAfter?: number;
  /** Only requests whose path contains this text (default every API request). */
  path?: string;
}
