import { expect, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend, textOf } from '../../../test/harness.js';
import { deepActiveElement } from '../../ui/focus.js';
import type { PortalPeriodPicker } from '../../ui/period-picker/portal-period-picker.js';
import { freshBackend, list, part, reportsPanel, rows, untilRows } from './test-reports.js';

/** Types `day` ("YYYY-MM-DD") into the focused date field, in the browser locale's field order. */
async function typeDay(day: string): Promise<void> {
  const [year, month, date] = day.split('-');
  const order = new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date(2000, 0, 2))
    .filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day');
  const values: Record<string, string> = { year: year!, month: month!, day: date! };
  await sendKeys({ type: order.map((p) => values[p.type]).join('') });
}

/** The row that has focus. */
const focusedRow = () => deepActiveElement()?.closest?.('[role="listitem"]') as HTMLElement | null;

describe('portal-reports: 10,000+ reports', () => {
  freshBackend();

  it('moves through four years of reports with the keyboard, rendering only what is in view', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(120_000);
    (await mockBackend()).backend.reset({ seed: 'large' });
    const { el } = await reportsPanel({ user: 's.devries' });
    await untilRows(el);
    // "Periode kiezen…", then four years back as the first day, typed as a person does.
    const picker = part<PortalPeriodPicker>(el, 'period')!;
    picker.shadowRoot!.querySelector<HTMLInputElement>('input[value="custom"]')!.click();
    await picker.updateComplete;
    const from = picker.shadowRoot!.getElementById('from') as HTMLInputElement;
    const fourYears = new Date(Date.now() - 4 * 365 * 86_400_000).toISOString().slice(0, 10);
    from.focus();
    await typeDay(fourYears);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => picker.value?.fromDay === fourYears, 'the period chosen');
    // More than a year cannot be downloaded: the button says why instead of failing.
    await waitUntil(() => part<HTMLButtonElement>(el, 'download')!.disabled, 'download off');
    expect(textOf(part(el, 'download-status')!)).to.contain('hoogstens 366 dagen');

    await waitUntil(() => rows(el)[0]?.getAttribute('aria-setsize') === '-1', 'a long list');
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedRow()!.getAttribute('aria-posinset')).to.equal('2');
    // End goes to the last report loaded; near it the list asks for the next page, and so on.
    const loaded = () => (list(el) as unknown as { items: unknown[] }).items.length;
    for (const count of [200, 300]) {
      await sendKeys({ press: 'End' });
      await waitUntil(() => loaded() === count, `${count} loaded`, { timeout: 20_000 });
    }
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedRow()?.getAttribute('aria-posinset') === '300', 'on the last', {
      timeout: 20_000,
    });
    expect(rows(el).length).to.be.lessThan(60);
    expect(focusedRow()!.getAttribute('aria-setsize')).to.equal('-1');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedRow()?.getAttribute('aria-posinset') === '1', 'back at the first');
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => Number(focusedRow()?.getAttribute('aria-posinset')) > 2, 'a page down');
    expect(rows(el).length).to.be.lessThan(60);
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed in "Klopt dit niet?" while its report is scrolled out of the page', async () => {
    (await mockBackend()).backend.reset({ seed: 'large' });
    const { el } = await reportsPanel({ user: 's.devries' });
    await untilRows(el);
    const row = (n: number) => rows(el).find((r) => r.getAttribute('aria-posinset') === String(n));
    const correction = () => row(1)?.querySelector('portal-correction')?.shadowRoot;
    correction()!.querySelector<HTMLElement>('[part=toggle]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => correction()!.querySelector('#wrong'), 'the short form');
    correction()!.querySelector<HTMLElement>('#wrong')!.focus();
    await sendKeys({ type: 'De tijd klopt niet.' });
    // To the end of the list with the keyboard: the first report leaves the page.
    row(1)!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => !row(1), 'the first report out of the page');
    await sendKeys({ press: 'Home' });
    await waitUntil(
      () => correction()?.querySelector('#wrong'),
      'the first report back, form open',
    );
    const wrong = correction()!.querySelector<HTMLTextAreaElement>('#wrong')!;
    expect(wrong.value).to.equal('De tijd klopt niet.');
    await expect(el).to.be.accessible();
  });
});
