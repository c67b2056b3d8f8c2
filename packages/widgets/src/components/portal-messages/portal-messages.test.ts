import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, html, oneEvent } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import { PortalMessageRequestedEvent } from '../../events/portal-message-requested.js';
import {
  $,
  $$,
  messagesPanel,
  stored,
  tick,
  typeMessage,
  until,
  waitFor,
} from './portal-messages.harness.js';

describe('portal-messages', () => {
  beforeEach(resetMock);
  // The virtualizer's benign "ResizeObserver loop" notice would otherwise fail the tests.
  setupIgnoreWindowResizeObserverLoopErrors(before, after);

  it('shows nothing before anyone signs in', async () => {
    const el = await messagesPanel('full', '');
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows the 4 newest messages on the start screen, newest first, and then all', async () => {
    const el = await messagesPanel('recent');
    await waitFor(() => $$(el, '[part=message]').length === 4, 'four messages');
    const times = $$(el, '[part=message] time').map((t) => t.getAttribute('datetime')!);
    expect([...times].sort().reverse()).to.deep.equal(times);
    expect(textOf(el)).to.contain('Nieuw');
    await expect(el).to.be.accessible();
    $(el, '[part=all]')!.focus();
    const asked = oneEvent(el, 'portal-show-all');
    await sendKeys({ press: 'Enter' });
    expect((await asked).detail.overview).to.equal('messages');
    // No page took it: the panel shows all conversations in place.
    await waitFor(() => $(el, '[part=conversations]'), 'all conversations');
    expect(el.mode).to.equal('full');
    expect(focused()).to.equal('title');
  });

  it('lists the conversations newest first with unread marks; opening one reads it', async () => {
    const el = await messagesPanel();
    await waitFor(() => $(el, '[part=conversations]'), 'conversations');
    const times = $$(el, '[part=conversation] time').map((t) => t.getAttribute('datetime')!);
    expect([...times].sort().reverse()).to.deep.equal(times);
    const unread = $$(el, '[part=conversation]').find((b) => b.textContent!.includes('nieuw'))!;
    expect(unread, 'an unread conversation').not.to.equal(undefined);
    const before = $$(el, '[part=conversation] [part=unread]').length;
    await expect(el).to.be.accessible();
    unread.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, 'portal-virtual-list')?.shadowRoot?.querySelector('[part=row]'));
    expect(focused()).to.equal('thread-title');
    expect(textOf(el)).to.contain('Het zorgteam antwoordt meestal binnen 1 dag.');
    const list = $(el, 'portal-virtual-list')!;
    await waitFor(() => textOf(list).includes('Gelezen door het zorgteam'), 'read by the team');
    await expect(el).to.be.accessible();
    $(el, '[part=back]')!.click();
    await waitFor(() => $(el, '[part=conversations]'), 'the list again');
    const unreadCount = () => $$(el, '[part=conversation] [part=unread]').length;
    await waitFor(() => unreadCount() === before - 1, 'the opened one is no longer unread');
  });

  it('sends a new message to several people, chosen by group and role, with the keyboard', async () => {
    const el = await messagesPanel();
    await waitFor(() => $(el, '[part=new]'), 'loaded');
    $(el, '[part=new]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, '[part=recipients]'), 'the recipients');
    expect(textOf(el)).to.match(/Zorgteam.*verpleegkundige.*Contactpersonen.*Mark/);
    await waitFor(() => focused() === 'to' || focused() === 'input', 'focus on the first');
    await sendKeys({ press: 'Space' }); // the care team
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Mark
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Kunnen jullie vrijdag later komen?' });
    await expect(el).to.be.accessible();
    // Past "Bestand kiezen" and "Foto maken" to "Stuur".
    for (const _ of [1, 2, 3]) await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('send');
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => $(el, '[part=conversation]')?.textContent!.includes('Zorgteam, Mark'),
      'the new conversation first',
    );
    expect($(el, '[part=outbox]')).to.equal(null);
    const last = (await stored()).at(-1)!;
    expect(last.body).to.equal('Kunnen jullie vrijdag later komen?');
    const { backend } = await mockBackend();
    const conv = backend.db.conversations.find((c) => c.id === last.conversationId)!;
    expect(conv.participantIds).to.deep.equal(['u-sanne', 'care-team', 'u-mark']);
    expect($(el, '[part=conversation]')!.textContent).to.contain('Kunnen jullie vrijdag');
  });

  it('refuses no recipient, an empty message and one over the limit, next to the field, input kept', async () => {
    const el = await messagesPanel();
    await waitFor(() => $(el, '[part=new]'), 'loaded');
    $(el, '[part=new]')!.click();
    await waitFor(() => $(el, '[part=send]'), 'the form');
    const before = (await stored()).length;
    $(el, '[part=send]')!.click();
    await until(el, 'Kies aan wie u het bericht stuurt.');
    expect(textOf(el)).to.contain('Typ eerst uw bericht.');
    await expect(el).to.be.accessible();
    tick(el, 'Anna');
    const long = 'a'.repeat(2001);
    const field = $(el, '#text') as HTMLTextAreaElement;
    field.value = long;
    field.dispatchEvent(new Event('input'));
    await typeMessage(el, 'b');
    $(el, '[part=send]')!.click();
    await until(el, 'Uw bericht is te lang. Het mag 2000 tekens hebben. Nu zijn het er 2002.');
    expect(textOf(el)).not.to.contain('Kies aan wie');
    expect(field.value).to.equal(`${long}b`);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(focused()).to.equal('text');
    expect((await stored()).length).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('answers "Bericht sturen" elsewhere on the page, and the host page can call it too', async () => {
    const el = await messagesPanel();
    await waitFor(() => $(el, '[part=new]'), 'loaded');
    document.body.dispatchEvent(
      new PortalMessageRequestedEvent({ recipientId: 'st-anna', name: 'Anna Bakker' }),
    );
    await waitFor(() => focused() === 'text', 'the message field has focus');
    const checked = $$(el, 'input[name=to]').filter((i) => (i as HTMLInputElement).checked);
    expect(checked.map((i) => (i as HTMLInputElement).value)).to.deep.equal(['st-anna']);
    $(el, '[part=cancel]')!.click();
    await waitFor(() => $(el, '[part=conversations]'), 'back');
    el.writeTo('u-mark');
    await waitFor(() => focused() === 'text', 'again');
    const now = $$(el, 'input[name=to]').filter((i) => (i as HTMLInputElement).checked);
    expect(now.map((i) => (i as HTMLInputElement).value)).to.deep.equal(['u-mark']);
  });

  it('shows no access when the messages section is not granted', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    const { backend } = await mockBackend();
    for (const g of backend.db.grants.filter((x) => x.userId === 'u-sanne'))
      g.sections = g.sections.filter((s) => s !== 'messages');
    await signIn(provider);
    provider.querySelector('div')!.append(document.createElement('portal-messages'));
    const el = provider.querySelector('portal-messages')!;
    await waitFor(() => $(el, '[part=forbidden]'), 'no access');
    await expect(el).to.be.accessible();
  });

  it('shows loading, then an error with a retry that works', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider);
    const { backend } = await mockBackend();
    backend.setScenario({ latencyMs: 60_000 });
    provider.querySelector('div')!.append(document.createElement('portal-messages'));
    const el = provider.querySelector('portal-messages')!;
    await waitFor(() => $(el, '[part=loading]'), 'loading');
    await expect(el).to.be.accessible();
    el.remove();
    backend.setScenario({ latencyMs: 0, offline: true });
    provider.querySelector('div')!.append(el);
    await waitFor(() => $(el, '[part=error]'), 'error');
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    $(el, '[part=retry]')!.click();
    await waitFor(() => $(el, '[part=conversations]'), 'loaded after retry');
  });

  it('says when there are no messages yet', async () => {
    const { backend } = await mockBackend();
    backend.db.conversations = backend.db.conversations.filter((c) => c.clientId !== 'cl-noah');
    const el = await messagesPanel('recent');
    await until(el, 'U heeft nog geen berichten.');
    await expect(el).to.be.accessible();
  });
});
