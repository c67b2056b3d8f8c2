import { expect, fixture, html, oneEvent } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../focus.js';
import { applyLocale } from '../../i18n/localization.js';
import { addMonths, dayInAmsterdam, startOfDay } from './amsterdam-days.js';
import type { Period, PortalPeriodPicker } from './portal-period-picker.js';
import './portal-period-picker.js';

/** 31 March 2025, 00:30 in Amsterdam: still 30 March in UTC, the day after summer time began. */
const NOW = new Date('2025-03-30T22:30:00Z');

async function picker(): Promise<PortalPeriodPicker> {
  const el = await fixture<PortalPeriodPicker>(
    html`<portal-period-picker .now=${NOW}></portal-period-picker>`,
  );
  await el.updateComplete;
  return el;
}

function radios(el: PortalPeriodPicker): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function checkedLabel(el: PortalPeriodPicker): string {
  return radios(el)
    .find((r) => r.checked)!
    .parentElement!.textContent!.trim();
}

function dateInput(el: PortalPeriodPicker, id: 'from' | 'to'): HTMLInputElement {
  return el.shadowRoot!.getElementById(id) as HTMLInputElement;
}

function messageOf(el: PortalPeriodPicker, id: 'from' | 'to'): string {
  const ref = dateInput(el, id).getAttribute('aria-describedby')!;
  return el.shadowRoot!.getElementById(ref)!.textContent!.trim();
}

function range(el: PortalPeriodPicker): string {
  return el.shadowRoot!.querySelector('[part="range"]')!.textContent!.trim();
}

function periods(el: PortalPeriodPicker): Period[] {
  const seen: Period[] = [];
  el.addEventListener('portal-period-change', (e) => seen.push(e.detail));
  return seen;
}

/** Types `day` ("YYYY-MM-DD") into a focused date field, in the field order of the browser's locale. */
async function typeDay(day: string): Promise<void> {
  const [year, month, date] = day.split('-');
  const order = new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date(2000, 0, 2))
    .filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day');
  const values: Record<string, string> = { year: year!, month: month!, day: date! };
  await sendKeys({ type: order.map((p) => values[p.type]).join('') });
}

/** Leaves a date field with Tab (Tab first walks its day, month and year). */
async function leaveDateField(el: PortalPeriodPicker, input: HTMLInputElement): Promise<void> {
  for (let i = 0; i < 4 && deepActiveElement() === input; i += 1) {
    await sendKeys({ press: 'Tab' });
  }
  await el.updateComplete;
}

