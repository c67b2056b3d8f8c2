import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, html, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './portal-access-log.js';
import type { PortalAccessLog } from './portal-access-log.component.js';

const panelIn = (root: Element) => root.querySelector('portal-access-log') as PortalAccessLog;
const list = (el: Element) => el.shadowRoot!.querySelector('portal-virtual-list')!;
const rows = (el: Element) =>
  [...(list(el)?.shadowRoot?.querySelectorAll<HTMLElement>('[part=row]') ?? [])].map((r) =>
    r.textContent!.replace(/\s+/g, ' ').trim(),
  );
const picker = (el: Element) => el.shadowRoot!.querySelector('portal-period-picker')!;

/** A provider with the panel added after sign-in (Sanne, for Noah). */
async function addedAfterSignIn(username = 's.devries') {
  const provider = await portal(html`<portal-provider locale="nl"><div></div></portal-provider>`);
  await signIn(provider, username);
  return () => {
    provider.querySelector('div')!.append(document.createElement('portal-access-log'));
    return panelIn(provider);
  };
}

describe('portal-access-log', () => {
  beforeEach(resetMock);
  // The virtualizer's benign "ResizeObserver loop" notice would otherwise fail the tests.
  setupIgnoreWindowResizeObserverLoopErrors(before, after);

  it('shows nothing before anyone signs in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-access-log></portal-access-log></portal-provider>`,
    );
    const el = panelIn(provider);
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows who looked, when, for whom and from where in the last 7 days, newest first', async () => {
    const el = (await addedAfterSignIn())();
    await waitUntil(() => rows(el).length > 0, 'rows shown', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Wie heeft mijn dossier bekeken?');
    expect(textOf(el)).to.match(/Laatst bijgewerkt (om|op) .*· volgende update/);
    const all = rows(el);
    expect(all.some((r) => /Anna Bakker · zorgverlener (Bekeken|Gewijzigd): /.test(r))).to.equal(
      true,
    );
    expect(all.every((r) => r.includes('Namens Noah de Vries'))).to.equal(true);
    expect(all.some((r) => r.includes('Via het zorgdossier · computer · 10.20.0.x'))).to.equal(
      true,
    );
    const row = list(el).shadowRoot!.querySelector('[part=row]')!;
    expect(row.getAttribute('aria-posinset')).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('shows the reads of the person themself, with their device', async () => {
    const open = await addedAfterSignIn();
    const first = open();
    await waitUntil(() => rows(first).length > 0, 'first view', { timeout: 10_000 });
    first.remove();
    const el = open();
    await waitUntil(() => rows(el).length > 0, 'second view', { timeout: 10_000 });
    expect(rows(el)[0]).to.match(
      /^Sanne de Vries · contactpersoon Bekeken: wie heeft het dossier bekeken .* Namens Noah de Vries · Via het portaal · (computer|telefoon|tablet) · 127\.0\.0\.x$/,
    );
  });

  it('loads another period when one is chosen, and more rows on request', async () => {
    const el = (await addedAfterSignIn())();
    await waitUntil(() => rows(el).length > 0, 'week', { timeout: 10_000 });
    const week = list(el).items.length;
    const month =
      picker(el).shadowRoot!.querySelector<HTMLInputElement>('input[value=last-month]')!;
    month.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => list(el)?.items.length === 50, 'a first page of the month', {
      timeout: 10_000,
    });
    expect(week).to.be.below(50);
    const more = () => list(el).shadowRoot!.querySelector<HTMLButtonElement>('[part=load-more]');
    await waitUntil(() => more() || list(el).items.length > 50, 'more offered');
    more()?.click();
    await waitUntil(() => list(el).items.length > 50, 'next page appended', { timeout: 10_000 });
    const ids = list(el).items.map((e) => (e as { id: string }).id);
    expect(new Set(ids).size).to.equal(ids.length);
    await expect(el).to.be.accessible();
  });

  it('keeps a wrong period beside its field and the list as it was', async () => {
    const el = (await addedAfterSignIn())();
    await waitUntil(() => rows(el).length > 0, 'week', { timeout: 10_000 });
    const shown = list(el).items.length;
    const root = picker(el).shadowRoot!;
    root.querySelector<HTMLInputElement>('input[value=custom]')!.click();
    await picker(el).updateComplete;
    const to = root.querySelector<HTMLInputElement>('#to')!;
    const from = root.querySelector<HTMLInputElement>('#from')!;
    from.value = '2026-11-10';
    from.dispatchEvent(new Event('input', { bubbles: true }));
    from.dispatchEvent(new Event('change', { bubbles: true }));
    to.value = '2026-11-01';
    to.dispatchEvent(new Event('input', { bubbles: true }));
    to.dispatchEvent(new Event('change', { bubbles: true }));
    to.dispatchEvent(new FocusEvent('blur'));
    await waitUntil(
      () => textOf(picker(el)).includes('De einddatum ligt vóór de begindatum'),
      'message',
    );
    expect(to.value).to.equal('2026-11-01');
    expect(list(el).items.length).to.equal(shown);
    await expect(el).to.be.accessible();
  });

  it('says so when nobody opened the record in the period', async () => {
    const open = await addedAfterSignIn();
    const { backend } = await mockBackend();
    backend.db.accessLog = [];
    const el = open();
    await waitUntil(() => el.shadowRoot?.querySelector('[part=empty]'), 'empty', {
      timeout: 10_000,
    });
    expect(textOf(el)).to.contain('In deze periode heeft niemand uw dossier bekeken of gewijzigd.');
    expect(picker(el)).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the provider does', async () => {
    const provider = await portal(
      html`<portal-provider locale="en"><portal-access-log></portal-access-log></portal-provider>`,
    );
    await signIn(provider);
    const el = panelIn(provider);
    await waitUntil(() => rows(el).join(' ').includes('On behalf of'), 'rows in English', {
      timeout: 10_000,
    });
    expect(textOf(el)).to.contain('Who looked at my record?');
    expect(rows(el).join(' ')).to.contain('On behalf of Noah de Vries');
    await expect(el).to.be.accessible();
  });

  it('shows a progress indicator while loading', async () => {
    const open = await addedAfterSignIn();
    const { backend } = await mockBackend();
    backend.setScenario({ latencyMs: 60_000 });
    const el = open();
    await waitUntil(() => el.shadowRoot?.querySelector('[part=loading]'), 'loading');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows an error with a retry that works', async () => {
    const open = await addedAfterSignIn();
    const { backend } = await mockBackend();
    backend.setScenario({ offline: true });
    const el = open();
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'error', {
      timeout: 10_000,
    });
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await waitUntil(() => rows(el).length > 0, 'loaded after retry', { timeout: 10_000 });
  });

  it('says there is no access without the access-log section', async () => {
    const el = (await addedAfterSignIn('m.devries'))();
    await waitUntil(() => el.shadowRoot?.querySelector('[part=forbidden]'), 'forbidden');
    expect(picker(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
