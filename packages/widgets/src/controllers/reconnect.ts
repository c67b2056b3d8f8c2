// When the portal cannot be reached: which failures mean that, and trying again by itself.
import type { ApiError } from '@clientportal/sdk';

/**
 * Whether a failure means the portal cannot be reached now: no answer at all (offline, a CORS
 * refusal, DNS), the API down for a while (503), or a gateway in front of it without an answer
 * (502, 504).
 */
export function isUnreachable(error: unknown): boolean {
  const { code, status } = (error ?? {}) as Partial<ApiError>;
  return (
    code === 'network_error' ||
    code === 'service_unavailable' ||
    status === 502 ||
    status === 503 ||
    status === 504
  );
}

/** The first wait before trying again, doubled each time up to `MAX_DELAY_MS`. */
export const FIRST_DELAY_MS = 2000;
/** The longest wait between two tries. */
export const MAX_DELAY_MS = 60_000;

/**
 * Tries again by itself: after 2, 4, 8 … up to 60 seconds, and at once when the browser says it is
 * online again. `schedule()` after each failure, `reset()` after a success or when done.
 */
export class Reconnect {
  private tries = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly run: () => void) {}

  /** Plans the next try (later each time), or at once when the connection comes back. */
  schedule(): void {
    this.cancel();
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** this.tries++);
    this.timer = setTimeout(this.fire, delay);
    globalThis.addEventListener?.('online', this.fire);
  }

  /** Stops the planned try and starts the waits from the beginning. */
  reset(): void {
    this.cancel();
    this.tries = 0;
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    globalThis.removeEventListener?.('online', this.fire);
  }

  private readonly fire = (): void => {
    this.cancel();
    this.run();
  };
}
