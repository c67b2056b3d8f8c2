import type { Clock } from './clock.js';
import type { Scenario } from './scenario.js';
import type { Db } from '../store/db.js';

/** The live state every route reads: the store (replaced on reset), the clock and the scenario. */
export interface MockRuntime {
  /** The current store. */
  readonly db: Db;
  clock: Clock;
  scenario: Scenario;
  /** Where the API lives; MSW matches `${baseUrl}/…`. */
  baseUrl: string;
  /** A random source for failure injection (deterministic in tests when injected). */
  random: () => number;
  /** Called after every state-changing request (the browser build persists the store then). */
  onChange?: () => void;
}
