/** An injectable clock, so tests can move time (code expiry, idle timeout) without waiting. */
export interface Clock {
  /** The current time in milliseconds since the epoch. */
  now(): number;
  /** Moves a fixed clock forward; on the real clock it adds an offset. */
  advance(ms: number): void;
  /** Sets the time (fixes the clock at that moment). */
  set(at: number | Date): void;
  /** Back to how it was made: its start time, or real time, with no offset. */
  reset(): void;
}

/** A clock that follows real time plus an offset until `set` fixes it. */
export function createClock(start?: number | Date): Clock {
  const initial: number | undefined = start === undefined ? undefined : +start;
  let fixed = initial;
  let offset = 0;
  return {
    now: () => (fixed ?? Date.now()) + offset,
    advance(ms) {
      offset += ms;
    },
    set(at) {
      fixed = +at;
      offset = 0;
    },
    reset() {
      fixed = initial;
      offset = 0;
    },
  };
}
