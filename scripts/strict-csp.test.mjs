// The demo's strict-CSP page (scripts/csp.mjs): a person signs in there and no
// `securitypolicyviolation` happens, from the first byte to the panels of the signed-in portal.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { strictCsp } from './csp.mjs';
import { startDemo, strictPage } from './demo-server.mjs';
import { signIn } from './sign-in.mjs';

let demo;
let browser;

before(async () => {
  demo = await startDemo({ port: Number(process.env.PORT ?? 8019) });
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

/** Records every violation the page reports, from before its first script runs. */
function recordViolations() {
  globalThis.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    globalThis.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
  );
}

test('signing in on the strict-CSP page breaks no rule of the policy', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('console', (m) => {
    if (/Content.Security.Policy|Trusted ?Type/i.test(m.text())) problems.push(m.text());
  });
  await page.addInitScript(recordViolations);
  const response = await page.goto(`${demo.url}${strictPage.path.slice(1)}`);
  assert.equal(response.headers()['content-security-policy'], strictCsp);

  await signIn(page, { username: 'e.jansen', outboxUrl: `${demo.url}__dev/outbox` });
  // The signed-in portal: the account panel (loaded lazily, after sign-in) shows its heading.
  await page.locator('portal-account h2').first().waitFor({ timeout: 20000 });
  await page.waitForLoadState('networkidle');

  // The outside findings: focus not on <body>, whose portal is said, nothing in the host's DOM.
  const after = await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const switcher = document.querySelector('portal-client-switcher')?.shadowRoot;
    return {
      focus: active?.getAttribute('part') ?? active?.localName,
      whose: switcher?.querySelector('h2')?.textContent?.trim(),
      hostRegions: document.querySelectorAll('[data-portal-live]').length,
    };
  });
  assert.deepEqual(after, {
    focus: 'signed-in',
    whose: 'U bekijkt uw eigen portaal',
    hostRegions: 0,
  });

  const violations = await page.evaluate(() => globalThis.__violations);
  assert.deepEqual([...violations, ...problems], []);
  // The page really runs without the in-page mock: no service worker controls it.
  assert.equal(await page.evaluate(() => !!globalThis.navigator.serviceWorker?.controller), false);
  await page.close();
});
