import { expect, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import type { PortalDossier } from './portal-dossier.component.js';
import { deepActiveElement } from '../../ui/focus.js';
import type { PortalAttachmentPicker } from '../../ui/attachments/portal-attachment-picker.component.js';
import './portal-dossier.js';
import '../portal-reports/portal-reports.js';

/** The start of a PDF: what the server checks. */
const pdfBytes = new TextEncoder().encode('%PDF-1.7\n%\n');

async function panel(
  options: { user?: string | null; locale?: string; before?: () => unknown } = {},
) {
  const { user = 'e.jansen', locale = 'nl' } = options;
  const provider = await portal(
    html`<portal-provider locale=${locale}><div></div></portal-provider>`,
  );
  if (user) await signIn(provider, user);
  await options.before?.();
  const el = document.createElement('portal-dossier') as PortalDossier;
  provider.querySelector('div')!.append(el);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const tabs = (el: PortalDossier) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]'),
];
const selected = (el: PortalDossier) =>
  tabs(el)
    .find((t) => t.getAttribute('aria-selected') === 'true')!
    .textContent!.trim();
/** The id of what has focus, inside shadow roots. */
const focusedId = () => deepActiveElement()?.id;
const timeline = (el: PortalDossier) => textOf($(el, '[part="timeline"]') ?? el);

/** Types into a field of the write tab, key by key. */
async function typeInto(el: PortalDossier, id: string, text: string) {
  $<HTMLInputElement>(el, `#${id}`)!.focus();
  await sendKeys({ type: text });
}

