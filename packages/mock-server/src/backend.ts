import { getResponse, http, type HttpHandler } from 'msw';
import { createClock, type Clock } from './core/clock.js';
import { normalScenario, type Scenario } from './core/scenario.js';
import { notFoundRoute } from './core/route.js';
import type { MockRuntime } from './core/runtime.js';
import { createDb, defaultSettings, type Db } from './store/db.js';
import { seed, type SeedName } from './store/seed.js';
import type { CodePolicy, OutboxMessage } from './store/types.js';
import { domainHandlers } from './handlers/index.js';
import { faultHandler, type Fault } from './faults.js';
import { hostileResponse } from './hostile/transform.js';

/** How to start a mock backend. */
export interface MockBackendOptions {
  /** Where the API is matched: `*\/api/v1` (any origin) by default. */
  baseUrl?: string;
  /** The organisation's code policy: `every-sign-in` (P1, default) or `new-device` (C2). */
  codePolicy?: CodePolicy;
  /**
   * Which data to start with: `default`, `empty` (accounts only), `large` (10,000+ items) or
   * `hostile` (the default data with an attack or layout trap in every text it answers).
   */
  seed?: SeedName;
  /** PBKDF2 iterations for passwords (default 600 000, what a real server should use). */
  passwordIterations?: number;
  /** An injectable clock (tests fix and move time). */
  clock?: Clock;
  /** Latency, failures, offline. */
  scenario?: Partial<Scenario>;
  /** The random source for failure injection. */
  random?: () => number;
  /** In a page: the jar that stands in for the browser's HttpOnly cookies (see MockRuntime). */
  cookieJar?: Map<string, string>;
}

/** A running mock backend: MSW handlers over an in-memory store, plus the controls around it. */
export interface MockBackend {
  /** The MSW request handlers (give them to `setupServer`, `setupWorker` or the HTTP server). */
  handlers: HttpHandler[];
  /** The current store (replaced by `reset`). */
  readonly db: Db;
  clock: Clock;
  /** The current scenario; change it with `setScenario`. */
  readonly scenario: Scenario;
  /** Changes latency, failure rate or offline. */
  setScenario(change: Partial<Scenario>): void;
  /** Answers with this fault from now on (see `Fault`); `undefined` ends it. `reset` ends it too. */
  setFault(fault: Fault | undefined): void;
  /** Starts over: fresh seeded data (optionally another seed or policy), the clock as it was made. */
  reset(options?: { seed?: SeedName; codePolicy?: CodePolicy }): void;
  /** Everything "sent" by SMS and e-mail, oldest first. */
  outbox(): OutboxMessage[];
  /** The last SMS code sent to a user (`prefix-digits`), for tests and demos. */
  lastCode(username: string): string | undefined;
  /** Replaces the store with another (one read back with `deserializeDb`, say). */
  replaceDb(db: Db): void;
}

/** Creates a mock backend with its own store, clock and scenario. */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const clock = options.clock ?? createClock();
  let seedName: SeedName = options.seed ?? 'default';
  let codePolicy: CodePolicy = options.codePolicy ?? 'every-sign-in';
  const fresh = () => {
    const db = createDb(defaultSettings(codePolicy));
    if (options.passwordIterations) db.settings.passwordIterations = options.passwordIterations;
    seed(db, seedName, clock.now());
    return db;
  };
  let db = fresh();
  let scenario: Scenario = { ...normalScenario, ...options.scenario };
  const runtime: MockRuntime = {
    get db() {
      return db;
    },
    clock,
    get scenario() {
      return scenario;
    },
    set scenario(value) {
      scenario = value;
    },
    baseUrl: options.baseUrl ?? '*/api/v1',
    random: options.random ?? Math.random,
    cookieJar: options.cookieJar,
  };
  let fault: Fault | undefined;
  const real = [...domainHandlers(runtime), notFoundRoute(runtime)];
  // On the hostile seed every answer passes through the contract-driven text replacement.
  const hostile = http.all(`${runtime.baseUrl}/*`, async ({ request }) => {
    if (seedName !== 'hostile') return undefined;
    const response = await getResponse(real, request.clone());
    return response && hostileResponse(request, response);
  });
  const handlers = [
    faultHandler(
      runtime.baseUrl,
      () => fault,
      () => db,
    ),
    hostile,
    ...real,
  ];
  return {
    handlers,
    get db() {
      return db;
    },
    clock,
    get scenario() {
      return scenario;
    },
    setScenario(change) {
      scenario = { ...scenario, ...change };
    },
    setFault(next) {
      fault = next;
    },
    reset(next = {}) {
      seedName = next.seed ?? seedName;
      codePolicy = next.codePolicy ?? codePolicy;
      // A test or story that moved time must not leave the next one in the future.
      clock.reset();
      db = fresh();
      scenario = { ...normalScenario, ...options.scenario };
      fault = undefined;
    },
    outbox: () => [...db.outbox],
    lastCode(username) {
      const user = [...db.users.values()].find((u) => u.username === username);
      return [...db.outbox].reverse().find((m) => m.channel === 'sms' && m.userId === user?.id)
        ?.code;
    },
    replaceDb(next) {
      db = next;
    },
  };
}