describe('portal-period-picker', () => {
  it('shows the four choices with "Laatste 7 dagen" chosen', async () => {
    const el = await picker();
    expect(el.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('Periode');
    const labels = radios(el).map((r) => r.parentElement!.textContent!.trim());
    expect(labels).to.deep.equal([
      'Laatste 7 dagen',
      'Laatste maand',
      'Laatste jaar',
      'Periode kiezen…',
    ]);
    expect(checkedLabel(el)).to.equal('Laatste 7 dagen');
    expect(el.value!.fromDay).to.equal('2025-03-25');
    expect(el.value!.toDay).to.equal('2025-03-31');
    expect(range(el)).to.equal('25–31 maart 2025');
    expect(dateInput(el, 'from')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves through the choices with the arrow keys and reports each period', async () => {
    const el = await picker();
    const seen = periods(el);
    radios(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(checkedLabel(el)).to.equal('Laatste maand');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(checkedLabel(el)).to.equal('Laatste jaar');
    expect(range(el)).to.equal('1 april 2024 – 31 maart 2025');
    expect(seen.map((p) => [p.preset, p.fromDay, p.toDay])).to.deep.equal([
      ['last-month', '2025-03-01', '2025-03-31'],
      ['last-year', '2024-04-01', '2025-03-31'],
    ]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(checkedLabel(el)).to.equal('Laatste 7 dagen');
    await expect(el).to.be.accessible();
  });

  it('gives from and to as moments of Amsterdam days, to the start of the next day', async () => {
    const el = await picker();
    const seen = periods(el);
    radios(el)[1]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(seen).to.have.length(0); // already chosen: nothing changed
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    const week = seen.at(-1)!;
    expect(week.preset).to.equal('last-7-days');
    // 25 March is still winter time (UTC+1); 1 April is summer time (UTC+2).
    expect(week.from.toISOString()).to.equal('2025-03-24T23:00:00.000Z');
    expect(week.to.toISOString()).to.equal('2025-03-31T22:00:00.000Z');
  });

  it('opens two date fields for "Periode kiezen…", filled with the period shown', async () => {
    const el = await picker();
    const seen = periods(el);
    radios(el)[0]!.focus();
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(checkedLabel(el)).to.equal('Periode kiezen…');
    expect(dateInput(el, 'from').value).to.equal('2024-04-01');
    expect(dateInput(el, 'to').value).to.equal('2025-03-31');
    expect(dateInput(el, 'to').max).to.equal('2025-03-31');
    expect(dateInput(el, 'from').labels![0]!.textContent!.trim()).to.equal('Van');
    expect(dateInput(el, 'to').labels![0]!.textContent!.trim()).to.equal('Tot en met');
    expect(seen.at(-1)!.preset).to.equal('custom');
    await expect(el).to.be.accessible();
  });

  it('reports typed dates once the user leaves the field, not while typing', async () => {
    const el = await picker();
    const seen = periods(el);
    el.preset = 'custom';
    el.from = '2025-01-01';
    el.to = '2025-01-31';
    await el.updateComplete;
    const from = dateInput(el, 'from');
    from.focus();
    await typeDay('2025-01-10');
    expect(seen).to.have.length(0);
    const changed = oneEvent(el, 'portal-period-change');
    await leaveDateField(el, from);
    const period = (await changed).detail;
    expect([period.fromDay, period.toDay]).to.deep.equal(['2025-01-10', '2025-01-31']);
    expect(period.from.toISOString()).to.equal('2025-01-09T23:00:00.000Z');
    expect(period.to.toISOString()).to.equal('2025-01-31T23:00:00.000Z');
    expect(seen).to.have.length(1);
    expect(range(el)).to.equal('10–31 januari 2025');
  });

  it('says so next to the field when the end is before the start', async () => {
    const el = await picker();
    const seen = periods(el);
    el.preset = 'custom';
    el.from = '2025-03-10';
    el.to = '2025-03-20';
    await el.updateComplete;
    const to = dateInput(el, 'to');
    to.focus();
    await typeDay('2025-03-05');
    await leaveDateField(el, to);
    expect(messageOf(el, 'to')).to.equal('De einddatum ligt vóór de begindatum.');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(to.value).to.equal('2025-03-05');
    expect(seen).to.have.length(0);
    expect(range(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('refuses a day in the future with a message', async () => {
    const el = await picker();
    const seen = periods(el);
    el.preset = 'custom';
    el.from = '2025-03-01';
    el.to = '2025-03-20';
    await el.updateComplete;
    const from = dateInput(el, 'from');
    from.focus();
    await typeDay('2025-04-02');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(messageOf(el, 'from')).to.equal(
      'Deze datum ligt in de toekomst. Kies vandaag of eerder.',
    );
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(messageOf(el, 'to')).to.equal('');
    expect(seen).to.have.length(0);
  });

  it('speaks English when the locale is English', async () => {
    const el = await picker();
    await applyLocale('en');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('Period');
    expect(checkedLabel(el)).to.equal('Last 7 days');
    expect(range(el)).to.equal('25 – 31 March 2025');
    await applyLocale('nl');
  });
});

describe('Amsterdam days', () => {
  it('knows which day it is in Amsterdam, whatever the device time zone', () => {
    expect(dayInAmsterdam(new Date('2025-03-30T21:59:59Z'))).to.equal('2025-03-30');
    expect(dayInAmsterdam(new Date('2025-03-30T22:00:00Z'))).to.equal('2025-03-31');
    expect(dayInAmsterdam(new Date('2025-12-31T23:00:00Z'))).to.equal('2026-01-01');
  });

  it('starts days at local midnight across the clock changes', () => {
    expect(startOfDay('2025-03-30').toISOString()).to.equal('2025-03-29T23:00:00.000Z');
    expect(startOfDay('2025-03-31').toISOString()).to.equal('2025-03-30T22:00:00.000Z');
    expect(startOfDay('2025-10-26').toISOString()).to.equal('2025-10-25T22:00:00.000Z');
    expect(startOfDay('2025-10-27').toISOString()).to.equal('2025-10-26T23:00:00.000Z');
  });

  it('moves by months to the last day of a shorter month', () => {
    expect(addMonths('2025-03-31', -1)).to.equal('2025-02-28');
    expect(addMonths('2024-02-29', -12)).to.equal('2023-02-28');
    expect(addMonths('2025-01-15', 1)).to.equal('2025-02-15');
  });
});
