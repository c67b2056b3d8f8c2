/** What the idle timer reports to its owner. */
export interface IdleTimerHooks {
  /** The local clock in ms (tests inject the mock backend's clock). */
  now: () => number;
  /** Called once per idle expiry, `warningMs` before it. */
  onWarning: (expiresAt: number) => void;
  /** Called at the idle expiry. */
  onExpiry: () => void;
}

type Timer = ReturnType<typeof setTimeout>;

/** The longest delay setTimeout keeps (about 24.8 days); later moments are re-checked. */
const MAX_DELAY = 2 ** 31 - 1;

/** Starts a timer that never keeps Node (or a test run) alive on its own. */
function startTimer(fn: () => void, ms: number): Timer {
  const timer = setTimeout(fn, Math.min(Math.max(0, ms), MAX_DELAY));
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

/**
 * Two timers around the idle expiry of a session: the warning and the expiry itself. It only
 * schedules; the session store decides what a warning or an expiry means.
 */
export class IdleTimer {
  private warningTimer?: Timer;
  private expiryTimer?: Timer;
  private warnedFor?: number;
  /** The local moment (ms) the session goes idle, while one is tracked. */
  expiresAt?: number;

  constructor(
    private readonly hooks: IdleTimerHooks,
    private readonly warningMs: number,
  ) {}

  /** Tracks a new idle expiry, replacing the one before. */
  schedule(expiresAt: number): void {
    this.clear();
    this.expiresAt = expiresAt;
    const now = this.hooks.now();
    if (this.warnedFor !== expiresAt) {
      this.warningTimer = startTimer(
        () => {
          this.warnedFor = expiresAt;
          this.hooks.onWarning(expiresAt);
        },
        expiresAt - this.warningMs - now,
      );
    }
    this.expiryTimer = startTimer(() => this.fire(expiresAt), expiresAt - now);
  }

  /** Whether the warning was given for the expiry tracked now. */
  get warned(): boolean {
    return this.expiresAt !== undefined && this.warnedFor === this.expiresAt;
  }

  /** Stops tracking (sign-out, expiry). */
  clear(): void {
    clearTimeout(this.warningTimer);
    clearTimeout(this.expiryTimer);
    this.warningTimer = this.expiryTimer = undefined;
    this.expiresAt = undefined;
  }

  private fire(expiresAt: number): void {
    // setTimeout clamps very long delays, and an injected clock may run behind the timers.
    const left = expiresAt - this.hooks.now();
    if (left > 0) this.expiryTimer = startTimer(() => this.fire(expiresAt), left);
    else this.hooks.onExpiry();
  }
}
