import { expect, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './portal-plan-signing.js';
import type { PortalPlanSigning } from './portal-plan-signing.component.js';
import { smsDigits } from '@clientportal/mock-server/demo-sign-in';

const panelIn = (root: Element) => root.querySelector('portal-plan-signing') as PortalPlanSigning;
const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const dialogOf = (el: Element) => el.shadowRoot!.querySelector('portal-dialog');

/** The signed-in parent's portal with the plan panel, loaded. */
async function loaded(locale = 'nl', user = 's.devries'): Promise<PortalPlanSigning> {
  const provider = await portal(
    html`<portal-provider locale=${locale}
      ><portal-plan-signing></portal-plan-signing
    ></portal-provider>`,
  );
  await signIn(provider, user);
  const el = panelIn(provider);
  await waitUntil(() => part(el, 'plans') || part(el, 'forbidden'), 'loaded', { timeout: 5000 });
  return el;
}

/** Tabs from the page to the control with `name` as a keyboard user does. */
async function tabTo(name: string): Promise<void> {
  for (let i = 0; i < 30 && focused() !== name; i++) await sendKeys({ press: 'Tab' });
  expect(focused()).to.equal(name);
}

/** Opens the decision dialog with the keyboard and waits for the SMS code. */
async function openDecision(el: PortalPlanSigning, which: 'sign' | 'reject'): Promise<void> {
  await tabTo(which);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.querySelector('portal-code-input'), 'code sent', {
    timeout: 5000,
  });
  await waitUntil(() => focused() !== which, 'focus in the dialog');
}

/** Types the last six digits of the code the mock sent to the user. */
async function typeCode(digits?: string, user = 's.devries'): Promise<void> {
  const { backend } = await mockBackend();
  const code = digits ?? smsDigits(backend, user);
  const el = document.querySelector('portal-plan-signing')!;
  el.shadowRoot!.querySelector<HTMLElement>('portal-code-input')!.focus();
  await sendKeys({ type: code });
}

const noahPlans = async () =>
  (await mockBackend()).backend.db.plans.filter((p) => p.clientId === 'cl-noah');

/** Waits until the dialog's opening animation has run (axe measures contrast mid-fade). */
async function settled(el: Element): Promise<void> {
  const native = el.shadowRoot!.querySelector('portal-dialog')?.shadowRoot?.querySelector('dialog');
  await Promise.all((native?.getAnimations({ subtree: true }) ?? []).map((a) => a.finished));
}

