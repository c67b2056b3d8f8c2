import { expect, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import type { PortalQuestionnaires } from './portal-questionnaires.component.js';
import './portal-questionnaires.js';

/** The panel in a provider, added once `user` is signed in and `before` has run. */
async function panel(
  options: { user?: string | null; locale?: string; before?: () => unknown } = {},
) {
  const { user = 'e.jansen', locale = 'nl' } = options;
  const provider = await portal(
    html`<portal-provider locale=${locale}><div></div></portal-provider>`,
  );
  if (user) await signIn(provider, user);
  await options.before?.();
  const el = document.createElement('portal-questionnaires') as PortalQuestionnaires;
  provider.querySelector('div')!.append(el);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** Clicks the button of the questionnaire with this title ("Invullen" or "Bekijken"). */
async function openItem(el: PortalQuestionnaires, title: string) {
  await waitUntil(() => textOf(el).includes(title), `${title} listed`, { timeout: 10_000 });
  const item = [...el.shadowRoot!.querySelectorAll('[part="item"]')].find((i) =>
    i.textContent!.includes(title),
  )!;
  item.querySelector('button')!.click();
  await waitUntil(() => $(el, '#questionnaire-title'), 'opened', { timeout: 10_000 });
}

/** Chooses the option with this label in the question whose text starts with `question`. */
function choose(el: PortalQuestionnaires, question: string, option: string) {
  const group = [...el.shadowRoot!.querySelectorAll('fieldset')].find((f) =>
    f.querySelector('legend')!.textContent!.trim().startsWith(question),
  )!;
  const label = [...group.querySelectorAll('label')].find((l) => l.textContent!.trim() === option)!;
  label.click();
}

function messageOf(el: PortalQuestionnaires, question: string): string {
  const group = [...el.shadowRoot!.querySelectorAll('fieldset, .field')].find((f) =>
    f.querySelector('legend, label')!.textContent!.trim().startsWith(question),
  )!;
  return textOf(group.querySelector('.message')!);
}

describe('portal-questionnaires', () => {
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

  it('lists the open and the completed questionnaires, with how fresh the data is', async () => {
    const el = await panel();
    await waitUntil(() => $(el, '[part="open"]') && textOf(el).includes('Laatst bijgewerkt'));
    expect(textOf($(el, '[part="open"]')!)).to.contain('Tevredenheid over de zorg');
    expect(textOf($(el, '[part="completed"]')!)).to.contain('Valrisico thuis');
    await expect(el).to.be.accessible();
  });

  it('shows a completed questionnaire with its answers, and goes back', async () => {
    const el = await panel();
    await openItem(el, 'Valrisico thuis');
    expect(focused()).to.equal('questionnaire-title');
    expect(textOf(el)).to.contain('Bent u het afgelopen jaar gevallen? Ja');
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
    $(el, '[part="back"]')!.click();
    await waitUntil(() => $(el, '[part="open"]'), 'the lists again');
    expect(focused()).to.equal('title');
  });

  it('checks the required answers, keeps what was filled in, and sends it once', async () => {
    const el = await panel();
    await openItem(el, 'Tevredenheid over de zorg');
    $(el, '[part="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === 'summary', 'the summary has focus');
    expect(el.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length).to.equal(3);
    expect(messageOf(el, 'Hoe tevreden')).to.contain('Kies een antwoord.');
    expect(messageOf(el, 'Wat kunnen we beter')).to.equal('');
    await expect(el).to.be.accessible();

    // Some answers, then away: the panel leaves the page and comes back.
    choose(el, 'Hoe tevreden', '4');
    choose(el, 'Komen de zorgverleners', 'Meestal');
    const host = el.parentElement!;
    el.remove();
    const again = document.createElement('portal-questionnaires') as PortalQuestionnaires;
    host.append(again);
    await openItem(again, 'Tevredenheid over de zorg');
    const checked = again.shadowRoot!.querySelectorAll('input[type="radio"]:checked');
    expect(checked.length).to.equal(2);

    // Sending fails on the way: the answers stay; sent again with the same key, stored once.
    choose(again, 'Weet u bij wie', 'Nee');
    const { backend, worker } = await mockBackend();
    const keys: string[] = [];
    const seen = ({ request }: { request: Request }) => {
      if (request.method === 'POST') keys.push(request.headers.get('Idempotency-Key') ?? '');
    };
    worker.events.on('request:start', seen);
    backend.setScenario({ offline: true });
    $(again, '[part="submit"]')!.click();
    await waitUntil(() => textOf(again).includes('Er is geen verbinding'), 'failure shown', {
      timeout: 15_000,
    });
    expect(again.shadowRoot!.querySelectorAll('input[type="radio"]:checked').length).to.equal(3);
    backend.setScenario({ offline: false });
    const submitted = oneEvent(again, 'portal-questionnaire-submitted');
    $(again, '[part="submit"]')!.click();
    $(again, '[part="submit"]')!.click();
    await submitted;
    worker.events.removeListener('request:start', seen);
    await waitUntil(() => focused() === 'sent', 'the confirmation has focus');
    expect(textOf($(again, '[part="sent"]')!)).to.contain('Bedankt.');
    expect(new Set(keys).size).to.equal(1);
    const stored = backend.db.questionnaires.find(
      (q) => q.clientId === 'cl-els' && q.title === 'Tevredenheid over de zorg',
    )!;
    expect(stored.answers!.length).to.equal(3);
    await waitUntil(() => textOf($(again, '[part="completed"]') ?? again).includes('Tevredenheid'));
    await expect(again).to.be.accessible();
  });

  it('says next to a text answer when it is longer than the server takes, and keeps the text', async () => {
    const el = await panel();
    await openItem(el, 'Tevredenheid over de zorg');
    const field = [...el.shadowRoot!.querySelectorAll('textarea')].find((t) =>
      t.labels?.[0]?.textContent?.includes('Wat kunnen we beter'),
    )!;
    // A long text pasted in, then one more letter typed.
    field.focus();
    field.value = 'x'.repeat(2000);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await sendKeys({ type: 'y' });
    await waitUntil(() => textOf(el).includes('1 tekens te veel. Er passen er 2000.'), 'counter');
    choose(el, 'Hoe tevreden', '4');
    choose(el, 'Komen de zorgverleners', 'Meestal');
    choose(el, 'Weet u bij wie', 'Ja');
    const { backend } = await mockBackend();
    $(el, '[part="submit"]')!.click();
    await waitUntil(() => focused() === 'summary', 'the summary has focus');
    expect(messageOf(el, 'Wat kunnen we beter')).to.contain('Hier passen hoogstens 2000 tekens.');
    expect(field.value.length).to.equal(2001);
    const stored = backend.db.questionnaires.find(
      (q) => q.clientId === 'cl-els' && q.title === 'Tevredenheid over de zorg',
    )!;
    expect(stored.answers ?? []).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows a progress indicator while loading', async () => {
    const { backend } = await mockBackend();
    const el = await panel({ before: () => backend.setScenario({ latencyMs: 60_000 }) });
    await waitUntil(() => $(el, '[part="loading"]'), 'loading');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a translated error with a retry', async () => {
    const { backend } = await mockBackend();
    const el = await panel({ before: () => backend.setScenario({ offline: true }) });
    await waitUntil(() => $(el, '[part="error"]'), 'error', { timeout: 15_000 });
    expect(textOf(el)).to.contain('Het portaal is nu niet bereikbaar');
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => $(el, '[part="open"]'), 'loaded', { timeout: 15_000 });
  });

  it('says so when questionnaires were not granted', async () => {
    const { backend } = await mockBackend();
    const els = [...backend.db.users.values()].find((u) => u.username === 'e.jansen')!;
    for (const grant of backend.db.grants.filter((g) => g.userId === els.id)) {
      grant.sections = grant.sections.filter((s) => s !== 'questionnaires');
    }
    const el = await panel();
    await waitUntil(() => $(el, '[part="forbidden"]'), 'forbidden');
    await expect(el).to.be.accessible();
  });

  it('says there are none for a client without questionnaires', async () => {
    (await mockBackend()).backend.reset({ seed: 'empty' });
    const el = await panel();
    await waitUntil(() => $(el, '[part="empty"]'), 'empty');
    expect(textOf(el)).to.contain('Er zijn geen vragenlijsten voor u.');
    await expect(el).to.be.accessible();
  });

  it('speaks English when the provider does', async () => {
    const el = await panel({ locale: 'en' });
    await waitUntil(() => textOf(el).includes('To fill in'), 'English', { timeout: 10_000 });
    await openItem(el, 'Tevredenheid over de zorg');
    expect(textOf(el)).to.contain('is the lowest');
    await expect(el).to.be.accessible();
  });
});
