import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend, resetMock, textOf } from '../../../test/harness.js';
import type { PortalAttachmentPicker } from '../../ui/attachments/portal-attachment-picker.component.js';
import { $, $$, messagesPanel, tick, typeMessage, waitFor } from './portal-messages.harness.js';

/** A tiny PNG: the signature and a header are what the server checks. */
const pngBytes = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
]);
/** A program ("MZ"), renamed to look like a photo. */
const exeBytes = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]);

/** The picker in the panel's composer. */
const pickerOf = (el: HTMLElement) => $(el, 'portal-attachment-picker') as PortalAttachmentPicker;

/** Chooses a file in the picker's file field, as the browser's file dialog does. */
async function choose(el: HTMLElement, file: File): Promise<void> {
  // The picker loads with the first composer.
  await customElements.whenDefined('portal-attachment-picker');
  const picker = pickerOf(el);
  await picker.updateComplete;
  const input = picker.shadowRoot!.querySelector<HTMLInputElement>('#file')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** The Idempotency-Key and attachmentIds of every message POST the page makes, in order. */
function recordPosts(): { posts: Array<{ key: string; ids: string[] }>; stop: () => void } {
  const original = window.fetch;
  const posts: Array<{ key: string; ids: string[] }> = [];
  window.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method === 'POST' && /\/(conversations|messages)$/.test(request.url)) {
      const body = (await request.clone().json()) as { attachmentIds?: string[] };
      posts.push({ key: request.headers.get('Idempotency-Key') ?? '', ids: body.attachmentIds! });
    }
    return original(input, init);
  };
  return { posts, stop: () => (window.fetch = original) };
}

/** Opens "Nieuw bericht" and ticks Joost. */
async function newMessage(el: HTMLElement): Promise<void> {
  await waitFor(() => $(el, '[part=new]'), 'loaded');
  $(el, '[part=new]')!.click();
  await waitFor(() => $(el, '[part=recipients]'), 'the form');
  tick(el, 'Joost');
}

/** The stored messages with their attachments, newest last. */
async function storedWithFiles() {
  const { backend } = await mockBackend();
  return backend.db.messages as Array<{ body: string; attachments?: Array<{ name: string }> }>;
}

describe('portal-messages: attachments (X9)', function (this: { timeout(ms: number): void }) {
  // Uploads, sends and a conversation to open: slower than one form on a busy machine.
  this.timeout(60_000);
  beforeEach(resetMock);
  setupIgnoreWindowResizeObserverLoopErrors(before, after);

  it('sends a photo with a new message, shows it in the conversation and downloads it', async () => {
    const el = await messagesPanel();
    await newMessage(el);
    await typeMessage(el, 'Hier is de foto van de wond.');
    await choose(el, new File([pngBytes], 'wond.png', { type: 'image/png' }));
    await waitFor(() => pickerOf(el).attachments.length === 1, 'uploaded');
    await expect(el).to.be.accessible();
    $(el, '[part=send]')!.click();
    await waitFor(() => !$(el, '[part=outbox]') && $(el, '[part=conversation]'), 'sent');
    const sent = (await storedWithFiles()).at(-1)!;
    expect(sent.body).to.equal('Hier is de foto van de wond.');
    expect(sent.attachments!.length).to.equal(1);
    await waitFor(() => textOf($(el, '[part=conversation]')!).includes('de wond'), 'listed');
    $(el, '[part=conversation]')!.click();
    await waitFor(() => $(el, '[part=messages]'), 'the conversation');
    $(el, '[part=messages]')!.scrollIntoView();
    const list = () => $(el, 'portal-virtual-list')?.shadowRoot;
    await waitFor(
      () => list()?.querySelector('[part=attachment]'),
      `the attachment is shown: ${textOf(el)} / ${list()?.textContent}`,
    );
    const shown = list()!.querySelector<HTMLElement>('[part=attachment]')!;
    expect(textOf(shown)).to.match(/\.png \(PNG, 1 kB\)/);
    await expect(el).to.be.accessible();
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      shown.querySelector<HTMLElement>('[part=download]')!.click();
      await waitFor(() => clicked.length === 1, 'the download is offered');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(clicked[0]!.download).to.equal(sent.attachments![0]!.name);
    const bytes = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
    expect([...bytes]).to.deep.equal([...pngBytes]);
  });

  it('refuses a program renamed to .png with a message next to the picker; the text stays', async () => {
    const el = await messagesPanel();
    await newMessage(el);
    await typeMessage(el, 'Zie bijlage.');
    await choose(el, new File([exeBytes], 'foto.png', { type: 'image/png' }));
    const picker = pickerOf(el);
    await waitFor(() => textOf(picker).includes('Dit bestand is geen foto of PDF'), 'refused');
    expect(picker.attachments).to.deep.equal([]);
    expect(($(el, '#text') as HTMLTextAreaElement).value).to.equal('Zie bijlage.');
    await expect(el).to.be.accessible();
  });

  it('keeps the attachments of a reply that failed, and the retry sends them once', async () => {
    const el = await messagesPanel();
    await waitFor(() => $(el, '[part=conversation]'), 'conversations');
    $(el, '[part=conversation]')!.click();
    await waitFor(() => $(el, 'portal-attachment-picker'), 'the reply form');
    await waitFor(() => $(el, '[part=messages]'), 'the conversation');
    $(el, '[part=messages]')!.scrollIntoView();
    await waitFor(
      () => $(el, '[part=messages]')?.shadowRoot?.querySelector('[part=row]'),
      'the messages of the conversation',
    );
    await typeMessage(el, 'De foto van vanochtend.');
    await choose(el, new File([pngBytes], 'ochtend.png', { type: 'image/png' }));
    await waitFor(() => pickerOf(el).attachments.length === 1, 'uploaded');
    const id = pickerOf(el).attachments[0]!.id;
    const { backend } = await mockBackend();
    const before = (await storedWithFiles()).length;
    const record = recordPosts();
    try {
      backend.setScenario({ offline: true });
      $(el, '[part=send]')!.click();
      await waitFor(() => $(el, '[part=not-sent]'), 'not sent', 20_000);
      expect(textOf($(el, '[part=pending-attachments]')!)).to.match(/Bijlagen: .+\.png/);
      expect(pickerOf(el).attachments).to.deep.equal([]);
      // The virtualized list draws rows only in view: look at it, as a person scrolls to it.
      $(el, '[part=messages]')!.scrollIntoView();
      await waitFor(() => $(el, '[part=messages]')!.shadowRoot!.querySelector('[part=row]'));
      await expect(el).to.be.accessible();
      backend.setScenario({ offline: false });
      $(el, '[part=resend]')!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !$(el, '[part=outbox]'), 'sent');
    } finally {
      record.stop();
    }
    const added = (await storedWithFiles()).slice(before);
    expect(added.map((m) => m.body)).to.deep.equal(['De foto van vanochtend.']);
    expect(added[0]!.attachments!.length).to.equal(1);
    expect(new Set(record.posts.map((p) => p.key)).size).to.equal(1);
    expect(record.posts.every((p) => p.ids.length === 1 && p.ids[0] === id)).to.equal(true);
    expect($$(el, '[part=pending]').length).to.equal(0);
  });
});
