// Every element in every state on the hostile seed: no script runs, no link or source leaves
// https:/mailto:/tel:, nothing overflows a phone-wide panel, axe finds nothing.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect } from '../testing.js';
import { payloads } from '../../../mock-server/src/hostile/payloads.js';
import { badUrls, line, overflow } from './checks.js';
import {
  hintFor,
  lastRequests,
  sectionsRequested,
  suiteElements,
  unreachable,
} from './elements.js';
import {
  closeStage,
  drainLog,
  openStage,
  place,
  settle,
  shown,
  SUITE_STATES,
  watchPage,
  type Shown,
  type Stage,
  type StageOptions,
  type SuiteElement,
  type SuiteState,
} from './stage.js';

const DEFAULT_USER = 's.devries';
/** What each state must show (signed-out: anything but a stuck indicator or an error). */
const expected: Record<SuiteState, Shown[]> = {
  complete: ['content'],
  'signed-out': ['content', 'blank', 'empty', 'forbidden'],
  loading: ['loading'],
  empty: ['empty'],
  error: ['error'],
  forbidden: ['forbidden'],
};
/** The sections each element's data needs, learnt in the complete state. */
const sectionsOf = new Map<string, Set<string>>();
const summary = { states: 0, unreachable: new Map<string, SuiteState[]>() };

function stageOptions(state: SuiteState, group: SuiteElement[]): StageOptions {
  const { user = DEFAULT_USER, client } = group[0]!.hints;
  const signedIn = state === 'signed-out' ? {} : { user, client };
  const withoutSections = group.flatMap((e) =>
    e.hints.section ? [e.hints.section] : [...(sectionsOf.get(e.tag) ?? [])],
  );
  return {
    seed: state === 'empty' ? 'empty' : 'hostile',
    ...signedIn,
    ...(state === 'forbidden' ? { withoutSections } : {}),
    ...(state === 'loading' ? { latencyMs: 30_000 } : {}),
    ...(state === 'error' ? { fault: { kind: 'unavailable' as const } } : {}),
  };
}

/** Places one element and waits for it; learns its sections in the complete state. */
async function placeAndWait(stage: Stage, element: SuiteElement, state: SuiteState) {
  let el: HTMLElement | undefined;
  const sections = await sectionsRequested(async () => {
    el = place(stage, element);
    if (state === 'loading') await new Promise((done) => setTimeout(done, 100));
    else await settle([el]);
  });
  if (state === 'complete') sectionsOf.set(element.tag, sections);
  return el!;
}

/** The rules and targets of an axe failure, on one line (its message spans many). */
function axeSummary(message: string): string {
  const lines = message.split('\n');
  const rules = lines.filter((l) => l.startsWith('Rule: ')).map((l) => l.slice(6));
  const targets = lines.filter((l) => l.startsWith('Issue target: ')).map((l) => l.slice(14));
  if (!rules.length) return lines[0] ?? message;
  return `${rules.join(', ')} at ${[...new Set(targets)].slice(0, 4).join('; ')}`;
}

/**
 * What axe looks at for an element: the element, or for the provider (a bare `<slot>` around the
 * stage) the provider without the elements placed in it, as each of those is checked on its own.
 * The stage holds some elements twice (`portal-dossier` shows its own `portal-reports` and
 * `portal-questionnaires`); a check over the whole stage would find those doubles, no fault of
 * the provider's.
 */
function axeContext(el: HTMLElement): Element | { include: Element[]; exclude: Element[] } {
  if (el.localName !== 'portal-provider') return el;
  const placed = Array.from(el.children).filter((c) => c.localName.startsWith('portal-'));
  return { include: [el], exclude: placed };
}

