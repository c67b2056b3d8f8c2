import { expect, fixture, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../focus.js';
import { applyLocale } from '../../i18n/localization.js';
import type { PortalVirtualList } from './portal-virtual-list.js';
import './portal-virtual-list.js';

interface Report {
  id: number;
  title: string;
}

function reports(count: number, start = 0): Report[] {
  return Array.from({ length: count }, (_, i) => ({
    id: start + i,
    title: `Rapportage ${start + i + 1}`,
  }));
}

type List = PortalVirtualList<Report>;

async function list(items: Report[], extra: Partial<List> = {}): Promise<List> {
  const root = await fixture<HTMLElement>(html`
    <div>
      <button id="before">Vorige knop</button>
      <portal-virtual-list
        label="Rapportages"
        .items=${items}
        .renderItem=${(r: Report) => html`<span>${r.title}</span>`}
        .keyFunction=${(r: Report) => r.id}
        style="--portal-virtual-list-height: 300px"
      ></portal-virtual-list>
    </div>
  `);
  const el = root.querySelector<List>('portal-virtual-list')!;
  Object.assign(el, extra);
  await el.updateComplete;
  await waitUntil(() => rows(el).length > 0, 'rows rendered');
  return el;
}

function scroller(el: List): HTMLElement {
  return el.shadowRoot!.querySelector('[role="list"]')!;
}

function rows(el: List): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="listitem"]')];
}

/** The texts of the rows a user can see in the list's box. */
function visibleTexts(el: List): string[] {
  const box = scroller(el).getBoundingClientRect();
  return rows(el)
    .filter((row) => {
      const r = row.getBoundingClientRect();
      return r.bottom > box.top + 1 && r.top < box.bottom - 1;
    })
    .map((row) => row.textContent!.trim());
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Drags the scroll bar to the bottom until `text` is in view (the end moves as rows get measured). */
async function scrollToEnd(el: List, text: string): Promise<void> {
  const box = scroller(el);
  await waitUntil(
    async () => {
      box.scrollTop = box.scrollHeight;
      await nextFrame();
      return visibleTexts(el).includes(text);
    },
    `${text} in view`,
    { timeout: 3000 },
  );
}

function focusedText(): string {
  return deepActiveElement()?.textContent?.trim() ?? '';
}

describe('portal-virtual-list', () => {
  // The virtualizer's benign "ResizeObserver loop" notice would otherwise fail the tests.
  setupIgnoreWindowResizeObserverLoopErrors(before, after);

  it('renders only the rows in view of 10,000, as a list with positions', async () => {
    const el = await list(reports(10_000));
    expect(rows(el).length).to.be.greaterThan(3).and.lessThan(100);
    expect(visibleTexts(el)[0]).to.equal('Rapportage 1');
    const first = rows(el)[0]!;
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(first.getAttribute('aria-setsize')).to.equal('10000');
    expect(scroller(el).getAttribute('aria-label')).to.equal('Rapportages');
    await expect(el).to.be.accessible();
  });

  it('shows the last item when scrolled to the end, still with few rows', async () => {
    const el = await list(reports(10_000));
    await scrollToEnd(el, 'Rapportage 10000');
    expect(rows(el).length).to.be.lessThan(100);
    const last = rows(el).find((r) => r.textContent!.trim() === 'Rapportage 10000')!;
    expect(last.getAttribute('aria-posinset')).to.equal('10000');
  });

  it('is reached with Tab and walked with the arrow keys, Page keys, Home and End', async () => {
    const el = await list(reports(10_000));
    el.ownerDocument.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedText()).to.equal('Rapportage 1');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedText()).to.equal('Rapportage 3');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedText()).to.equal('Rapportage 2');
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedText() === 'Rapportage 10000', 'End reaches the last row');
    expect(visibleTexts(el)).to.include('Rapportage 10000');
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => focusedText() !== 'Rapportage 10000', 'PageUp moves up');
    expect(Number(focusedText().split(' ')[1]))
      .to.be.lessThan(10000)
      .and.greaterThan(9980);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedText() === 'Rapportage 1', 'Home reaches the first row');
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps a row in view reachable with Tab once the active row is no longer rendered', async () => {
    const el = await list(reports(10_000));
    const box = scroller(el);
    await waitUntil(async () => {
      box.scrollTop = 50_000;
      await nextFrame();
      return !rows(el).some((r) => r.textContent!.trim() === 'Rapportage 1');
    }, 'row 1 no longer rendered');
    await waitUntil(() => {
      const stop = rows(el).find((r) => r.tabIndex === 0);
      return stop !== undefined && visibleTexts(el).includes(stop.textContent!.trim());
    }, 'a row in view takes Tab');
    el.ownerDocument.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(visibleTexts(el)).to.include(focusedText());
  });

  it('is reached with Tab while out of view, and hands focus to its first row', async () => {
    const root = await fixture<HTMLElement>(html`
      <div>
        <button id="before">Vorige knop</button>
        <div style="height: 3000px"></div>
        <portal-virtual-list
          label="Rapportages"
          .items=${reports(100)}
          .renderItem=${(r: Report) => html`<span>${r.title}</span>`}
          style="--portal-virtual-list-height: 300px"
        ></portal-virtual-list>
      </div>
    `);
    const el = root.querySelector<List>('portal-virtual-list')!;
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    root.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focusedText() === 'Rapportage 1', 'the first row has focus');
    expect(scroller(el).hasAttribute('tabindex')).to.equal(false);
  });

  it('asks for more near the end, once per page, and tells how many are loaded', async () => {
    const el = await list(reports(50), { hasMore: true });
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('-1');
    const asks: number[] = [];
    el.addEventListener('portal-load-more', (e) => asks.push(e.detail.loaded));
    const box = scroller(el);
    expect(asks).to.deep.equal([]);
    await scrollToEnd(el, 'Rapportage 50');
    await waitUntil(() => asks.length > 0, 'asked for more');
    // Moving about near the end does not ask again for the same page.
    box.scrollTop -= 150;
    await nextFrame();
    await scrollToEnd(el, 'Rapportage 50');
    expect(asks).to.deep.equal([50]);

    el.loading = true;
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('Meer laden…');
    expect(box.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();

    el.items = [...el.items, ...reports(50, 50)];
    el.loading = false;
    el.total = 100;
    el.hasMore = false;
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal('');
    await scrollToEnd(el, 'Rapportage 100');
    expect(rows(el).at(-1)!.getAttribute('aria-setsize')).to.equal('100');
    expect(asks).to.deep.equal([50]);
  });

  it('loads more with a button too', async () => {
    const el = await list(reports(500), { hasMore: true });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]')!;
    expect(button.textContent!.trim()).to.equal('Meer laden');
    button.focus();
    const asked = oneEvent(el, 'portal-load-more');
    await sendKeys({ press: 'Enter' });
    expect((await asked).detail.loaded).to.equal(500);
  });

  it('speaks English when the locale is English', async () => {
    const el = await list(reports(20), { hasMore: true });
    await applyLocale('en');
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('[part="load-more"]')!;
    expect(button.textContent!.trim()).to.equal('Load more');
    el.loading = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal(
      'Loading more…',
    );
    await applyLocale('nl');
  });
});
