// What <portal-measurements> shows of a kind: the newest value, the trend chart and the table.
import { msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { formatDateTime, formatNumber, formatShortDate } from '../../i18n/format.js';
import { trendChart } from '../../ui/chart/trend-chart.js';
import {
  kindName,
  outOfRange,
  rowsOf,
  type Kind,
  type Measurement,
  type View,
} from './measurement-data.js';

/** The value with its unit, `132/80 mmHg` for blood pressure. */
function valueText(view: View, values: Array<Measurement | undefined>): string {
  const shown = values.map((m) => (m ? formatNumber(m.value, view.decimals) : '–'));
  return `${shown.join('/')} ${view.unit}`;
}

/** "Buiten het normale bereik", with a triangle as in the chart (never colour alone). */
export function outMark() {
  return html`<span class="out-mark"
    ><span aria-hidden="true">▲ </span
    >${msg('Buiten het normale bereik', { id: 'measurements.outOfRange' })}</span
  >`;
}

const isOut = (view: View, values: Array<Measurement | undefined>) =>
  values.some((m, i) => m && outOfRange(view.kinds[i]!, m.value));

/** One line of the start screen: the newest value of a view. */
export function newestItem(view: View, items: Measurement[]) {
  const row = rowsOf(view, items)[0];
  if (!row) return nothing;
  return html`<li>
    <span class="name">${view.name}</span>
    <span class="value">${valueText(view, row.values)}</span>
    <time datetime=${row.at}>${formatDateTime(row.at)}</time>
    ${isOut(view, row.values) ? outMark() : nothing}
  </li>`;
}

/** "Normaal bereik: 36,0–37,5 °C" for each kind of the view that has one. */
function rangeText(view: View) {
  const text = (k: Kind) => {
    const r = k.referenceRange!;
    const range = `${formatNumber(r.low, k.decimals)}–${formatNumber(r.high, k.decimals)} ${k.unit}`;
    return view.kinds.length > 1 ? `${kindName(k)} ${range}` : range;
  };
  const ranged = view.kinds.filter((k) => k.referenceRange);
  if (!ranged.length) return nothing;
  return html`<p class="range">
    <span class="swatch" aria-hidden="true"></span>
    ${msg('Normaal bereik', { id: 'measurements.range' })}: ${ranged.map(text).join(', ')}
  </p>`;
}

/** The chart's summary for a screen reader. */
function summary(view: View, items: Measurement[], from: number, to: number): string {
  const parts = [
    msg(
      str`${view.name}: ${items.length} metingen van ${formatShortDate(from)} tot ${formatShortDate(to - 1)}.`,
      {
        id: 'measurements.summary',
      },
    ),
  ];
  for (const kind of view.kinds) {
    const values = items.filter((m) => m.kind === kind.code).map((m) => m.value);
    if (!values.length) continue;
    const low = formatNumber(Math.min(...values), kind.decimals);
    const high = formatNumber(Math.max(...values), kind.decimals);
    const name = view.kinds.length > 1 ? `${kindName(kind)}: ` : '';
    parts.push(
      msg(str`${name}laagste ${low}, hoogste ${high} ${kind.unit}.`, {
        id: 'measurements.lowHigh',
      }),
    );
  }
  const out = items.filter((m) =>
    outOfRange(
      view.kinds.find((k) => k.code === m.kind)!,
      m.value,
    ),
  );
  parts.push(msg(str`${out.length} buiten het normale bereik.`, { id: 'measurements.outCount' }));
  return parts.join(' ');
}

/** A view's trend chart over the period with the same data as a table right under it. */
export function viewTrend(view: View, all: Measurement[], from: number, to: number) {
  const codes = view.kinds.map((k) => k.code);
  const items = all.filter((m) => codes.includes(m.kind));
  const rows = rowsOf(view, items);
  const heading = `${view.name} (${view.unit})`;
  if (!rows.length) {
    return html`<div class="kind">
      <h3>${heading}</h3>
      <p>${msg('Geen metingen in deze periode.', { id: 'measurements.noneOfKind' })}</p>
    </div>`;
  }
  const chart = trendChart({
    label: summary(view, items, from, to),
    series: view.kinds.map((k) => ({
      points: items
        .filter((m) => m.kind === k.code)
        .map((m) => ({ t: Date.parse(m.measuredAt), v: m.value, out: outOfRange(k, m.value) })),
    })),
    bands: view.kinds.flatMap((k) => (k.referenceRange ? [k.referenceRange] : [])),
    from,
    to,
    xText: formatShortDate,
    yText: (v) => formatNumber(v, view.decimals),
  });
  return html`<div class="kind">
    <h3>${heading}</h3>
    ${rangeText(view)} ${view.kinds.length > 1 ? legend(view) : nothing} ${chart}
    ${table(view, rows, heading)}
  </div>`;
}

/** Which line is which, for blood pressure. */
function legend(view: View) {
  return html`<p class="legend">
    ${view.kinds.map(
      (k, i) =>
        html`<span><span aria-hidden="true">${i ? '■ - -' : '● —'}</span> ${kindName(k)}</span>`,
    )}
  </p>`;
}

function table(view: View, rows: ReturnType<typeof rowsOf>, heading: string) {
  const headers =
    view.kinds.length > 1
      ? view.kinds.map(kindName)
      : [msg('Waarde', { id: 'measurements.value' })];
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${heading}>
    <table part="table">
      <caption>
        ${heading}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Datum en tijd', { id: 'measurements.when' })}</th>
          ${headers.map((h) => html`<th scope="col">${h} (${view.unit})</th>`)}
          <th scope="col">${msg('Opmerking', { id: 'measurements.note' })}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row"><time datetime=${row.at}>${formatDateTime(row.at)}</time></th>
              ${row.values.map(
                (m, i) =>
                  html`<td class="num">
                    ${m ? formatNumber(m.value, view.decimals) : '–'}
                    ${m && outOfRange(view.kinds[i]!, m.value) ? outMark() : nothing}
                  </td>`,
              )}
              <td>${row.note}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The look of the views. */
export const viewStyles = css`
  .newest {
    display: grid;
    gap: var(--_portal-space-s);
    margin: 0 0 var(--_portal-space-m);
    padding: 0;
    list-style: none;
  }
  .newest li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_portal-space-s);
  }
  .name,
  .value {
    font-weight: 600;
  }
  .out-mark {
    color: var(--_portal-danger);
    font-weight: 600;
  }
  .swatch {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    vertical-align: middle;
    background: var(--_portal-primary);
    opacity: 0.2;
    border: 1px solid;
  }
  .table-wrap {
    overflow-x: auto;
    max-block-size: 20rem;
    overflow-y: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: var(--_portal-space-xs) var(--_portal-space-s);
    border-block-end: 1px solid;
    text-align: start;
  }
  th[scope='row'] {
    font-weight: normal;
  }
`;
