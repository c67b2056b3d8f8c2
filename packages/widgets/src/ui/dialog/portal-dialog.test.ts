import { expect, fixture, html, oneEvent } from '../../../test/testing.js';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { deepActiveElement } from '../focus.js';
import { applyLocale } from '../../i18n/localization.js';
import { DIALOG_CLOSE_REASONS, type PortalDialog } from './portal-dialog.js';
import './portal-dialog.js';

interface Page {
  dialog: PortalDialog;
  opener: HTMLButtonElement;
  native: HTMLDialogElement;
}

async function page(content = formContent()): Promise<Page> {
  const root = await fixture<HTMLElement>(html`
    <div>
      <button id="opener" @click=${() => root.querySelector('portal-dialog')!.show()}>
        Telefoonnummer wijzigen
      </button>
      <div style="height: 4000px">Lange pagina</div>
      <portal-dialog heading="Telefoonnummer wijzigen">${content}</portal-dialog>
    </div>
  `);
  const dialog = root.querySelector('portal-dialog')!;
  await dialog.updateComplete;
  const native = dialog.shadowRoot!.querySelector('dialog')!;
  return { dialog, opener: root.querySelector('#opener')!, native };
}

function formContent() {
  return html`
    <label>Nieuw nummer <input id="phone" type="tel" /></label>
    <button slot="actions" id="cancel">Annuleren</button>
    <button slot="actions" id="save">Opslaan</button>
  `;
}

/** Opens the dialog the way a keyboard user does: focus the opener, press Enter. */
async function openWithKeyboard({ dialog, opener, native }: Page): Promise<void> {
  opener.focus();
  await sendKeys({ press: 'Enter' });
  await dialog.updateComplete;
  // What a user sees once the opening animation has run (axe measures contrast mid-fade).
  await Promise.all(native.getAnimations({ subtree: true }).map((a) => a.finished));
}

function closeButton(dialog: PortalDialog): HTMLButtonElement {
  return dialog.shadowRoot!.querySelector('[part="close-button"]')!;
}

function focused(): string {
  const el = deepActiveElement();
  return el?.id || el?.getAttribute('part') || el?.localName || 'none';
}

