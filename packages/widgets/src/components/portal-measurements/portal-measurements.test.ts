import { expect, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, textOf } from '../../../test/harness.js';
import {
  freshBackend,
  kinds,
  measured,
  measurementsPanel,
  part,
  untilText,
  withoutSection,
} from './test-measurements.js';

const untilCharts = (el: Element) =>
  waitUntil(() => el.shadowRoot!.querySelector('svg[role="img"]'), 'charts shown', {
    timeout: 10_000,
  });

/** Chooses the kind `name` with the arrow keys, as a keyboard user does. */
async function chooseKind(el: Element, name: string): Promise<void> {
  const select = part<HTMLSelectElement>(el, 'kind')!;
  select.focus();
  for (let i = 0; i < select.options.length && kinds(el).join() !== `${name}`; i++) {
    await sendKeys({ press: 'ArrowDown' });
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    if (select.selectedOptions[0]!.textContent!.trim() === name) break;
  }
  await waitUntil(() => kinds(el).length === 1 && kinds(el)[0]!.startsWith(name), name);
}

describe('portal-measurements', () => {
  freshBackend();

  it('shows nothing before anyone signs in', async () => {
    const el = await measurementsPanel({ user: null });
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows a progress indicator while loading', async () => {
    const { backend } = await mockBackend();
    const el = await measurementsPanel({
      before: () => backend.setScenario({ latencyMs: 60_000 }),
    });
    await waitUntil(() => part(el, 'loading'), 'loading shown');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows the newest of each kind on a start screen, blood pressure as two values', async () => {
    const el = await measurementsPanel({ mode: 'recent' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.newest li').length === 6, 'six kinds');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Nieuwste metingen');
    expect(part(el, 'period')).to.equal(null);
    expect(textOf(el)).to.match(/Bloeddruk \d+\/\d+ mmHg/);
    expect(textOf(el)).to.match(/Temperatuur \d+,\d °C/);
    await untilText(el, 'Laatst bijgewerkt');
    await expect(el).to.be.accessible();
    const all = part<HTMLButtonElement>(el, 'all')!;
    expect(all.textContent!.trim()).to.equal('Alle metingen');
    all.focus();
    const asked = oneEvent(el, 'portal-show-all');
    await sendKeys({ press: 'Enter' });
    expect((await asked).detail.overview).to.equal('measurements');
    // No page took it: the panel shows all measurements in place, its title focused.
    await waitUntil(() => el.mode === 'full' && focused() === 'title', 'all in place');
  });

  it('links "Alle metingen" to the page the host gives, and never to a script', async () => {
    const el = await measurementsPanel({ mode: 'recent', href: '/metingen' });
    await waitUntil(() => part(el, 'all'), 'link shown', { timeout: 10_000 });
    expect(part<HTMLAnchorElement>(el, 'all')!.href).to.equal(`${location.origin}/metingen`);
    el.allHref = 'javascript:alert(1)';
    await el.updateComplete;
    expect(part(el, 'all')!.localName).to.equal('button');
  });

  it('shows a chart and a table per kind over the last month', async () => {
    const el = await measurementsPanel();
    await untilCharts(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Metingen');
    expect(kinds(el)).to.include('Temperatuur (°C)');
    const chart = el.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.match(/metingen van .+ tot .+laagste/);
    const table = part(el, 'table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Gewicht (kg)');
    expect(table.querySelectorAll('th[scope="col"]').length).to.equal(3);
    expect(table.querySelectorAll('th[scope="row"]').length).to.be.greaterThan(2);
    expect(textOf(el)).to.contain('Normaal bereik: 36,0–37,5 °C');
    await expect(el).to.be.accessible();
  });

  it('lets the person choose a kind with the keyboard', async () => {
    const el = await measurementsPanel();
    await untilCharts(el);
    const label = el.shadowRoot!.querySelector('label[for="kind"]')!;
    expect(label.textContent!.trim()).to.equal('Soort meting');
    await chooseKind(el, 'Hartslag');
    expect(kinds(el)).to.deep.equal(['Hartslag (slagen/min)']);
    await expect(el).to.be.accessible();
  });

  it('shows both blood pressure values in chart and table', async () => {
    const el = await measurementsPanel();
    await untilCharts(el);
    await chooseKind(el, 'Bloeddruk');
    const chart = el.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(chart.querySelectorAll('polyline').length).to.equal(2);
    expect(chart.querySelectorAll('.band').length).to.equal(2);
    const heads = [...part(el, 'table')!.querySelectorAll('th[scope="col"]')].map((t) =>
      t.textContent!.trim(),
    );
    expect(heads).to.deep.equal([
      'Datum en tijd',
      'Bovendruk (mmHg)',
      'Onderdruk (mmHg)',
      'Opmerking',
    ]);
    const cells = part(el, 'table')!.querySelectorAll('tbody tr:first-child td.num');
    expect([...cells].map((c) => textOf(c))).to.satisfy((v: string[]) =>
      v.every((t) => /^\d+/.test(t)),
    );
    await expect(el).to.be.accessible();
  });

  it('marks a value outside the normal range in chart and table, not by colour alone', async () => {
    const el = await measurementsPanel({ before: () => measured('temperature', 39.2) });
    await untilCharts(el);
    await chooseKind(el, 'Temperatuur');
    const chart = el.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(chart.querySelectorAll('path.out').length).to.be.greaterThan(0);
    expect(chart.getAttribute('aria-label')).to.match(/[1-9]\d* buiten het normale bereik/);
    const row = [...part(el, 'table')!.querySelectorAll('tbody tr')].find((r) =>
      textOf(r).includes('39,2'),
    )!;
    expect(textOf(row)).to.contain('Buiten het normale bereik');
    await expect(el).to.be.accessible();
  });

  it('shows the last 7 days when the person chooses them', async () => {
    const el = await measurementsPanel();
    await untilCharts(el);
    // Measured every morning: six or seven values in the last 7 days, whatever the hour now (a
    // weekly kind has none in them before its day's measurement).
    await chooseKind(el, 'Bloedsuiker');
    const week = [...part(el, 'period')!.shadowRoot!.querySelectorAll('label')].find(
      (l) => l.textContent!.trim() === 'Laatste 7 dagen',
    )!;
    week.click();
    await waitUntil(
      () => {
        const rows = part(el, 'table')?.querySelectorAll('tbody tr').length ?? 0;
        return rows >= 6 && rows <= 7;
      },
      'six or seven daily values',
      { timeout: 10_000 },
    );
    const times = [...part(el, 'table')!.querySelectorAll('time')].map((t) =>
      Date.parse(t.dateTime),
    );
    expect(Math.min(...times)).to.be.greaterThan(Date.now() - 8 * 86_400_000);
    await expect(el).to.be.accessible();
  });

  it('says there are no measurements for a client without any', async () => {
    (await mockBackend()).backend.reset({ seed: 'empty' });
    const el = await measurementsPanel();
    await waitUntil(() => part(el, 'empty'), 'empty shown', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Er zijn geen metingen in deze periode.');
    await expect(el).to.be.accessible();
  });

  it('says so when the person may not see measurements', async () => {
    await withoutSection('e.jansen', 'measurements');
    const el = await measurementsPanel();
    await waitUntil(() => part(el, 'forbidden'), 'forbidden shown', { timeout: 10_000 });
    expect(textOf(el)).to.contain('U heeft geen toegang tot dit onderdeel');
    expect(part(el, 'kind')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a translated error with a retry that works', async () => {
    const { backend } = await mockBackend();
    const el = await measurementsPanel({ before: () => backend.setScenario({ offline: true }) });
    await waitUntil(() => part(el, 'error'), 'error shown', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Het portaal is nu niet bereikbaar');
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    part(el, 'retry')!.focus();
    await sendKeys({ press: 'Enter' });
    await untilCharts(el);
    expect(focused()).to.equal('title');
    await expect(el).to.be.accessible();
  });

  it('speaks English when the provider does', async () => {
    const el = await measurementsPanel({ locale: 'en' });
    await untilCharts(el);
    await untilText(el, 'Last updated');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Measurements');
    expect(el.shadowRoot!.querySelector('label[for="kind"]')!.textContent!.trim()).to.equal(
      'Kind of measurement',
    );
    expect(kinds(el)).to.include('Blood pressure (mmHg)');
    expect(textOf(el)).to.contain('Normal range: 36.0–37.5 °C');
    await expect(el).to.be.accessible();
  });
});
