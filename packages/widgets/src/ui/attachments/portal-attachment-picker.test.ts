import { expect, html, waitUntil } from '../../../test/testing.js';
import { portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './portal-attachment-picker.js';
import type { PortalAttachmentPicker } from './portal-attachment-picker.component.js';

const wait = (condition: () => unknown, message?: string) =>
  waitUntil(condition, message, { timeout: 10_000 });
const jpegBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

async function picker(): Promise<PortalAttachmentPicker> {
  const provider = await portal(
    html`<portal-provider locale="nl"
      ><portal-attachment-picker></portal-attachment-picker
    ></portal-provider>`,
  );
  await signIn(provider);
  return provider.querySelector('portal-attachment-picker')!;
}

describe('portal-attachment-picker', () => {
  beforeEach(resetMock);

  it('shows the types and the limit before choosing, and offers the camera', async () => {
    const el = await picker();
    expect(textOf(el)).to.contain("Foto's (JPEG, PNG, HEIC) of PDF, hoogstens 10 MB per bestand");
    const camera = el.shadowRoot!.querySelector('#camera')!;
    expect(camera.getAttribute('capture')).to.equal('environment');
    expect(el.shadowRoot!.querySelector('#file')!.getAttribute('accept')).to.equal(
      'image/jpeg,image/png,image/heic,application/pdf',
    );
    await expect(el).to.be.accessible();
  });

  it('uploads a photo, shows it, and takes it off again', async () => {
    const el = await picker();
    let changed = 0;
    el.addEventListener('portal-attachments-changed', () => (changed += 1));
    await el.add(new File([jpegBytes], 'vakantie.jpg', { type: 'image/jpeg' }));
    await wait(() => el.attachments.length === 1, 'added');
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('src')).to.match(/^blob:/);
    expect(textOf(el)).to.contain('foto-1.jpg');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLElement>('[part=remove]')!.click();
    await wait(() => el.attachments.length === 0, 'removed');
    expect(changed).to.equal(2);
  });

  it('refuses a 30 MB photo before sending it', async () => {
    const el = await picker();
    const big = new File([new Uint8Array(30 * 1024 * 1024)], 'groot.jpg', { type: 'image/jpeg' });
    await el.add(big);
    await wait(() =>
      textOf(el).includes('Dit bestand is 30 MB. Dat is te groot: hoogstens 10 MB.'),
    );
    expect(el.attachments).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('refuses a program renamed to .jpg: the server checks what is inside', async () => {
    const el = await picker();
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3])], 'foto.jpg', {
      type: 'image/jpeg',
    });
    await el.add(exe);
    await wait(() => textOf(el).includes('Dit bestand is geen foto of PDF'), 'refused');
    expect(el.attachments).to.deep.equal([]);
  });
});