describe('portal-plan-signing', () => {
  beforeEach(resetMock);

  it('shows nothing before anyone signs in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-plan-signing></portal-plan-signing></portal-provider>`,
    );
    const el = panelIn(provider);
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('lists the versions with their status, by whom and when', async () => {
    const el = await loaded();
    const plans = el.shadowRoot!.querySelectorAll('[part~="plan"]');
    expect(plans.length).to.equal(2);
    expect(textOf(el)).to.contain('Versie 2');
    expect(plans[0]!.textContent).to.contain('Wacht op uw besluit');
    expect(plans[1]!.textContent).to.match(/Ondertekend door Sanne de Vries op .*\d\d:\d\d/);
    expect(plans[1]!.querySelector('[part~="sign"]'), 'no decision on a decided plan').to.equal(
      null,
    );
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('shows the no-access state to someone without the plan section', async () => {
    const el = await loaded('nl', 'm.devries');
    expect(part(el, 'forbidden')).to.not.equal(null);
    expect(part(el, 'sign')).to.equal(null);
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('says so when there is no plan yet', async () => {
    const { backend } = await mockBackend();
    backend.db.plans.splice(0);
    const provider = await portal(
      html`<portal-provider><portal-plan-signing></portal-plan-signing></portal-provider>`,
    );
    await signIn(provider);
    const el = panelIn(provider);
    await waitUntil(() => part(el, 'empty'), 'empty');
    expect(textOf(el)).to.contain('Er is nog geen zorgplan.');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('shows loading, then an error with a retry that works', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider);
    const { backend } = await mockBackend();
    backend.setScenario({ latencyMs: 60_000 });
    provider.querySelector('div')!.append(document.createElement('portal-plan-signing'));
    const el = panelIn(provider);
    await waitUntil(() => part(el, 'loading'), 'loading');
    await settled(el);
    await expect(el).to.be.accessible();
    el.remove();
    backend.setScenario({ latencyMs: 0, offline: true });
    provider.querySelector('div')!.append(el);
    await waitUntil(() => part(el, 'error'), 'error', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Het portaal is nu niet bereikbaar');
    await settled(el);
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    part(el, 'retry')!.click();
    await waitUntil(() => part(el, 'plans'), 'loaded after retry', { timeout: 10_000 });
  });

  it('signs with the SMS code, keyboard only: shown at once, event fired, sent once', async () => {
    const el = await loaded();
    const { worker } = await mockBackend();
    let posts = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && request.url.endsWith('/decision')) posts++;
    };
    worker.events.on('request:start', count);
    await openDecision(el, 'sign');
    expect(textOf(el)).to.match(/De code begint met \d{4}\. Vul de laatste 6 cijfers in\./);
    await settled(el);
    await expect(el).to.be.accessible();
    const signed = oneEvent(el, 'portal-plan-signed');
    await typeCode();
    await sendKeys({ press: 'Enter' });
    part(el, 'confirm')?.click();
    const { detail } = await signed;
    expect(detail.plan.status).to.equal('signed');
    await waitUntil(() => part(el, 'notice'), 'notice');
    expect(part(el, 'notice')!.textContent).to.contain(
      'U heeft versie 2 van het zorgplan ondertekend.',
    );
    const first = el.shadowRoot!.querySelector('[part~="plan"]')!;
    expect(first.textContent).to.match(/Ondertekend door Sanne de Vries/);
    expect(part(el, 'sign'), 'no second decision').to.equal(null);
    await waitUntil(() => focused() === 'notice', 'focus on the notice');
    worker.events.removeListener('request:start', count);
    expect(posts).to.equal(1);
    expect((await noahPlans()).find((p) => p.version === 2)!.status).to.equal('signed');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('rejects with a reason and the SMS code', async () => {
    const el = await loaded();
    await openDecision(el, 'reject');
    expect(focused()).to.equal('reason');
    await sendKeys({ type: 'De avondzorg klopt niet.' });
    expect(part(el, 'reason-count')!.textContent).to.contain('24 van 1000 tekens');
    const rejected = oneEvent(el, 'portal-plan-rejected');
    await typeCode();
    await sendKeys({ press: 'Enter' });
    const { detail } = await rejected;
    expect(detail.plan.rejectionReason).to.equal('De avondzorg klopt niet.');
    await waitUntil(() => part(el, 'notice'), 'notice');
    expect(textOf(el)).to.contain('Afgekeurd door Sanne de Vries');
    expect(textOf(el)).to.contain('Reden: De avondzorg klopt niet.');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('refuses a reason over the limit next to the field, keeps it, sends nothing', async () => {
    const el = await loaded();
    await openDecision(el, 'reject');
    const long = 'a'.repeat(1001);
    const area = part(el, 'reason') as HTMLTextAreaElement;
    // A long text pasted in, then the last characters typed.
    area.setRangeText('a'.repeat(996));
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    area.focus();
    await sendKeys({ type: 'aaaaa' });
    await typeCode();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'reason-message')!.textContent!.trim(), 'message');
    expect(part(el, 'reason-message')!.textContent).to.contain('hoogstens 1000 tekens');
    expect(area.value).to.equal(long);
    expect(focused()).to.equal('reason');
    expect((await noahPlans()).find((p) => p.version === 2)!.status).to.equal('awaiting-decision');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('says a wrong code next to the field and decides nothing', async () => {
    const el = await loaded();
    await openDecision(el, 'sign');
    const { backend } = await mockBackend();
    const right = smsDigits(backend, 's.devries');
    await typeCode(right === '000000' ? '111111' : '000000');
    await sendKeys({ press: 'Enter' });
    const code = el.shadowRoot!.querySelector('portal-code-input')!;
    await waitUntil(() => code.error, 'code error');
    expect(code.error).to.contain('De code klopt niet');
    expect(dialogOf(el)!.open).to.equal(true);
    expect((await noahPlans()).find((p) => p.version === 2)!.status).to.equal('awaiting-decision');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('says an expired code next to the field; a new code then works', async () => {
    const el = await loaded();
    await openDecision(el, 'sign');
    const { backend } = await mockBackend();
    backend.clock.advance((backend.db.settings.codeTtlSeconds + 1) * 1000);
    await typeCode();
    await sendKeys({ press: 'Enter' });
    const code = () => el.shadowRoot!.querySelector('portal-code-input')!;
    await waitUntil(() => code().error, 'code error');
    expect(code().error).to.contain('verlopen');
    const expired = backend.lastCode('s.devries');
    part(el, 'resend')!.click();
    // The message goes at once; the new code is in the outbox once the server has sent it.
    await waitUntil(() => !code().error && backend.lastCode('s.devries') !== expired, 'new code');
    code().value = '';
    await typeCode();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'notice'), 'signed');
    expect(part(el, 'notice')!.textContent).to.contain('ondertekend');
  });

  it('refuses a plan that changed in between, and shows the new version', async () => {
    const el = await loaded();
    await openDecision(el, 'sign');
    const plans = await noahPlans();
    const v2 = plans.find((p) => p.version === 2)!;
    v2.status = 'superseded';
    const { backend } = await mockBackend();
    backend.db.plans.push({ ...v2, id: 'pl-new', version: 3, status: 'awaiting-decision' });
    await typeCode();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'notice'), 'refused');
    expect(part(el, 'notice')!.textContent).to.contain('Het zorgplan is intussen gewijzigd');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-version="3"]'), 'new version shown');
    expect(el.shadowRoot!.querySelector('[data-version="3"]')!.textContent).to.contain(
      'Wacht op uw besluit',
    );
    expect(v2.status).to.equal('superseded');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('downloads a version as a PDF through the API, with nothing in a URL', async () => {
    const el = await loaded();
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      made.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      const buttons = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="download"]');
      buttons[1]!.click();
      await waitUntil(() => made.length === 1, 'downloaded', { timeout: 10_000 });
    } finally {
      URL.createObjectURL = original;
    }
    expect(made[0]!.type).to.equal('application/pdf');
    expect(await made[0]!.slice(0, 4).text()).to.equal('%PDF');
  });

  it('speaks English when the provider does', async () => {
    const el = await loaded('en');
    await waitUntil(() => textOf(el).includes('Care plan'), 'English', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Awaiting your decision');
    expect(textOf(el)).to.contain('Signed by Sanne de Vries');
    await openDecision(el, 'reject');
    expect(textOf(el)).to.contain('Reason (optional)');
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
