import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  focused,
  mockBackend,
  resetMock,
  signIn,
  textOf,
  untilQuiet,
} from '../../../test/harness.js';
import type { PortalProvider } from '../portal-provider/portal-provider.component.js';
import type { PortalVirtualList } from '../../ui/virtual-list/portal-virtual-list.component.js';
import {
  $,
  $$,
  messagesPanel,
  stored,
  tick,
  typeMessage,
  waitFor,
} from './portal-messages.harness.js';

/** The Idempotency-Key of every message POST the page makes, in order. */
function recordKeys(): { keys: string[]; stop: () => void } {
  const original = window.fetch;
  const keys: string[] = [];
  window.fetch = (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method === 'POST' && /\/(conversations|messages)$/.test(request.url))
      keys.push(request.headers.get('Idempotency-Key') ?? 'none');
    return original(input, init);
  };
  return { keys, stop: () => (window.fetch = original) };
}

async function openFirstConversation(el: HTMLElement) {
  await waitFor(() => $(el, '[part=conversation]'), 'conversations');
  $(el, '[part=conversation]')!.click();
  // The reply field shows at once; the conversation's messages load after it.
  await waitFor(() => $(el, '#text'), 'the reply field');
  await waitFor(() => $(el, '[part=messages]'), 'the messages of the conversation');
}

/** The large seed's last conversation opened, with its first rows drawn. */
async function longConversation() {
  (await mockBackend()).backend.reset({ seed: 'large' });
  const el = await messagesPanel();
  await waitFor(() => $$(el, '[part=conversation]').length > 50, 'many conversations');
  $$(el, '[part=conversation]').at(-1)!.click();
  await waitFor(() => $(el, 'portal-virtual-list'), 'the list');
  const list = $(el, 'portal-virtual-list') as PortalVirtualList;
  await waitFor(() => list.shadowRoot?.querySelector('[part=row]'), 'rows');
  return { el, list };
}

describe('portal-messages: sending that fails, and many messages', () => {
  beforeEach(resetMock);
  // The large seed stays chosen until another is: leave the next file the default one.
  afterEach(async () => (await mockBackend()).backend.reset({ seed: 'default' }));
  // The virtualizer's benign "ResizeObserver loop" notice would otherwise fail the tests; it can
  // come between tests too (a list removed while it measures), so it is ignored for the file.
  setupIgnoreWindowResizeObserverLoopErrors(before, after);

  it('keeps a reply that failed offline as "Niet verstuurd", and sends it once with the same key', async () => {
    const el = await messagesPanel();
    await openFirstConversation(el);
    const { backend } = await mockBackend();
    const before = (await stored()).length;
    const record = recordKeys();
    try {
      backend.setScenario({ offline: true });
      await typeMessage(el, 'Tot morgen!');
      // After the text come the attachments' buttons, then "Stuur".
      $(el, '[part=send]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => $(el, '[part=not-sent]'), 'not sent', 20_000);
      expect(textOf($(el, '[part=outbox]')!)).to.contain('Tot morgen!');
      expect(textOf(el)).to.contain('Er is geen verbinding');
      await expect(el).to.be.accessible();
      backend.setScenario({ offline: false });
      $(el, '[part=resend]')!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !$(el, '[part=outbox]'), 'sent');
    } finally {
      record.stop();
    }
    const added = (await stored()).slice(before);
    expect(added.map((m) => m.body)).to.deep.equal(['Tot morgen!']);
    expect(new Set(record.keys).size, record.keys.join()).to.equal(1);
    await waitFor(
      () => $(el, 'portal-virtual-list')?.shadowRoot?.textContent?.includes('Tot morgen!'),
      'shown in the conversation',
    );
  });

  it('keeps a new message that met a server error, with its recipients, and posts it once', async () => {
    const el = await messagesPanel();
    await waitFor(() => $(el, '[part=new]'), 'loaded');
    $(el, '[part=new]')!.click();
    await waitFor(() => $(el, '[part=recipients]'), 'the form');
    tick(el, 'Joost');
    await typeMessage(el, 'Graag een nieuw recept.');
    const { backend } = await mockBackend();
    backend.setScenario({ failureRate: 1 });
    const before = (await stored()).length;
    const send = $(el, '[part=send]')!;
    send.click();
    send.click();
    await waitFor(() => $(el, '[part=not-sent]'), 'not sent', 20_000);
    expect(textOf(el)).to.contain('Aan: Joost');
    expect(textOf(el)).to.contain('Graag een nieuw recept.');
    expect($$(el, '[part=pending]').length).to.equal(1);
    backend.setScenario({ failureRate: 0 });
    $(el, '[part=resend]')!.click();
    $(el, '[part=resend]')?.click();
    await waitFor(() => !$(el, '[part=outbox]'), 'sent');
    expect((await stored()).slice(before).map((m) => m.body)).to.deep.equal([
      'Graag een nieuw recept.',
    ]);
  });

  it('keeps a message when the session expired, and shows it again after signing in', async () => {
    const el = await messagesPanel();
    await openFirstConversation(el);
    // Opening an unread conversation tells the server it is read: that ends first.
    await untilQuiet();
    const { backend } = await mockBackend();
    backend.db.sessions.clear();
    await typeMessage(el, 'Is de zorg er morgen om acht uur?');
    $(el, '[part=send]')!.click();
    const provider = el.closest('portal-provider') as PortalProvider;
    await waitFor(() => provider.client!.session.getState().status === 'signed-out', 'ended');
    await waitFor(() => textOf(el) === '', 'the panel is cleared');
    await signIn(provider);
    await waitFor(() => $(el, '[part=not-sent]'), `the message is still there: ${textOf(el)}`);
    expect(textOf(el)).to.contain('Is de zorg er morgen om acht uur?');
    await expect(el).to.be.accessible();
    $(el, '[part=resend]')!.click();
    await waitFor(() => !$(el, '[part=outbox]'), 'sent');
    expect((await stored()).at(-1)!.body).to.equal('Is de zorg er morgen om acht uur?');
  });

  it('stays smooth with 10,000+ messages: only the rows in view are in the page', async () => {
    const { el, list } = await longConversation();
    expect(list.shadowRoot!.querySelectorAll('[part=row]').length).to.be.below(40);
    (list.shadowRoot!.querySelector('[part=row]') as HTMLElement).focus();
    await sendKeys({ press: 'End' });
    await waitFor(() => list.items.length > 50, 'the next page loads near the end');
    expect(list.shadowRoot!.querySelectorAll('[part=row]').length).to.be.below(60);
    expect(focused()).to.equal('row');
    await expect(el).to.be.accessible();
  });

  it('says why older messages could not be loaded, and "Meer laden" tries again', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const { el, list } = await longConversation();
      const { backend } = await mockBackend();
      const inList = (part: string) =>
        list.shadowRoot!.querySelector<HTMLElement>(`[part=${part}]`);
      backend.setScenario({ offline: true });
      inList('row')!.focus();
      await sendKeys({ press: 'End' });
      await waitFor(() => inList('load-problem'), 'the reason next to the list', 20_000);
      expect(textOf(inList('load-problem')!)).to.contain('Er is geen verbinding');
      expect(list.items.length).to.equal(50);
      await expect(el).to.be.accessible();
      backend.setScenario({ offline: false });
      inList('load-more')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => list.items.length > 50, 'the next page');
      await waitFor(() => !inList('load-problem'), 'the reason gone');
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
