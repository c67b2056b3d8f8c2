import type { Client } from 'openapi-fetch';
import { toApiError, unwrap } from './errors.js';
import { IdleTimer } from './idle-timer.js';
import type { SdkPaths, Session, SignInState } from './types.js';
import type {
  SessionEventMap,
  SessionState,
  SessionStore,
  SignedOutReason,
} from './session-types.js';

/** What a session store is built from. */
export interface SessionStoreOptions {
  api: Client<SdkPaths>;
  /** The local clock in ms. */
  now: () => number;
  /** Seconds before the idle expiry that `idle-warning` fires. */
  idleWarningSeconds: number;
}

/**
 * The least time left that the store believes for a live session. Client and server clocks can
 * disagree; without this floor a skewed clock would confirm the session with the server in a loop.
 */
const MIN_LEFT_MS = 10_000;

/** The session store behind `PortalClient.session`; the extra methods are for the SDK itself. */
export class PortalSessionStore extends EventTarget implements SessionStore {
  private state: SessionState = { status: 'unknown' };
  private readonly listeners = new Set<(state: SessionState) => void>();
  private readonly timer: IdleTimer;
  private readonly api: Client<SdkPaths>;
  private readonly now: () => number;
  /** Bumped whenever the session ends, so answers to older requests are ignored. */
  private epoch = 0;

  constructor(options: SessionStoreOptions) {
    super();
    this.api = options.api;
    this.now = options.now;
    this.timer = new IdleTimer(
      {
        now: options.now,
        onWarning: (expiresAt) => this.warn(expiresAt),
        onExpiry: () => void this.confirmIdle(),
      },
      options.idleWarningSeconds * 1000,
    );
  }

  /** The current state (a new object after every change). */
  getState(): SessionState {
    return this.state;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** The local moment (ms) the session goes idle, while signed in. */
  get idleExpiresAt(): number | undefined {
    return this.timer.expiresAt;
  }

  /** Asks the server who is signed in, or where a sign-in stands. */
  async refresh(): Promise<SessionState> {
    const epoch = this.epoch;
    const result = await this.api.GET('/session');
    if (epoch !== this.epoch) return this.state;
    if (result.response.ok && result.data) {
      this.signedIn(result.data, result.response);
      return this.state;
    }
    if (result.response.status !== 401) throw toApiError(result.response, result.error);
    const auth = await this.api.GET('/auth/state');
    if (epoch !== this.epoch) return this.state;
    if (auth.response.ok && auth.data && auth.data.step !== 'signed-in') {
      this.beginSignIn(auth.data);
    } else if (auth.response.ok || auth.response.status === 401) {
      // Keep the reason when a 401 above already ended a signed-in session.
      if (this.state.status !== 'signed-out') this.setState({ status: 'signed-out' });
    } else {
      throw toApiError(auth.response, auth.error);
    }
    return this.state;
  }

  /** Ends the session on the server and clears the state (also when the server is unreachable). */
  async signOut(): Promise<void> {
    // Clear first: on a shared computer the page must forget the person even if the server is away.
    this.end('signed-out', 'signed-out');
    unwrap(await this.api.POST('/auth/sign-out'));
  }

  /** Stays signed in: resets the idle timeout on the server. */
  async keepAlive(): Promise<void> {
    const epoch = this.epoch;
    const result = await this.api.POST('/session/keep-alive');
    const session = unwrap(result);
    if (epoch === this.epoch) this.signedIn(session, result.response);
  }

  /** Records a sign-in step (the flow calls this after every answer). */
  beginSignIn(signIn: SignInState): void {
    this.setState({ status: 'signing-in', signIn });
  }

  /** A sign-in step was refused for want of a live sign-in session: back to signed out. */
  signInLost(code: string): void {
    if (this.state.status !== 'signing-in') return;
    if (code === 'unauthenticated' || code === 'session_expired') this.end('expired', 'expired');
  }

  /** Loads the session after the last sign-in step and becomes signed in. */
  async loadSession(): Promise<SessionState> {
    const result = await this.api.GET('/session');
    this.signedIn(unwrap(result), result.response);
    return this.state;
  }

  /** A successful call reset the server's idle timeout: move the local one too. */
  touch(): void {
    const session = this.state.session;
    if (this.state.status !== 'signed-in' || !session) return;
    const warned = this.timer.warned;
    const expiresAt = this.now() + session.idleTimeoutSeconds * 1000;
    this.timer.schedule(expiresAt);
    if (warned) this.emit('idle-reset', { expiresAt });
  }

  /** The server refused the session: it expired, or went idle if the local timer says so. */
  handleUnauthorized(): void {
    if (this.state.status !== 'signed-in') return;
    const idle = this.now() >= (this.timer.expiresAt ?? Infinity);
    this.end(idle ? 'idle' : 'expired', 'expired');
  }

  private signedIn(session: Session, response: Response): void {
    const was = this.state.status;
    const warned = this.timer.warned;
    const expiresAt = this.localIdleExpiry(session, response);
    this.timer.schedule(expiresAt);
    this.setState({ status: 'signed-in', session });
    if (was !== 'signed-in') this.emit('signed-in', this.state);
    if (warned && !this.timer.warned) this.emit('idle-reset', { expiresAt });
  }

  /** The server's idle expiry on the local clock, corrected by the `Date` header when readable. */
  private localIdleExpiry(session: Session, response: Response): number {
    const now = this.now();
    const serverNow = Date.parse(response.headers.get('Date') ?? '');
    const skew = Number.isNaN(serverNow) ? 0 : serverNow - now;
    const local = Date.parse(session.idleExpiresAt) - skew;
    const longest = now + session.idleTimeoutSeconds * 1000;
    return Math.min(longest, Math.max(now + MIN_LEFT_MS, local));
  }

  private warn(expiresAt: number): void {
    const secondsLeft = Math.max(0, Math.round((expiresAt - this.now()) / 1000));
    this.emit('idle-warning', { expiresAt, secondsLeft });
  }

  /** At the local idle expiry, asks the server: another tab may have kept the session alive. */
  private async confirmIdle(): Promise<void> {
    const epoch = this.epoch;
    let alive: { session: Session; response: Response } | undefined;
    try {
      const result = await this.api.GET('/session');
      if (result.response.ok && result.data)
        alive = { session: result.data, response: result.response };
    } catch {
      // Unreachable: no call of this page reached the server either, so it went idle there too.
    }
    if (epoch !== this.epoch || this.state.status !== 'signed-in') return;
    if (alive) this.signedIn(alive.session, alive.response);
    else this.end('idle', 'expired');
  }

  private end(reason: SignedOutReason, event: 'expired' | 'signed-out'): void {
    this.epoch++;
    this.timer.clear();
    this.setState({ status: 'signed-out', reason });
    this.emit(event, this.state);
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of [...this.listeners]) listener(next);
  }

  private emit<K extends keyof SessionEventMap>(
    type: K,
    detail: SessionEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
