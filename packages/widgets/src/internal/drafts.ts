import type { SessionState } from '@clientportal/sdk';

/**
 * What a person was typing in a form, kept in memory (never in web storage) so that a session
 * that ends without their choosing does not throw their words away.
 *
 * The rules, applied by `<portal-provider>` on every session change:
 * - a draft is kept when the session expires or ends for inactivity (reason `expired` or
 *   `idle`), and is there again when the same person signs in;
 * - every draft is dropped on a deliberate sign-out (reason `signed-out`) and when another
 *   person signs in;
 * - nothing is saved while nobody is signed in, and the page forgets every draft when it
 *   unloads.
 *
 * How a panel with a form uses it (a message composer, say). Never keep passwords or codes.
 * ```ts
 * const key = `messages.composer:${portal.clientId}`; // a draft belongs to one client
 * // while the person types:
 * portal.drafts.save(key, { to, text });
 * // when the form appears again after signing in:
 * const draft = portal.drafts.take<{ to: string[]; text: string }>(key);
 * // after a successful send:
 * portal.drafts.delete(key);
 * ```
 */
export interface PortalDrafts {
  /** Keeps `value` (plain data) under `key`, replacing what was there; ignored when nobody is signed in. */
  save(key: string, value: unknown): void;
  /** Returns the draft under `key` and forgets it; `undefined` when there is none. */
  take<T = unknown>(key: string): T | undefined;
  /** Forgets the draft under `key` (after it was sent, or the person emptied the form). */
  delete(key: string): void;
  /** How many drafts are kept. */
  readonly size: number;
}

/** The drafts of one provider, following its session by the rules above. */
export class DraftStore implements PortalDrafts {
  private readonly drafts = new Map<string, unknown>();
  /** The person whose drafts these are: set while signed in, kept after an involuntary end. */
  private owner: string | undefined;

  save(key: string, value: unknown): void {
    if (this.owner === undefined) return;
    this.drafts.set(key, value);
  }

  take<T = unknown>(key: string): T | undefined {
    const value = this.drafts.get(key) as T | undefined;
    this.drafts.delete(key);
    return value;
  }

  delete(key: string): void {
    this.drafts.delete(key);
  }

  get size(): number {
    return this.drafts.size;
  }

  /** Applies the rules to a new session state; the provider calls it before panels see the state. */
  follow(state: SessionState): void {
    if (state.status === 'signed-in' && state.session) {
      const user = state.session.user.id;
      if (this.owner !== undefined && this.owner !== user) this.drafts.clear();
      this.owner = user;
    } else if (state.status === 'signed-out' && state.reason === 'signed-out') {
      this.drafts.clear();
      this.owner = undefined;
    }
  }
}
