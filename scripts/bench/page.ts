// The benchmark page (bundled by scripts/bench.mjs): the reports list and the access log list in
// <portal-virtual-list>, beside a plain-DOM page that renders only the visible rows (the floor).
import { html, render } from 'lit';
import type { Schemas } from '@clientportal/sdk';
import '../../packages/widgets/src/ui/virtual-list/portal-virtual-list.js';
import type { PortalVirtualList } from '../../packages/widgets/src/ui/virtual-list/portal-virtual-list.component.js';
import { REPORT_ROW_PX } from '../../packages/widgets/src/components/portal-reports/portal-reports.component.js';
import {
  reportRow,
  reportRowStyles,
} from '../../packages/widgets/src/components/portal-reports/report-row.js';

type Report = Schemas['Report'];

/**
 * What the panel puts below each report: `<portal-correction>`'s "Klopt dit niet?" button (the
 * element itself needs a provider; this stands in for it at the same height).
 */
const correction = html`<button type="button" style="min-height:44px">Klopt dit niet?</button>`;
type Kind = 'reports' | 'access-log';
/** `floor`: plain DOM; `defaults`: the virtualizer's 100 px guess and 1000 px overhang; `tuned`. */
type Mode = 'floor' | 'defaults' | 'tuned';

interface LogRow {
  id: string;
  who: string;
  what: string;
  at: string;
  meta: string;
}

const HEIGHT = 448;
const ACCESS_ROW_PX = 90;
const texts = [
  'Mevrouw heeft goed geslapen. Ontbijt samen klaargemaakt, ze at een halve boterham.',
  'Wond aan het been verzorgd; de randen zien er rustig uit. Nieuw verband aangelegd.',
  'Bloedsuiker gemeten voor het eten: 7,4. Insuline gegeven volgens schema.',
];

function reports(n: number): Report[] {
  const t0 = Date.parse('2026-12-01T12:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    id: `rp-${i}`,
    title: `Rapportage ${i + 1}`,
    body: texts[i % 3]!,
    author: { id: 'st-anna', name: 'Anna Bakker', kind: 'care-staff', role: 'nurse' },
    createdAt: new Date(t0 - i * 3_600_000).toISOString(),
    category: 'Verzorging',
  }));
}

function logRows(n: number): LogRow[] {
  const t0 = Date.parse('2026-12-01T12:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    id: `al-${i}`,
    who: i % 2 ? 'Anna Bakker · zorgmedewerker' : 'Sanne de Vries · contactpersoon',
    what: i % 3 ? 'Heeft rapportages bekeken' : 'Heeft het profiel bekeken',
    at: new Date(t0 - i * 600_000).toISOString(),
    meta: 'Namens Noah de Vries · portaal, 192.168.x.x, telefoon',
  }));
}

const logRow = (r: LogRow) =>
  html`<span>${r.who}</span> <span>${r.what}</span> <span>${r.at}</span> <span>${r.meta}</span>`;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();
const heap = () =>
  (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

/** Whether the rows in `box` reach its bottom (the viewport is filled). */
function filled(box: Element, rows: NodeListOf<Element>): boolean {
  const bottom = box.getBoundingClientRect().bottom;
  const last = rows[rows.length - 1];
  return !!last && last.getBoundingClientRect().bottom >= bottom - 1;
}

/** The floor: only the rows in view, as plain DOM, no virtualizer, no component. */
async function floor(kind: Kind, data: unknown[], stage: HTMLElement) {
  const t0 = performance.now();
  const box = document.createElement('div');
  box.style.cssText = `height:${HEIGHT}px;overflow:auto`;
  const style = document.createElement('style');
  style.textContent = reportRowStyles.cssText;
  stage.append(style, box);
  for (const item of data) {
    const row = document.createElement('div');
    row.setAttribute('role', 'listitem');
    row.style.cssText = 'padding:8px 16px;border-bottom:1px solid #6b7280';
    render(
      kind === 'reports' ? reportRow(item as Report, correction) : logRow(item as LogRow),
      row,
    );
    box.append(row);
    if (row.getBoundingClientRect().bottom >= box.getBoundingClientRect().bottom) break;
  }
  await frame();
  return { ms: performance.now() - t0, rows: box.children.length, box };
}

async function virtual(kind: Kind, mode: Mode, data: unknown[], stage: HTMLElement) {
  const list = document.createElement('portal-virtual-list') as PortalVirtualList<unknown>;
  list.style.setProperty('--portal-virtual-list-height', `${HEIGHT}px`);
  list.renderItem = (item) =>
    kind === 'reports' ? reportRow(item as Report, correction) : logRow(item as LogRow);
  list.keyFunction = (item) => (item as { id: string }).id;
  if (kind === 'reports') list.rowStyles = reportRowStyles;
  if (mode === 'tuned') list.rowSize = kind === 'reports' ? REPORT_ROW_PX : ACCESS_ROW_PX;
  else list.overhang = 1000;
  stage.append(list);
  await list.updateComplete;
  await frame();
  const t0 = performance.now();
  list.items = data;
  const box = () => list.shadowRoot!.querySelector('[role="list"]')!;
  const rows = () => list.shadowRoot!.querySelectorAll('[role="listitem"]');
  while (!filled(box(), rows())) await frame();
  await frame();
  return { ms: performance.now() - t0, rows: rows().length, box: box() };
}

/** Scrolls 20 viewports, a quarter at a time, and counts frames over 16.7 ms. */
async function scroll(box: Element) {
  let long = 0;
  let worst = 0;
  let last = await frame();
  for (let i = 0; i < 80; i++) {
    box.scrollTop += HEIGHT / 4;
    const now = await frame();
    const took = now - last;
    last = now;
    worst = Math.max(worst, took);
    if (took > 16.7 * 1.5) long++;
  }
  return { long, worst };
}

/** One measurement: fill time, rows rendered, retained heap, long frames while scrolling. */
async function run(kind: Kind, mode: Mode, n: number) {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  const data: unknown[] = kind === 'reports' ? reports(n) : logRows(n);
  gc();
  await frame();
  const before = heap();
  const shown =
    mode === 'floor' ? await floor(kind, data, stage) : await virtual(kind, mode, data, stage);
  gc();
  const retainedKb = Math.round((heap() - before) / 1024);
  const frames = await scroll(shown.box);
  stage.replaceChildren();
  return {
    kind,
    mode,
    n,
    fillMs: Math.round(shown.ms * 10) / 10,
    rows: shown.rows,
    retainedKb,
    ...frames,
  };
}

(globalThis as unknown as { bench: unknown }).bench = { run };
