// The elements the suites run, as scripts/panels.mjs finds them for the build (served by
// web-test-runner.suites.config.mjs), their hints, and the contract's section of each operation.
import type { SuiteElement, SuiteState } from './stage.js';
import { mockBackend } from '../harness.js';

interface Served {
  elements: SuiteElement[];
  sectionOperations: Array<{ method: string; pattern: string; section: string }>;
}

let served: Promise<Served> | undefined;

/** The API requests seen by the last `sectionsRequested` (for failure lines). */
export const lastRequests: string[] = [];

/** The elements with their hints, each element's module loaded (its tag defined). */
export async function suiteElements(): Promise<SuiteElement[]> {
  served ??= import('/__suites__/elements.js' as string) as Promise<Served>;
  const { elements } = await served;
  await Promise.all(elements.map((e) => import(e.module)));
  return elements;
}

/** The sections of the requests made while `during` runs (from the contract's `x-section`). */
export async function sectionsRequested(during: () => Promise<void>): Promise<Set<string>> {
  const { sectionOperations } = await served!;
  const { worker } = await mockBackend();
  const sections = new Set<string>();
  lastRequests.length = 0;
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    if (path.includes('/api/')) lastRequests.push(`${request.method} ${path}`);
    const op = sectionOperations.find(
      (o) => o.method === request.method && new RegExp(o.pattern).test(path),
    );
    if (op) sections.add(op.section);
  };
  worker.events.on('request:start', listener);
  try {
    await during();
  } finally {
    worker.events.removeListener('request:start', listener);
  }
  return sections;
}

/** Why an element does not reach a state, when its hints say so. */
export function unreachable(element: SuiteElement, state: SuiteState): string | undefined {
  return element.hints.unreachable?.[state];
}

/** A hint for a state not reached, to end the failure line with. */
export function hintFor(state: SuiteState): string {
  return `(reach it with PortalData, or explain in portal-x.suites.json: "unreachable": {"${state}": "<reason>"})`;
}