describe('portal-dossier', () => {
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  beforeEach(async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    (await resetMock()).backend.reset({ seed: 'default' });
  });
  afterEach(async () => (await mockBackend()).backend.reset({ seed: 'default' }));

  it('shows nothing before anyone signs in', async () => {
    const el = await panel({ user: null });
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('has real tabs: Lezen first with the reports and questionnaires, arrows and Home/End move', async () => {
    const el = await panel();
    await waitUntil(() => $(el, '[part="timeline"]'), 'timeline', { timeout: 10_000 });
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Plannen',
      'Lezen',
      'Schrijven',
    ]);
    expect(selected(el)).to.equal('Lezen');
    const panelEl = $(el, '[role="tabpanel"]')!;
    expect(panelEl.getAttribute('aria-labelledby')).to.equal('tab-read');
    expect(panelEl.querySelector('portal-reports')).to.not.equal(null);
    expect(panelEl.querySelector('portal-questionnaires')).to.not.equal(null);
    expect(tabs(el).filter((t) => t.tabIndex === 0)).to.have.length(1);
    tabs(el)[1]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedId() === 'tab-write', 'focus on Schrijven');
    expect(selected(el)).to.equal('Schrijven');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedId() === 'tab-plans', 'wraps to Plannen');
    await waitUntil(() => $(el, '[part="plan"]'), 'the plan shown', { timeout: 10_000 });
    expect(textOf($(el, '[part="plan"]')!)).to.match(/Versie \d+ van /);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedId() === 'tab-write', 'End');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedId() === 'tab-plans', 'Home');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedId() === 'tab-write', 'wraps back');
    await expect(el).to.be.accessible();
  });

  it('beside the reports panel on one page: one landmark each, headings in order', async () => {
    const el = await panel();
    const reports = document.createElement('portal-reports');
    el.after(reports);
    const inTab = () => $(el, '[role="tabpanel"] portal-reports')?.shadowRoot;
    const rowsOf = (root: ShadowRoot | null | undefined) =>
      root?.querySelector('[part~=list]')?.shadowRoot?.querySelectorAll('[role=listitem]') ?? [];
    await waitUntil(() => rowsOf(inTab()).length > 0, 'reports in Lezen', { timeout: 10_000 });
    // In the tab: a level-3 title under the dossier's own, no landmark named "Rapportages", and
    // each report's title a level below it.
    expect(inTab()!.querySelector('h3#title')!.textContent!.trim()).to.equal('Rapportages');
    expect(inTab()!.querySelector('section, [role=region]')).to.equal(null);
    expect(rowsOf(inTab())[0]!.querySelector('h4.report-title')).to.not.equal(null);
    const questionnaires = $(el, '[role="tabpanel"] portal-questionnaires')!.shadowRoot!;
    await waitUntil(() => questionnaires.querySelector('h3#title + *'), 'questionnaires');
    expect(questionnaires.querySelector('h3.group')).to.equal(null);
    // Beside it, the reports panel is a landmark of its own, as always. A long list draws rows
    // only where it can be seen.
    reports.scrollIntoView();
    await waitUntil(() => rowsOf(reports.shadowRoot).length > 0, 'reports beside', {
      timeout: 10_000,
    });
    expect(reports.shadowRoot!.querySelector('section h2#title')).to.not.equal(null);
    expect(rowsOf(reports.shadowRoot)[0]!.querySelector('h3.report-title')).to.not.equal(null);
    await expect(el.parentElement!).to.be.accessible();
  });

  it('shows the current care plan with its goals and the agreements about the care', async () => {
    const el = await panel();
    await waitUntil(() => $(el, '[part="timeline"]'), 'timeline', { timeout: 10_000 });
    tabs(el)[0]!.click();
    await waitUntil(() => $(el, '[part="plan-section"]'), 'the plan', { timeout: 10_000 });
    const plan = $(el, '[part="plan"]')!;
    expect(textOf(plan)).to.contain('Versie 2 van');
    const headings = [...plan.querySelectorAll('h4')].map((h) => h.textContent!.trim());
    expect(headings).to.include.members(['Doelen', 'Afspraken over de zorg']);
    const goals = [...plan.querySelectorAll('[part="plan-section"]')].find(
      (s) => s.querySelector('h4')!.textContent!.trim() === 'Doelen',
    )!;
    expect(goals.querySelectorAll('li').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('writes a report: empty and too long get a message beside the field, then it is stored', async () => {
    const el = await panel();
    await waitUntil(() => $(el, '[part="timeline"]'), 'timeline', { timeout: 10_000 });
    tabs(el)[2]!.click();
    await waitUntil(() => $(el, '#report-body'), 'the form');
    $(el, '[part="submit"]')!.click();
    await waitUntil(() => focused() === 'summary', 'summary focused');
    expect(textOf($(el, '#report-title-error')!)).to.contain('Vul een onderwerp in.');
    expect(textOf($(el, '#report-body-error')!)).to.contain('Schrijf uw rapportage.');
    await expect(el).to.be.accessible();

    await typeInto(el, 'report-title', 'Weekend thuis');
    const long = 'a'.repeat(5001);
    const body = $<HTMLTextAreaElement>(el, '#report-body')!;
    body.value = long;
    body.dispatchEvent(new Event('input'));
    $(el, '[part="submit"]')!.click();
    await waitUntil(
      () => textOf($(el, '#report-body-error')!).includes('hoogstens 5000'),
      'too long',
    );
    expect(body.value).to.equal(long, 'the text is kept');

    body.value = '';
    body.dispatchEvent(new Event('input'));
    await typeInto(el, 'report-body', 'Zaterdag koorts, zondag beter.');
    const written = oneEvent(el, 'portal-report-written');
    $(el, '[part="submit"]')!.click();
    expect((await written).detail.report.title).to.equal('Weekend thuis');
    await waitUntil(() => focused() === 'write-done', 'the confirmation has focus');
    expect($<HTMLInputElement>(el, '#report-title')!.value).to.equal('');
    await waitUntil(() => timeline(el).includes('Weekend thuis'), 'on the timeline', {
      timeout: 10_000,
    });
    expect($(el, '[part="timeline"] li')!.textContent).to.contain('Weekend thuis');
    tabs(el)[1]!.click();
    await waitUntil(() => $(el, 'portal-reports'), 'reports');
    const list = $(el, 'portal-reports')!;
    await waitUntil(
      () => {
        const inner = list.shadowRoot?.querySelector('[part~="list"]')?.shadowRoot;
        // Nested in the dossier, a report's title is a level-4 heading.
        return inner?.querySelector('h4')?.textContent?.trim() === 'Weekend thuis';
      },
      'newest in the list',
      { timeout: 10_000 },
    );
    await expect(el).to.be.accessible();
  });

  it('keeps the text and the attachment when storing fails, and stores them once when sent again', async () => {
    const el = await panel();
    await waitUntil(() => $(el, '[part="timeline"]'), 'timeline', { timeout: 10_000 });
    tabs(el)[2]!.click();
    await waitUntil(() => $(el, '#report-body'), 'the form');
    await typeInto(el, 'report-title', 'Medicijnen');
    await typeInto(el, 'report-body', 'De nieuwe pillen gaan goed.');
    await customElements.whenDefined('portal-attachment-picker');
    const picker = $<PortalAttachmentPicker>(el, 'portal-attachment-picker')!;
    await picker.add(new File([pdfBytes], 'doosje.pdf', { type: 'application/pdf' }));
    await waitUntil(() => picker.attachments.length === 1, 'attached', { timeout: 10_000 });
    const { backend } = await mockBackend();
    const before = backend.db.reports.length;
    backend.setScenario({ offline: true });
    $(el, '[part="submit"]')!.click();
    await waitUntil(() => textOf(el).includes('Er is geen verbinding'), 'failure', {
      timeout: 15_000,
    });
    expect($<HTMLTextAreaElement>(el, '#report-body')!.value).to.equal(
      'De nieuwe pillen gaan goed.',
    );
    backend.setScenario({ offline: false });
    $(el, '[part="submit"]')!.click();
    await waitUntil(() => focused() === 'write-done', 'stored', { timeout: 15_000 });
    expect(backend.db.reports.length).to.equal(before + 1);
    expect(backend.db.reports.at(-1)!.attachments!.map((a) => a.mediaType)).to.deep.equal([
      'application/pdf',
    ]);
    expect(picker.attachments).to.deep.equal([], 'the next report starts without');
    await expect(el).to.be.accessible();
  });

  it('shows loading, error and forbidden the same way as every panel', async () => {
    const { backend } = await mockBackend();
    const slow = await panel({ before: () => backend.setScenario({ latencyMs: 60_000 }) });
    await waitUntil(() => $(slow, '[part="loading"]'), 'loading');
    await expect(slow).to.be.accessible();
    slow.closest('portal-provider')!.remove();
    backend.setScenario({ latencyMs: 0 });

    (await resetMock()).backend.reset({ seed: 'default' });
    const down = await panel({ before: () => backend.setScenario({ offline: true }) });
    await waitUntil(() => $(down, '[part="error"]'), 'error', { timeout: 15_000 });
    await expect(down).to.be.accessible();
    down.closest('portal-provider')!.remove();
    backend.setScenario({ offline: false });
  });

  it('says so when the dossier was not granted', async () => {
    const { backend } = await mockBackend();
    const els = [...backend.db.users.values()].find((u) => u.username === 'e.jansen')!;
    for (const grant of backend.db.grants.filter((g) => g.userId === els.id)) {
      grant.sections = grant.sections.filter((s) => s !== 'reports');
    }
    const el = await panel();
    await waitUntil(() => $(el, '[part="forbidden"]'), 'forbidden');
    await expect(el).to.be.accessible();
  });

  it('says when nothing was added yet, in English too', async () => {
    (await mockBackend()).backend.reset({ seed: 'empty' });
    const el = await panel({ locale: 'en' });
    await waitUntil(() => textOf(el).includes('Nothing has been added yet.'), 'empty', {
      timeout: 10_000,
    });
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal(['Plans', 'Read', 'Write']);
    await expect(el).to.be.accessible();
  });
});
