import { expect, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, textOf } from '../../../test/harness.js';
import {
  freshBackend,
  part,
  reportsPanel,
  rows,
  titles,
  untilRows,
  untilText,
  withoutSection,
} from './test-reports.js';

describe('portal-reports', () => {
  freshBackend();

  it('shows nothing before anyone signs in', async () => {
    const { el } = await reportsPanel({ user: null });
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows the reports of the last 7 days, newest first, with author, role, date and text', async () => {
    const { el } = await reportsPanel();
    await untilRows(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Rapportages');
    await untilText(el, 'Laatst bijgewerkt');
    const first = rows(el)[0]!;
    expect(textOf(first.querySelector('.report-meta')!)).to.match(
      /^\d{1,2} \w+\.? \d{4}, \d\d:\d\d · .+, (verpleegkundige|zorgcoördinator|pedagogisch medewerker)/,
    );
    expect(first.querySelector('.report-body')!.textContent!.trim()).to.not.equal('');
    const times = rows(el).map((r) => Date.parse(r.querySelector('time')!.dateTime));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    const week = Date.now() - 7 * 86_400_000;
    expect(Math.min(...times)).to.be.greaterThan(week);
    const checked = part(el, 'period')!.shadowRoot!.querySelector<HTMLInputElement>(':checked')!;
    expect(checked.parentElement!.textContent!.trim()).to.equal('Laatste 7 dagen');
    await expect(el).to.be.accessible();
  });

  it('shows the last month when the person chooses "Laatste maand"', async () => {
    const { el } = await reportsPanel();
    await untilRows(el);
    const requests: string[] = [];
    const { worker } = await mockBackend();
    const seen = ({ request }: { request: Request }) => void requests.push(request.url);
    worker.events.on('request:start', seen);
    const month = [...part(el, 'period')!.shadowRoot!.querySelectorAll('label')].find(
      (l) => l.textContent!.trim() === 'Laatste maand',
    )!;
    month.click();
    await waitUntil(() => requests.some((u) => u.includes('/reports?')), 'the month asked for');
    worker.events.removeListener('request:start', seen);
    const url = new URL(requests.find((u) => u.includes('/reports?'))!);
    const days =
      (Date.parse(url.searchParams.get('to')!) - Date.parse(url.searchParams.get('from')!)) /
      86_400_000;
    expect(days).to.be.within(28, 32);
    await untilRows(el);
    await expect(el).to.be.accessible();
  });

  it('keeps the list when the chosen end date lies before the start date, with a message', async () => {
    const { el } = await reportsPanel();
    await untilRows(el);
    // The reports in the list (the rows drawn change as the list measures them).
    const items = () =>
      (el.shadowRoot!.querySelector('portal-virtual-list') as unknown as { items: unknown[] })
        .items;
    const before = items();
    const first = titles(el)[0];
    const picker = part(el, 'period')!;
    picker.shadowRoot!.querySelector<HTMLInputElement>('input[value="custom"]')!.click();
    await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const to = picker.shadowRoot!.getElementById('to') as HTMLInputElement;
    const from = picker.shadowRoot!.getElementById('from') as HTMLInputElement;
    to.value = '2020-01-01';
    to.dispatchEvent(new Event('change'));
    to.dispatchEvent(new Event('blur'));
    await waitUntil(() => textOf(picker).includes('De einddatum ligt vóór de begindatum.'));
    expect(from.value).to.not.equal('');
    expect(items()).to.equal(before, 'the same list, not loaded again');
    expect(titles(el)[0]).to.equal(first);
    await expect(el).to.be.accessible();
  });

  it('shows a progress indicator while loading', async () => {
    const { backend } = await mockBackend();
    const { el } = await reportsPanel({ before: () => backend.setScenario({ latencyMs: 60_000 }) });
    await waitUntil(() => part(el, 'loading'), 'loading shown');
    expect(textOf(el)).to.contain('Laden…');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a translated error with a retry that works', async () => {
    const { backend } = await mockBackend();
    const offline = () => backend.setScenario({ offline: true });
    const { el } = await reportsPanel({ mode: 'recent', before: offline });
    await waitUntil(() => part(el, 'error'), 'error shown', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Het portaal is nu niet bereikbaar');
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    part(el, 'retry')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.recent li').length === 3, 'retried', {
      timeout: 10_000,
    });
    expect(focused()).to.equal('title');
    await expect(el).to.be.accessible();
  });

  it('asks the care team to correct a report with "Klopt dit niet?", and the report stays as it was', async () => {
    const { el } = await reportsPanel();
    await untilRows(el);
    const first = rows(el)[0]!;
    const title = first.querySelector('h3')!.textContent!.trim();
    const body = first.querySelector('.report-body')!.textContent;
    const correction = first.querySelector('portal-correction')!;
    const toggle = correction.shadowRoot!.querySelector<HTMLElement>('[part=toggle]')!;
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Klopt dit niet?: ${title}`);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => correction.shadowRoot!.querySelector('#wrong'), 'the short form');
    // Sent empty: the message beside the field, nothing stored.
    const { backend } = await mockBackend();
    const before = backend.db.correctionRequests.length;
    correction.shadowRoot!.querySelector<HTMLElement>('[part=submit]')!.click();
    await waitUntil(() => textOf(correction).includes('Schrijf wat er niet klopt.'), 'message');
    expect(backend.db.correctionRequests.length).to.equal(before);
    await expect(el).to.be.accessible();
    correction.shadowRoot!.querySelector<HTMLElement>('#wrong')!.focus();
    await sendKeys({ type: 'De tijd klopt niet.' });
    correction.shadowRoot!.querySelector<HTMLElement>('#correct')!.focus();
    await sendKeys({ type: 'Het was om 9 uur.' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => correction.shadowRoot!.querySelector('[part=done]'), 'sent');
    const stored = backend.db.correctionRequests.at(-1)!;
    expect(stored.subject.kind).to.equal('report');
    expect(stored.wrong).to.equal('De tijd klopt niet.');
    expect(rows(el)[0]!.querySelector('.report-body')!.textContent).to.equal(body);
    await expect(el).to.be.accessible();
  });

  it('says so when the person may not see reports, and asks nothing of the server', async () => {
    await withoutSection('e.jansen', 'reports');
    const { el } = await reportsPanel();
    await waitUntil(() => part(el, 'forbidden'), 'forbidden shown');
    expect(textOf(el)).to.contain('U heeft geen toegang tot dit onderdeel');
    expect(part(el, 'download')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says there are no reports for a client without any', async () => {
    (await mockBackend()).backend.reset({ seed: 'empty' });
    const { el } = await reportsPanel();
    await waitUntil(() => part(el, 'empty'), 'empty shown');
    expect(textOf(el)).to.contain('Er zijn geen rapportages in deze periode.');
    await expect(el).to.be.accessible();
    el.mode = 'recent';
    await untilText(el, 'Er zijn nog geen rapportages.');
    await expect(el).to.be.accessible();
  });

  it('shows the 3 newest on a start screen; "Alle rapportages" asks the page, else shows all', async () => {
    const { el } = await reportsPanel({ mode: 'recent' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.recent li').length === 3, 'three');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Nieuwste rapportages');
    expect(part(el, 'period')).to.equal(null);
    const times = [...el.shadowRoot!.querySelectorAll('time')].map((t) => Date.parse(t.dateTime));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    await expect(el).to.be.accessible();
    const all = part<HTMLButtonElement>(el, 'all')!;
    expect(all.textContent!.trim()).to.equal('Alle rapportages');
    // A page that shows the whole list itself takes the event: the panel stays as it is.
    const takeIt = (e: Event) => e.preventDefault();
    el.addEventListener('portal-show-all', takeIt);
    all.focus();
    const asked = oneEvent(el, 'portal-show-all');
    await sendKeys({ press: 'Enter' });
    expect((await asked).detail.overview).to.equal('reports');
    expect(el.mode).to.equal('recent');
    expect(focused()).to.equal('all');
    // Without such a page, the panel shows all reports in place, its title focused.
    el.removeEventListener('portal-show-all', takeIt);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.mode === 'full' && focused() === 'title', 'all reports in place');
    await untilRows(el);
    await expect(el).to.be.accessible();
  });

  it('links "Alle rapportages" to the page the host gives, and never to a script', async () => {
    const { el } = await reportsPanel({ mode: 'recent', href: '/rapportages' });
    await waitUntil(() => part(el, 'all'), 'link shown');
    expect(part<HTMLAnchorElement>(el, 'all')!.href).to.equal(`${location.origin}/rapportages`);
    el.allHref = 'javascript:alert(1)';
    await el.updateComplete;
    expect(part(el, 'all')!.localName).to.equal('button');
    // An address that does not parse is left out too, and the panel goes on working.
    el.allHref = 'http://[';
    await el.updateComplete;
    expect(part(el, 'all')!.localName).to.equal('button');
    expect(textOf(el)).to.contain('Alle rapportages');
  });

  it('speaks English when the provider does', async () => {
    const { el } = await reportsPanel({ locale: 'en' });
    await untilRows(el);
    await untilText(el, 'Last updated');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Reports');
    expect(part(el, 'download')!.textContent!.trim()).to.equal('Download as PDF');
    expect(textOf(rows(el)[0]!.querySelector('.report-meta')!)).to.match(
      /, (nurse|care coordinator|pedagogical worker)/,
    );
    await expect(el).to.be.accessible();
  });
});