async function check(el: HTMLElement, element: SuiteElement, state: SuiteState) {
  const failures: string[] = [];
  const fail = (cause: string) => failures.push(line(element.tag, state, cause));
  const { trapped, errors } = drainLog();
  if (trapped.length) fail(`script ran: payload ${[...new Set(trapped)].join(', ')}`);
  for (const error of errors) fail(error);
  for (const url of badUrls(el)) fail(`link or source not https:/mailto:/tel:: ${url}`);
  const wide = overflow(el);
  if (wide) fail(wide);
  const now = shown(el);
  const reason = unreachable(element, state);
  if (!reason && !expected[state].includes(now)) {
    const why =
      state === 'forbidden' && !sectionsOf.get(element.tag)?.size && !element.hints.section
        ? 'it requested no section-scoped data'
        : `showed ${now}${now === 'loading' ? ` (requests: ${lastRequests.join(', ') || 'none'})` : ''}`;
    fail(`not reached: ${why} ${hintFor(state)}`);
  }
  if (state === 'error' && now === 'error' && !el.shadowRoot?.querySelector('[data-portal-retry]'))
    fail('an error without a retry button');
  try {
    await expect(axeContext(el)).to.be.accessible();
  } catch (e) {
    fail(`axe: ${axeSummary((e as Error).message)}`);
  }
  return failures;
}

async function runState(state: SuiteState, all: SuiteElement[]): Promise<string[]> {
  const groups = new Map<string, SuiteElement[]>();
  for (const e of all) {
    const key = `${e.hints.user ?? DEFAULT_USER}|${e.hints.client ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const failures: string[] = [];
  for (const group of groups.values()) {
    const stage = await openStage(stageOptions(state, group));
    drainLog();
    for (const element of group) {
      const el = await placeAndWait(stage, element, state);
      failures.push(...(await check(el, element, state)));
      const reason = unreachable(element, state);
      if (reason)
        summary.unreachable.set(element.tag, [
          ...(summary.unreachable.get(element.tag) ?? []),
          state,
        ]);
      else summary.states++;
    }
    await closeStage(stage);
  }
  return failures;
}

describe('suites: every element in every state on hostile data', () => {
  // The virtualizer's benign "ResizeObserver loop" notice, and only that, is no failure.
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  let elements: SuiteElement[] = [];

  before(async () => {
    watchPage();
    // The provider is the stage: checked last, with every other element standing in it.
    elements = (await suiteElements()).sort(
      (a, b) => Number(a.tag === 'portal-provider') - Number(b.tag === 'portal-provider'),
    );
  });

  it('the checks catch what they look for', async () => {
    const host = document.createElement('div');
    host.style.width = '200px';
    const root = host.attachShadow({ mode: 'open' });
    // A fixed test page, not server text: the checks need real bad markup to find.
    // eslint-disable-next-line no-restricted-syntax
    root.innerHTML = `<a href="javascript:void 0">a</a><img src="data:image/png,x"><a href="https://x.nl">b</a>
      <a href="mailto:a@b.nl">c</a><a href="#x">d</a><p style="width:900px">wide</p>`;
    document.body.append(host);
    expect(badUrls(host)).to.deep.equal([
      '<a href="javascript:void 0">',
      '<img src="data:image/png,x">',
    ]);
    expect(overflow(host)).to.match(/<p> ends at/);
    (window as unknown as { __portalTrap: (id: string) => void }).__portalTrap('self-test');
    expect(drainLog().trapped).to.deep.equal(['self-test']);
    host.remove();
  });

  for (const state of SUITE_STATES) {
    it(state, async () => {
      const started = performance.now();
      const failures = await runState(state, elements);
      console.log(`hostile ${state}: ${Math.round(performance.now() - started)} ms`);
      if (failures.length) throw new Error(`${failures.length} failures:\n${failures.join('\n')}`);
    });
  }

  after(() => {
    console.log(
      [
        `hostile suite: ${elements.length} elements (${elements.map((e) => e.tag).join(', ')})`,
        `  ${payloads.length} payloads; ${SUITE_STATES.length} states; ${summary.states} element states checked`,
        `  declared unreachable (portal-x.suites.json):`,
        ...[...summary.unreachable].map(([tag, states]) => `    ${tag}: ${states.join(', ')}`),
      ].join('\n'),
    );
  });
});
