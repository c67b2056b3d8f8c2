import type { Session, SignInState } from './types.js';

/** Why the store is signed out: the person signed out, the server ended it, or it went idle. */
export type SignedOutReason = 'signed-out' | 'expired' | 'idle';

/** What the page knows about who is signed in. */
export interface SessionState {
  /** `unknown` until the first `refresh()`. */
  status: 'unknown' | 'signed-out' | 'signing-in' | 'signed-in';
  /** The session, while signed in. */
  session?: Session;
  /** The current sign-in step, while signing in. */
  signIn?: SignInState;
  /** Why the store became signed out (absent before anyone signed in). */
  reason?: SignedOutReason;
}

/** The detail of an `idle-warning` event. */
export interface IdleWarningDetail {
  /** The local moment (ms since the epoch) the session goes idle. */
  expiresAt: number;
  /** Whole seconds left until then. */
  secondsLeft: number;
}

/** The events of a session store and their details. */
export interface SessionEventMap {
  /** The session goes idle soon; `keepAlive()` keeps it. */
  'idle-warning': CustomEvent<IdleWarningDetail>;
  /** Activity moved the idle expiry after a warning: the warning no longer applies. */
  'idle-reset': CustomEvent<{ expiresAt: number }>;
  /** The server ended the session (`reason` `expired`) or it went idle (`reason` `idle`). */
  expired: CustomEvent<SessionState>;
  /** The person signed out on this page. */
  'signed-out': CustomEvent<SessionState>;
  /** The store became signed in (a finished sign-in, or `refresh()` found a session). */
  'signed-in': CustomEvent<SessionState>;
}

/** A listener for one session event. */
export type SessionEventListener<K extends keyof SessionEventMap> = (
  event: SessionEventMap[K],
) => void;

/** Framework-free session state: read it, subscribe to it, listen for its events. */
export interface SessionStore extends EventTarget {
  /** The current state (a new object after every change). */
  getState(): SessionState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void;
  /** Asks the server who is signed in, or where a sign-in stands. */
  refresh(): Promise<SessionState>;
  /** Ends the session on the server and clears the state (also when the server is unreachable). */
  signOut(): Promise<void>;
  /** Stays signed in: resets the idle timeout on the server. */
  keepAlive(): Promise<void>;
  /** The local moment (ms) the session goes idle, while signed in. */
  readonly idleExpiresAt: number | undefined;
  /** Listens for a session event. */
  addEventListener<K extends keyof SessionEventMap>(
    type: K,
    listener: SessionEventListener<K>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** Listens for any event. */
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** Stops listening for a session event. */
  removeEventListener<K extends keyof SessionEventMap>(
    type: K,
    listener: SessionEventListener<K>,
    options?: boolean | EventListenerOptions,
  ): void;
  /** Stops listening for any event. */
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}