describe('portal-dialog', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it('is closed and invisible by default', async () => {
    const p = await page();
    expect(p.dialog.open).to.equal(false);
    expect(p.native.open).to.equal(false);
    expect(p.native.checkVisibility()).to.equal(false);
    expect(p.dialog.querySelector('#phone')!.checkVisibility()).to.equal(false);
    await expect(p.dialog).to.be.accessible();
  });

  it('opens as a modal named by its heading, with focus on the first field', async () => {
    const p = await page();
    await openWithKeyboard(p);
    expect(p.dialog.open).to.equal(true);
    expect(p.dialog.hasAttribute('open')).to.equal(true);
    expect(p.native.matches(':modal')).to.equal(true);
    const labelledBy = p.native.getAttribute('aria-labelledby')!;
    const heading = p.dialog.shadowRoot!.getElementById(labelledBy)!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('Telefoonnummer wijzigen');
    expect(heading.checkVisibility()).to.equal(true);
    expect(focused()).to.equal('phone');
    expect(closeButton(p.dialog).textContent!.trim()).to.contain('Sluiten');
    await expect(p.dialog).to.be.accessible();
  });

  it('focuses the element chosen with initial-focus or autofocus', async () => {
    const p = await page();
    p.dialog.initialFocus = '#save';
    await openWithKeyboard(p);
    expect(focused()).to.equal('save');
    p.dialog.close();

    // In a dialog, autofocus is the platform's way to choose the first focus: that is the test.
    /* eslint-disable lit-a11y/no-autofocus */
    const q = await page(html`
      <p>Weet u het zeker?</p>
      <button slot="actions" id="no">Nee</button>
      <button slot="actions" id="yes" autofocus>Ja</button>
    `);
    /* eslint-enable lit-a11y/no-autofocus */
    await openWithKeyboard(q);
    expect(focused()).to.equal('yes');
  });

  it('focuses the first action, or else the close button, when the content has no control', async () => {
    const p = await page(
      html`<p>Uw bericht is verstuurd.</p>
        <button slot="actions" id="ok">Oké</button>`,
    );
    await openWithKeyboard(p);
    expect(focused()).to.equal('ok');
    p.dialog.close();

    const q = await page(html`<p>Alleen tekst.</p>`);
    await openWithKeyboard(q);
    expect(focused()).to.equal('close-button');
    expect(q.dialog.shadowRoot!.querySelector('[part="footer"]')!.checkVisibility()).to.equal(
      false,
    );
    await expect(q.dialog).to.be.accessible();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const p = await page();
    await openWithKeyboard(p);
    const order: string[] = [focused()];
    for (let i = 0; i < 4; i += 1) {
      await sendKeys({ press: 'Tab' });
      order.push(focused());
    }
    expect(order).to.deep.equal(['phone', 'cancel', 'save', 'close-button', 'phone']);
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused()).to.equal('save');
  });

  it('closes on Esc with reason "escape" and gives focus back to the opener', async () => {
    const p = await page();
    await openWithKeyboard(p);
    await sendKeys({ type: '0612' });
    const closed = oneEvent(p.dialog, 'portal-dialog-close');
    await sendKeys({ press: 'Escape' });
    const event = await closed;
    expect(event.detail).to.deep.equal({ reason: 'escape', returnValue: '' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(p.dialog.open).to.equal(false);
    expect(p.native.checkVisibility()).to.equal(false);
    expect(focused()).to.equal('opener');
    await expect(p.dialog).to.be.accessible();
  });

  it('closes with its close button, clicked with the mouse', async () => {
    const p = await page();
    await openWithKeyboard(p);
    const box = closeButton(p.dialog).getBoundingClientRect();
    const closed = oneEvent(p.dialog, 'portal-dialog-close');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    expect((await closed).detail.reason).to.equal('close-button');
    expect(focused()).to.equal('opener');
  });

  it('closes through close(returnValue) and through the open property', async () => {
    const p = await page();
    p.dialog.querySelector('#save')!.addEventListener('click', () => p.dialog.close('saved'));
    await openWithKeyboard(p);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const closed = oneEvent(p.dialog, 'portal-dialog-close');
    await sendKeys({ press: 'Enter' });
    expect((await closed).detail).to.deep.equal({ reason: 'method', returnValue: 'saved' });
    expect(p.dialog.returnValue).to.equal('saved');

    await openWithKeyboard(p);
    const again = oneEvent(p.dialog, 'portal-dialog-close');
    p.dialog.open = false;
    expect((await again).detail.reason).to.equal('method');
    expect(DIALOG_CLOSE_REASONS).to.include('method');
  });

  it('stops the page behind from scrolling while open, and restores it after', async () => {
    const p = await page();
    const before = document.documentElement.style.getPropertyValue('overflow');
    await openWithKeyboard(p);
    // Chromium keeps keys from scrolling the page behind a modal, but not the wheel or touch.
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
    const closed = oneEvent(p.dialog, 'portal-dialog-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(document.documentElement.style.getPropertyValue('overflow')).to.equal(before);
  });

  it('releases the page when removed while open', async () => {
    const p = await page();
    await openWithKeyboard(p);
    p.dialog.remove();
    expect(getComputedStyle(document.documentElement).overflow).to.not.equal('hidden');
  });

  it('opens when rendered with the open attribute', async () => {
    const el = await fixture<PortalDialog>(html`
      <portal-dialog heading="Let op" open><button id="ok">Oké</button></portal-dialog>
    `);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
    expect(focused()).to.equal('ok');
    el.close();
  });

  it('animates only when the user has not asked for reduced motion', async () => {
    const p = await page();
    p.opener.focus();
    await sendKeys({ press: 'Enter' });
    await p.dialog.updateComplete;
    expect(p.native.getAnimations().length).to.be.greaterThan(0);
    p.dialog.close();
    await emulateMedia({ reducedMotion: 'reduce' });
    await openWithKeyboard(p);
    expect(p.native.getAnimations()).to.have.length(0);
    p.dialog.close();
  });

  it('keeps a visible border and focus outline under forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const p = await page();
    await openWithKeyboard(p);
    expect(getComputedStyle(p.native).borderTopWidth).to.equal('2px');
    closeButton(p.dialog).focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    const outline = getComputedStyle(closeButton(p.dialog)).outlineStyle;
    expect(outline).to.equal('solid');
    await expect(p.dialog).to.be.accessible();
    p.dialog.close();
  });

  it('speaks English when the locale is English', async () => {
    const p = await page();
    await applyLocale('en');
    await p.dialog.updateComplete;
    expect(closeButton(p.dialog).textContent!.trim()).to.contain('Close');
    await applyLocale('nl');
  });
});
