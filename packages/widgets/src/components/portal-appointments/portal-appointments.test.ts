import { expect, html, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './portal-appointments.js';
import type { PortalAppointments } from './portal-appointments.component.js';
import { wallTime } from './amsterdam-time.js';

const panelIn = (root: Element) => root.querySelector('portal-appointments') as PortalAppointments;
const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const items = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="appointment"]'),
];
const item = (el: Element, title: string) =>
  items(el).find((i) => i.querySelector('h4')!.textContent!.includes(title));
const field = (el: Element, id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;
const dialogOpen = (el: Element) => el.shadowRoot!.querySelector('portal-dialog[open]');

async function settled(el: Element): Promise<void> {
  const native = el.shadowRoot!.querySelector('portal-dialog')?.shadowRoot?.querySelector('dialog');
  await Promise.all((native?.getAnimations({ subtree: true }) ?? []).map((a) => a.finished));
}

async function loaded(locale = 'nl'): Promise<PortalAppointments> {
  const provider = await portal(
    html`<portal-provider locale=${locale}
      ><portal-appointments></portal-appointments
    ></portal-provider>`,
  );
  await signIn(provider);
  const el = panelIn(provider);
  await waitUntil(() => part(el, 'list') || part(el, 'forbidden') || part(el, 'empty'), 'loaded', {
    timeout: 5000,
  });
  return el;
}

/** Picks a value in a date or time field as its picker does. */
function pick(el: Element, id: string, value: string): void {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function openAdd(el: PortalAppointments): Promise<void> {
  part(el, 'add')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => dialogOpen(el), 'dialog', { timeout: 5000 });
  await settled(el);
}

/** Fills in an own appointment: the title typed, day and times picked, visibility by keyboard. */
async function fill(el: PortalAppointments, day: string, from: string, to: string): Promise<void> {
  field(el, 'title').focus();
  await sendKeys({ type: 'Tandarts' });
  pick(el, 'day', day);
  pick(el, 'start', from);
  pick(el, 'end', to);
  el.shadowRoot!.querySelector<HTMLInputElement>('input[value="private"]')!.focus();
  await sendKeys({ press: 'Space' });
}

const noahAppointments = async () =>
  (await mockBackend()).backend.db.appointments.filter((a) => a.clientId === 'cl-noah');

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('portal-appointments', () => {
  beforeEach(resetMock);

  it('shows nothing before anyone signs in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-appointments></portal-appointments></portal-provider>`,
    );
    const el = panelIn(provider);
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows care appointments read only and own ones with edit and delete, by day', async () => {
    const el = await loaded();
    const care = items(el).find((i) => i.part.contains('care'))!;
    expect(care.textContent).to.contain('Zorgafspraak');
    expect(care.querySelector('[part~="edit"], [part~="delete"]')).to.equal(null);
    const own = item(el, 'Controle kinderarts')!;
    expect(own.textContent).to.contain('Zichtbaar voor de zorg');
    expect(own.querySelector('[part~="edit"]')).to.not.equal(null);
    expect(item(el, 'Zwemles')!.querySelector('[part~="edit"]'), 'made by someone else').to.equal(
      null,
    );
    expect(el.shadowRoot!.querySelectorAll('section.day h3').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('shows the week view', async () => {
    const el = await loaded();
    const week = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[aria-pressed]')[1]!;
    week.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'week'), 'week', { timeout: 5000 });
    expect(el.shadowRoot!.querySelectorAll('.week-day').length).to.equal(7);
    expect(week.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows the no-access state without the agenda section, and the empty state', async () => {
    const { backend } = await mockBackend();
    const grant = backend.db.grants.find(
      (g) => g.userId === 'u-sanne' && g.clientId === 'cl-noah',
    )!;
    grant.sections = grant.sections.filter((s) => s !== 'appointments');
    let el = await loaded();
    expect(part(el, 'forbidden')).to.not.equal(null);
    expect(part(el, 'add')).to.equal(null);
    await expect(el).to.be.accessible();
    await resetMock();
    const db = (await mockBackend()).backend.db;
    db.appointments = db.appointments.filter((a) => a.clientId !== 'cl-noah');
    el = await loaded();
    expect(part(el, 'empty')!.textContent).to.contain('Er staan geen afspraken');
    await expect(el).to.be.accessible();
  });

  it('shows loading, then an error with a retry that works', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider);
    const { backend } = await mockBackend();
    backend.setScenario({ latencyMs: 60_000 });
    provider.querySelector('div')!.append(document.createElement('portal-appointments'));
    const el = panelIn(provider);
    await waitUntil(() => part(el, 'loading'), 'loading');
    await expect(el).to.be.accessible();
    el.remove();
    backend.setScenario({ latencyMs: 0, offline: true });
    provider.querySelector('div')!.append(el);
    await waitUntil(() => part(el, 'error'), 'error', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    part(el, 'retry')!.click();
    await waitUntil(() => part(el, 'list'), 'loaded after retry', { timeout: 10_000 });
  });

  it('adds a private own appointment', async () => {
    const el = await loaded();
    await openAdd(el);
    await expect(el).to.be.accessible();
    await fill(el, inDays(2), '10:00', '10:30');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => item(el, 'Tandarts'), 'added', { timeout: 5000 });
    expect(item(el, 'Tandarts')!.textContent).to.contain('Alleen voor mij');
    expect(item(el, 'Tandarts')!.textContent).to.contain('10:00 tot 10:30');
    const stored = (await noahAppointments()).find((a) => a.title === 'Tandarts')!;
    expect(stored.visibility).to.equal('private');
    await expect(el).to.be.accessible();
  });

  it('refuses an end before the start and a time in the past next to the fields; stores nothing', async () => {
    const el = await loaded();
    const before = (await noahAppointments()).length;
    await openAdd(el);
    await fill(el, inDays(-1), '10:00', '09:00');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('start-error')!.textContent).to.contain('al voorbij');
    expect(el.shadowRoot!.getElementById('end-error')!.textContent).to.contain(
      'De eindtijd moet na de begintijd liggen.',
    );
    expect(focused()).to.equal('start');
    expect(field(el, 'title').value).to.equal('Tandarts');
    expect((await noahAppointments()).length).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('says a date in the past is over, next to the start, before sending; keeps what was typed', async () => {
    const el = await loaded();
    const before = (await noahAppointments()).length;
    await openAdd(el);
    await fill(el, inDays(-3), '10:00', '11:00');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === 'start', 'focus on the start');
    expect(textOf(el.shadowRoot!.getElementById('start-error')!)).to.contain(
      'Dit moment is al voorbij. Kies een tijd in de toekomst.',
    );
    expect(field(el, 'start').getAttribute('aria-describedby')).to.equal('start-error');
    expect(textOf(el.shadowRoot!.getElementById('end-error')!)).to.equal('');
    expect([
      field(el, 'day').value,
      field(el, 'start').value,
      field(el, 'end').value,
    ]).to.deep.equal([inDays(-3), '10:00', '11:00']);
    expect(field(el, 'title').value).to.equal('Tandarts');
    expect((await noahAppointments()).length).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it("shows the server's word that the start is past (its clock is ahead) next to the start", async () => {
    const el = await loaded();
    const before = (await noahAppointments()).length;
    const soon = wallTime(Date.now() + 5 * 60_000);
    const later = wallTime(Date.now() + 35 * 60_000);
    await openAdd(el);
    await fill(el, soon.day, soon.time, later.time);
    const { backend } = await mockBackend();
    backend.clock.advance(10 * 60_000);
    try {
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => textOf(el.shadowRoot!.getElementById('start-error')!).includes('al voorbij'),
        'refused by the server',
        { timeout: 10_000 },
      );
    } finally {
      backend.clock.advance(-10 * 60_000);
    }
    expect(field(el, 'start').value).to.equal(soon.time);
    expect((await noahAppointments()).length).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('asks to choose who may see it', async () => {
    const el = await loaded();
    await openAdd(el);
    field(el, 'title').focus();
    await sendKeys({ type: 'Tandarts' });
    pick(el, 'day', inDays(2));
    pick(el, 'start', '10:00');
    pick(el, 'end', '11:00');
    part(el, 'save')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('visibility-error')!.textContent).to.contain(
      'Kies of de zorg deze afspraak mag zien.',
    );
  });

  it('keeps Amsterdam time across the change to summer time', async () => {
    const el = await loaded();
    await openAdd(el);
    await fill(el, '2027-03-28', '10:00', '11:00');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      async () => (await noahAppointments()).some((a) => a.title === 'Tandarts'),
      'stored',
      {
        timeout: 5000,
      },
    );
    const stored = (await noahAppointments()).find((a) => a.title === 'Tandarts')!;
    expect(stored.start).to.equal('2027-03-28T08:00:00.000Z');
    await openAdd(el);
    await fill(el, '2027-03-27', '10:00', '11:00');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      async () => (await noahAppointments()).filter((a) => a.title === 'Tandarts').length === 2,
      'stored the day before',
      { timeout: 5000 },
    );
    const winter = (await noahAppointments()).find(
      (a) => a.title === 'Tandarts' && a.start.startsWith('2027-03-27'),
    )!;
    expect(winter.start).to.equal('2027-03-27T09:00:00.000Z');
  });

  it('changes and deletes an own appointment', async () => {
    const el = await loaded();
    item(el, 'Controle kinderarts')!.querySelector<HTMLElement>('[part~="edit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOpen(el), 'edit dialog', { timeout: 5000 });
    expect(field(el, 'title').value).to.equal('Controle kinderarts');
    field(el, 'title').focus();
    await sendKeys({ type: ' en prik' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => item(el, 'Controle kinderarts en prik'), 'changed', { timeout: 5000 });
    item(el, 'Controle kinderarts en prik')!
      .querySelector<HTMLElement>('[part~="delete"]')!
      .click();
    await waitUntil(() => dialogOpen(el), 'delete dialog', { timeout: 5000 });
    part(el, 'save')!.click();
    await waitUntil(() => !item(el, 'Controle kinderarts'), 'deleted', { timeout: 5000 });
    expect((await noahAppointments()).some((a) => a.title.startsWith('Controle'))).to.equal(false);
    expect(part(el, 'notice')!.textContent).to.contain('is verwijderd');
  });

  it('sends "Ik ben er niet" by keyboard, reason required; the answer of the planner shows', async () => {
    const el = await loaded();
    const care = items(el).find((i) => i.querySelector('[part~="not-home"]'))!;
    const id = care.dataset.id!;
    care.querySelector<HTMLElement>('[part~="not-home"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOpen(el), 'dialog', { timeout: 5000 });
    await settled(el);
    expect(focused()).to.equal('reason');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('reason-error')!.textContent).to.contain(
      'Schrijf kort waarom',
    );
    await expect(el).to.be.accessible();
    field(el, 'reason').focus();
    await sendKeys({ type: 'Ik ben bij mijn moeder.' });
    part(el, 'save')!.focus();
    await sendKeys({ press: 'Enter' });
    const status = () =>
      el.shadowRoot!.querySelector(`[data-id="${id}"] [part~="change-status"]`)?.textContent ?? '';
    await waitUntil(() => status().includes('verstuurd'), 'sent', { timeout: 5000 });
    const { backend } = await mockBackend();
    // The planner declines (what the demo's developer panel does through the mock).
    const request = backend.db.appointments.find((a) => a.id === id)!.changeRequest!;
    Object.assign(request, { status: 'declined', answer: 'Die dag lukt het niet.' });
    part(el, 'later')!.click();
    await waitUntil(() => !status(), 'the next weeks', { timeout: 5000 });
    part(el, 'earlier')!.click();
    await waitUntil(() => status().includes('Die dag lukt het niet.'), 'declined shown', {
      timeout: 5000,
    });
    expect(status()).to.contain('afgewezen');
    await expect(el).to.be.accessible();
  });

  it('asks for another moment with a proposed time in the future', async () => {
    const el = await loaded();
    const care = items(el).find((i) => i.querySelector('[part~="reschedule"]'))!;
    const id = care.dataset.id!;
    care.querySelector<HTMLElement>('[part~="reschedule"]')!.click();
    await waitUntil(() => dialogOpen(el), 'dialog', { timeout: 5000 });
    field(el, 'reason').focus();
    await sendKeys({ type: 'Dan ben ik bij de huisarts.' });
    part(el, 'save')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('proposed-error')!.textContent).to.contain('Kies een dag');
    pick(el, 'proposed-day', inDays(3));
    pick(el, 'proposed-time', '11:00');
    part(el, 'save')!.click();
    await waitUntil(
      async () =>
        (await noahAppointments()).find((a) => a.id === id)!.changeRequest?.status === 'sent',
      'sent',
      { timeout: 5000 },
    );
    const request = (await noahAppointments()).find((a) => a.id === id)!.changeRequest!;
    expect(request.kind).to.equal('reschedule');
    expect(request.proposedStart).to.match(/T10:00:00|T11:00:00/);
  });

  it('speaks English when the provider does', async () => {
    const el = await loaded('en');
    await waitUntil(() => textOf(el).includes('Calendar'), 'English', { timeout: 5000 });
    expect(textOf(el)).to.contain('Care appointment');
    expect(textOf(el)).to.contain('Add appointment');
    await expect(el).to.be.accessible();
  });
});
