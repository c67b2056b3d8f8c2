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
  /**
   * In a page, the mock's own cookie jar: MSW would otherwise keep mocked cookies in
   * localStorage, where a real HttpOnly cookie never is. Absent in Node, where the request's
   * Cookie header carries them.
   */
  cookieJar?: Map<string, string>;
}
