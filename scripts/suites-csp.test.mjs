// `npm run test:suites-csp`: every element from the built clientportal.js on one page served with
// the strict Content-Security-Policy, in every state on the hostile seed. Fails on any
// `securitypolicyviolation`, Trusted Types refusal, page error or axe violation, per state.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';
import { startHttpMock } from '../packages/mock-server/src/server.ts';
import { chromiumLaunchOptions } from './chromium.mjs';
import { definedOf } from './defined-tags.mjs';
import { ensureBuild } from './ensure-build.mjs';
import { findElements } from './panels.mjs';
import { elements, recordViolations, startSite } from './suites-csp-site.mjs';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const USER = 's.devries';
const DEMO_PASSWORD = 'zonnebloem-2026';
/** How each state is made (the hostile seed but for `empty`; faults only on a client's data). */
const states = {
  'signed-out': { seed: 'hostile', signedIn: false },
  loading: { seed: 'hostile', fault: { kind: 'slow', delayMs: 60_000, path: '/clients/' } },
  empty: { seed: 'empty' },
  error: { seed: 'hostile', fault: { kind: 'unavailable', path: '/clients/' } },
  forbidden: { seed: 'hostile', noSections: true },
  complete: { seed: 'hostile' },
};

let mock;
let site;
let browser;

before(async () => {
  ensureBuild();
  mock = await startHttpMock({ port: 0 });
  site = await startSite(mock.url);
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  site?.close();
  mock?.server.close();
});

/** Signs the demo user in through the provider's own client, the SMS code from the outbox. */
async function signIn(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('portal-provider')?.client?.session.getState().status;
    return status && status !== 'unknown';
  });
  let step = await page.evaluate(
    async ([username, password]) => {
      const flow = document.querySelector('portal-provider').client.signIn;
      let state = await flow.start(username, password);
      if (state.step === 'code' && !state.challenge) state = await flow.requestCode();
      return state.step;
    },
    [USER, DEMO_PASSWORD],
  );
  if (step === 'code') {
    const code = mock.backend.lastCode(USER).split('-')[1];
    step = await page.evaluate(
      (c) =>
        document
          .querySelector('portal-provider')
          .client.signIn.verifyCode(c)
          .then((s) => s.step),
      code,
    );
  }
  assert.equal(step, 'signed-in', `${USER} stopped at ${step}`);
}

/**
 * Runs axe in the page (after the violations are read: axe itself is no part of the site). A
 * panel that another panel shows inside itself (`portal-dossier` shows `portal-reports` and
 * `portal-questionnaires`) stands on this page on its own as well, and is checked there: inside
 * the other it is left out, as no site shows the same panel twice (two "Rapportages" landmarks).
 */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const onPage = new Set(
      [...document.querySelectorAll('portal-provider > *')].map((e) => e.localName),
    );
    const shownInside = [...document.querySelectorAll('portal-provider > *')].flatMap((panel) =>
      [...(panel.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => onPage.has(e.localName)),
    );
    const context = { include: [document.documentElement], exclude: shownInside };
    const result = await globalThis.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

async function runState(name, how) {
  mock.backend.reset({ seed: how.seed });
  mock.backend.setFault(undefined);
  if (how.noSections) for (const grant of mock.backend.db.grants) grant.sections = [];
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  // Each problem starts with the element it comes from (`page` when unknown).
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // The browser's own line for a failed request (the 401 before sign-in, the 503 of `error`)
    // is no error of the page.
    if (/^Failed to load resource/.test(m.text())) return;
    if (m.type() === 'error' || /Content.Security.Policy|Trusted ?Type/i.test(m.text()))
      problems.push(`page console: ${m.text().slice(0, 200)}`);
  });
  await page.addInitScript(recordViolations);
  await page.addInitScript(() => {
    globalThis.__portalTrap = (id) =>
      globalThis.__violations.push(`page script ran: payload ${id}`);
  });
  await page.goto(`http://127.0.0.1:${site.address().port}/`);
  // The loader defines the elements that show nothing before someone signs in at the first
  // sign-in: the others now, those after signing in (and not at all in `signed-out`).
  const failures = (await undefinedOf(page, soon)).map(
    (t) => `${t} [${name}] not defined by clientportal.js`,
  );
  if (how.fault) mock.backend.setFault(how.fault);
  if (how.signedIn !== false) {
    await signIn(page);
    failures.push(
      ...(await undefinedOf(page, later)).map(
        (t) => `${t} [${name}] not defined by clientportal.js after the sign-in`,
      ),
    );
  }
  await page.waitForTimeout(how.fault?.kind === 'slow' ? 800 : 1500);
  const violations = await page.evaluate(() => globalThis.__violations);
  failures.push(
    ...[...violations, ...problems].map(
      (p) => `${p.split(' ')[0]} [${name}] ${p.slice(p.indexOf(' ') + 1)}`,
    ),
  );
  failures.push(...(await axeViolations(page)).map((v) => `page [${name}] axe ${v}`));
  await context.close();
  return failures;
}

/** The elements the loader defines at the first sign-in, and the others. */
const afterSignIn = new Set(
  findElements()
    .filter((e) => e.afterSignIn)
    .map((e) => e.tag),
);
const later = elements.map((e) => e.tag).filter((t) => afterSignIn.has(t));
const soon = elements.map((e) => e.tag).filter((t) => !afterSignIn.has(t));

/** Which of `tags` are still not defined after 10 s (or as soon as all are). */
async function undefinedOf(page, tags) {
  const defined = await definedOf(page, tags, 10_000);
  return tags.filter((t) => !defined.includes(t));
}

test('every element on the strict-CSP page, in every state, breaks no rule', async () => {
  const failures = [];
  for (const [name, how] of Object.entries(states)) failures.push(...(await runState(name, how)));
  console.log(
    `strict-CSP suite: ${elements.length} elements (${elements.map((e) => e.tag).join(', ')}); ` +
      `${Object.keys(states).length} states (${Object.keys(states).join(', ')}); ` +
      `${elements.length * Object.keys(states).length} element states on the page`,
  );
  assert.deepEqual(failures, []);
});
