// Every element under every fault: offline, 500, 503 with Retry-After, 429, a 5-second answer and
// a session that ends while loading. Each ends in a clear state with a way forward (retry, or
// sign in again), with no unhandled rejection and no console error.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { FAULT_KINDS, type Fault, type FaultKind } from '../../../mock-server/src/fault-kinds.js';
import { mockBackend } from '../harness.js';
import { line } from './checks.js';
import { suiteElements, unreachable } from './elements.js';
import {
  closeStage,
  drainLog,
  openStage,
  place,
  settle,
  shown,
  watchPage,
  type Stage,
  type SuiteElement,
} from './stage.js';

/** The fault of each case; the slow one is the only one that takes its full time. */
const faults: Record<FaultKind, Fault> = {
  offline: { kind: 'offline' },
  'server-error': { kind: 'server-error' },
  unavailable: { kind: 'unavailable', retryAfter: 120 },
  'rate-limited': { kind: 'rate-limited', retryAfter: 120 },
  slow: { kind: 'slow', delayMs: 5000 },
  'session-ends': { kind: 'session-ends', delayMs: 300 },
};
const summary = { cases: 0 };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Whether the element loads data at all (its error state is reachable). */
const loadsData = (e: SuiteElement) => !unreachable(e, 'error');

function retryButton(el: Element): HTMLButtonElement | null {
  return el.shadowRoot?.querySelector<HTMLButtonElement>('[data-portal-retry]') ?? null;
}

/** After a failing answer: an error with a retry button that, once the API is back, loads. */
async function checkRetry(stage: Stage, elements: SuiteElement[], kind: FaultKind) {
  const failures: string[] = [];
  for (const e of elements.filter(loadsData)) {
    const el = stage.placed.get(e.tag)!;
    const now = shown(el);
    const way = e.hints.wayForward && el.shadowRoot?.querySelector(e.hints.wayForward);
    if (now !== 'error') failures.push(line(e.tag, kind, `ended showing ${now}, not an error`));
    else if (!retryButton(el) && !way) failures.push(line(e.tag, kind, 'an error without retry'));
  }
  (await mockBackend()).backend.setFault(undefined);
  const retried = elements.filter(loadsData).map((e) => stage.placed.get(e.tag)!);
  for (const el of retried) retryButton(el)?.click();
  await settle(retried);
  for (const e of elements.filter(loadsData)) {
    const now = shown(stage.placed.get(e.tag)!);
    if (now === 'error' || now === 'loading')
      failures.push(line(e.tag, kind, `after "Opnieuw proberen" with the API back: ${now}`));
  }
  return failures;
}

/** A slow answer: the indicator while waiting, the data afterwards. */
async function checkSlow(stage: Stage, elements: SuiteElement[]) {
  const failures: string[] = [];
  await sleep(1000);
  for (const e of elements.filter(loadsData)) {
    const now = shown(stage.placed.get(e.tag)!);
    if (now !== 'loading') failures.push(line(e.tag, 'slow', `while waiting showed ${now}`));
  }
  // Each answer takes its 5 s: a panel that asks twice in a row (measurements: the kinds, then
  // the period) waits 10 s, and a busy machine adds to it.
  await settle([...stage.placed.values()], 20_000);
  for (const e of elements.filter(loadsData)) {
    const now = shown(stage.placed.get(e.tag)!);
    if (now !== 'content' && now !== 'empty')
      failures.push(line(e.tag, 'slow', `after the answer showed ${now}`));
  }
  return failures;
}

/** The session ended while loading: signed out everywhere, and the sign-in form is offered. */
function checkSignedOut(stage: Stage, elements: SuiteElement[]) {
  const failures: string[] = [];
  const status = stage.provider.client?.session.getState().status;
  if (status !== 'signed-out')
    failures.push(line('portal-provider', 'session-ends', `session is ${status}`));
  for (const e of elements) {
    const now = shown(stage.placed.get(e.tag)!);
    if (now === 'loading' || now === 'error')
      failures.push(line(e.tag, 'session-ends', `shows ${now} after the session ended`));
  }
  const login = stage.placed.get('portal-login');
  if (login && shown(login) !== 'content')
    failures.push(line('portal-login', 'session-ends', 'offers no sign-in form'));
  return failures;
}

async function runFault(kind: FaultKind, elements: SuiteElement[]): Promise<string[]> {
  const stage = await openStage({ seed: 'default', user: 's.devries', fault: faults[kind] });
  drainLog();
  for (const e of elements) place(stage, e);
  let failures: string[];
  if (kind === 'slow') failures = await checkSlow(stage, elements);
  else {
    const stuck = await settle([...stage.placed.values()], 12_000);
    failures = stuck.map((el) => line(el.localName, kind, 'still loading after 12 s'));
    if (kind === 'session-ends') failures.push(...checkSignedOut(stage, elements));
    else failures.push(...(await checkRetry(stage, elements, kind)));
  }
  const { errors } = drainLog();
  failures.push(...errors.map((error) => line('page', kind, error)));
  summary.cases += elements.length;
  await closeStage(stage);
  return failures;
}

describe('suites: every element under every fault', () => {
  // The virtualizer's benign "ResizeObserver loop" notice, and only that, is no failure.
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  let elements: SuiteElement[] = [];

  before(async () => {
    watchPage();
    elements = (await suiteElements()).filter((e) => e.tag !== 'portal-provider');
  });

  for (const kind of FAULT_KINDS) {
    it(kind, async () => {
      const failures = await runFault(kind, elements);
      if (failures.length) throw new Error(`${failures.length} failures:\n${failures.join('\n')}`);
    });
  }

  after(() => {
    console.log(
      [
        `fault suite: ${elements.length} elements (${elements.map((e) => e.tag).join(', ')})`,
        `  ${FAULT_KINDS.length} faults (${FAULT_KINDS.join(', ')}); ${summary.cases} element cases`,
        `  loading data, so error and retry checked: ${elements
          .filter(loadsData)
          .map((e) => e.tag)
          .join(', ')}`,
      ].join('\n'),
    );
  });
});
