import { expect, fixture, html } from '../../test/testing.js';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { announce, LIVE_REGION_ATTRIBUTE, liveRegionFor } from './live-region.js';

class LiveRegionTestHost extends LitElement {
  @property({ type: Number }) count = 0;
  override render() {
    return this.count % 2 ? html`<p>odd ${this.count}</p>` : html`<span>even ${this.count}</span>`;
  }
}
customElements.define('live-region-test-host', LiveRegionTestHost);

function regions(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[${LIVE_REGION_ATTRIBUTE}]`)];
}

describe('live region', () => {
  afterEach(() => regions(document).forEach((r) => r.remove()));

  it('puts a polite announcement in a role=status element of the shadow root', async () => {
    const host = await fixture<LiveRegionTestHost>(
      html`<live-region-test-host></live-region-test-host>`,
    );
    await announce(host, 'Bericht verstuurd');
    const status = host.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Bericht verstuurd');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.getAttribute('aria-atomic')).to.equal('true');
    expect(regions(document)).to.have.length(0);
    await expect(host).to.be.accessible();
  });

  it('puts an assertive announcement in a separate aria-live=assertive element', async () => {
    const host = await fixture<LiveRegionTestHost>(
      html`<live-region-test-host></live-region-test-host>`,
    );
    await announce(host, 'Bericht verstuurd');
    await announce(host, 'Versturen is mislukt', { assertive: true });
    const root = host.shadowRoot!;
    expect(root.querySelector('[aria-live="assertive"]')!.textContent).to.equal(
      'Versturen is mislukt',
    );
    expect(root.querySelector('[role="alert"]')).to.not.equal(null);
    expect(root.querySelector('[aria-live="polite"]')!.textContent).to.equal('Bericht verstuurd');
  });

  it('reuses one region per root and survives a re-render that replaces the template', async () => {
    const host = await fixture<LiveRegionTestHost>(
      html`<live-region-test-host></live-region-test-host>`,
    );
    await announce(host, 'Een');
    const region = liveRegionFor(host);
    host.count = 1;
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('p')!.textContent).to.equal('odd 1');
    // A region that disappears and comes back is not heard: it must stay the same node.
    expect(region.isConnected, 'region still in the shadow root').to.equal(true);
    await announce(host, 'Twee');
    expect(regions(host.shadowRoot!)).to.deep.equal([region]);
    expect(region.textContent).to.equal('Twee');
  });

  it('announces the same text twice by emptying the region first', async () => {
    const host = await fixture<LiveRegionTestHost>(
      html`<live-region-test-host></live-region-test-host>`,
    );
    await announce(host, 'Opgeslagen');
    const region = liveRegionFor(host);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await announce(host, 'Opgeslagen');
    observer.disconnect();
    expect(seen).to.deep.equal(['', 'Opgeslagen']);
  });

  it('lets a newer message replace one not yet spoken', async () => {
    const host = await fixture<LiveRegionTestHost>(
      html`<live-region-test-host></live-region-test-host>`,
    );
    const first = announce(host, 'Laden…');
    const second = announce(host, 'Klaar');
    await Promise.all([first, second]);
    expect(liveRegionFor(host).textContent).to.equal('Klaar');
  });

  it('uses the document body for an element outside any shadow root', async () => {
    const p = await fixture<HTMLParagraphElement>(html`<p>Tekst</p>`);
    await announce(p, 'Bericht verstuurd');
    const [region] = regions(document.body);
    expect(region!.parentElement).to.equal(document.body);
    expect(region!.getAttribute('role')).to.equal('status');
    expect(region!.textContent).to.equal('Bericht verstuurd');
  });

  it('is visually hidden but not hidden from assistive technology', async () => {
    const host = await fixture<LiveRegionTestHost>(
      html`<live-region-test-host></live-region-test-host>`,
    );
    await announce(host, 'Bericht verstuurd');
    const region = liveRegionFor(host);
    const box = region.getBoundingClientRect();
    expect(box.width).to.be.at.most(1);
    expect(box.height).to.be.at.most(1);
    expect(getComputedStyle(region).display).to.not.equal('none');
    expect(region.hasAttribute('aria-hidden')).to.equal(false);
  });
});
