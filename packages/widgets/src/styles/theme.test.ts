import { expect, html, waitUntil } from '../../test/testing.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../test/harness.js';
import '../components/portal-sync-status/portal-sync-status.js';
import '../components/portal-logout/portal-logout.js';
import { tokenDefaults } from './tokens.js';

/** `#rrggbb` as the browser reports a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** A signed-in page with both panels inside a host page that styles its text in its own way. */
async function themedPage(providerStyle = '') {
  const provider = await portal(html`
    <div
      style="font-style: italic; text-transform: uppercase; letter-spacing: 5px; text-align: center; color: rgb(200, 0, 0)"
    >
      <portal-provider style=${providerStyle}>
        <portal-logout></portal-logout>
        <portal-sync-status></portal-sync-status>
      </portal-provider>
    </div>
  `);
  await signIn(provider);
  const sync = provider.querySelector('portal-sync-status')!;
  const logout = provider.querySelector('portal-logout')!;
  await waitUntil(() => textOf(sync).includes('Laatst bijgewerkt'), 'loaded');
  await waitUntil(() => logout.shadowRoot!.querySelector('button'), 'the button shows');
  const part = (el: Element, name: string) =>
    el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;
  return { provider, sync, logout, part };
}

describe('theming', () => {
  beforeEach(resetMock);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

  it('uses the default tokens, and resets what the host page lets inherit', async () => {
    const { sync, logout, part } = await themedPage();
    const heading = getComputedStyle(sync.shadowRoot!.querySelector('h2')!);
    expect(heading.fontStyle).to.equal('normal');
    expect(heading.textTransform).to.equal('none');
    expect(heading.letterSpacing).to.equal('normal');
    expect(heading.textAlign).to.equal('start');
    expect(heading.color).to.equal(rgb(tokenDefaults['--portal-color-text']));
    const panel = getComputedStyle(part(sync, 'panel'));
    expect(panel.backgroundColor).to.equal(rgb(tokenDefaults['--portal-color-surface']));
    const explanation = getComputedStyle(part(sync, 'explanation'));
    expect(explanation.color).to.equal(rgb(tokenDefaults['--portal-color-muted']));
    expect(getComputedStyle(part(logout, 'button')).color).to.equal(
      rgb(tokenDefaults['--portal-color-primary']),
    );
    await expect(sync).to.be.accessible();
  });

  it('takes a theme from custom properties on any ancestor, and ::part from the page', async () => {
    const style = document.createElement('style');
    style.textContent = 'portal-sync-status::part(panel) { border-color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const { sync, logout, part } = await themedPage(
        '--portal-color-primary: #5b2a86; --portal-font-family: Georgia, serif; --portal-radius: 0',
      );
      const button = getComputedStyle(part(logout, 'button'));
      expect(button.color).to.equal('rgb(91, 42, 134)');
      expect(button.borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(sync).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(part(sync, 'panel')).borderTopColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('shows a clear focus ring on keyboard focus', async () => {
    const { logout, part } = await themedPage();
    part(logout, 'button').focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('button');
    const ring = getComputedStyle(part(logout, 'button'));
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(ring.outlineColor).to.equal(rgb(tokenDefaults['--portal-color-focus']));
  });

  it('grows with large text: sizes in rem, no fixed heights', async () => {
    const root = document.documentElement;
    const { sync, logout, part } = await themedPage();
    const before = part(logout, 'button').getBoundingClientRect().height;
    root.style.fontSize = '200%';
    try {
      const after = part(logout, 'button').getBoundingClientRect().height;
      expect(after).to.be.greaterThan(before * 1.8);
      const panel = part(sync, 'panel');
      expect(panel.scrollHeight, 'nothing cut off').to.be.at.most(panel.clientHeight + 1);
    } finally {
      root.style.fontSize = '';
    }
  });

  it('stops the spinner for reduced motion', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider);
    (await mockBackend()).backend.setScenario({ latencyMs: 60_000 });
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = document.createElement('portal-sync-status');
    provider.querySelector('div')!.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.spinner'), 'loading');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.spinner')!).animationName).to.equal(
      'none',
    );
    el.remove();
  });

  it('keeps frames and the focus ring visible with forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const { sync, logout, part } = await themedPage();
    const frame = getComputedStyle(part(sync, 'panel'));
    expect(frame.borderTopStyle).to.equal('solid');
    expect(parseFloat(frame.borderTopWidth)).to.be.at.least(1);
    // A focus indicator made of box-shadow or background would vanish here; the outline stays.
    part(logout, 'button').focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    const button = getComputedStyle(part(logout, 'button'));
    expect(button.outlineStyle).to.equal('solid');
    expect(parseFloat(button.outlineWidth)).to.be.at.least(2);
    expect(parseFloat(button.borderTopWidth)).to.be.at.least(1);
    await expect(sync).to.be.accessible();
    await expect(logout).to.be.accessible();
  });
});
