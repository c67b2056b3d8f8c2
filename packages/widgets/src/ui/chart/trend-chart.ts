// A small SVG trend chart: lines and points over time, reference ranges shaded (no library).
import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** One value at a moment; `out` when it lies outside its reference range. */
export interface ChartPoint {
  t: number;
  v: number;
  out: boolean;
}

/** One line of the chart (blood pressure has two: systolic and diastolic). */
export interface ChartSeries {
  points: ChartPoint[];
}

/** What the chart shows and how its axes read. */
export interface ChartOptions {
  /** The summary a screen reader reads for the whole chart. */
  label: string;
  series: ChartSeries[];
  /** Reference ranges, shaded. */
  bands: Array<{ low: number; high: number }>;
  /** The period's start and end (ms). */
  from: number;
  to: number;
  /** A date on the time axis. */
  xText: (t: number) => string;
  /** A value on the value axis. */
  yText: (v: number) => string;
}

const W = 640;
const H = 240;
const L = 56;
const R = 12;
const T = 12;
const B = 30;

/** The lowest and highest value to show: all values and bands, with a little room. */
function domain({ series, bands }: ChartOptions): [number, number] {
  const all = [
    ...series.flatMap((s) => s.points.map((p) => p.v)),
    ...bands.flatMap((b) => [b.low, b.high]),
  ];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.1;
  return [lo - pad, hi + pad];
}

/** A point's mark: a circle (or a square on the second line); a triangle when out of range. */
function mark(x: number, y: number, out: boolean, second: boolean): SVGTemplateResult {
  if (out) return svg`<path class="out" d="M${x} ${y - 7}L${x + 6} ${y + 4}H${x - 6}Z"></path>`;
  return second
    ? svg`<rect class="pt" x=${x - 3.5} y=${y - 3.5} width="7" height="7"></rect>`
    : svg`<circle class="pt" cx=${x} cy=${y} r="3.5"></circle>`;
}

/** The chart as an `<svg role="img">` with its summary as `aria-label`. */
export function trendChart(o: ChartOptions): TemplateResult {
  const [lo, hi] = domain(o);
  const span = o.to - o.from || 1;
  const x = (t: number) => L + ((t - o.from) / span) * (W - L - R);
  const y = (v: number) => T + (1 - (v - lo) / (hi - lo)) * (H - T - B);
  const yTicks = [0, 1, 2, 3].map((i) => lo + ((hi - lo) * (i + 0.5)) / 4);
  const xTicks = [o.from, o.from + span / 2, o.to - 1];
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${o.label}>
    ${o.bands.map(
      (b) =>
        svg`<rect class="band" x=${L} width=${W - L - R} y=${y(b.high)} height=${y(b.low) - y(b.high)}></rect>`,
    )}
    <g class="axis" aria-hidden="true">
      <path d="M${L} ${T}V${H - B}H${W - R}"></path>
      ${yTicks.map((v) => svg`<text x=${L - 6} y=${y(v) + 4} text-anchor="end">${o.yText(v)}</text>`)}
      ${xTicks.map(
        (t, i) =>
          svg`<text x=${x(t)} y=${H - 8} text-anchor=${['start', 'middle', 'end'][i]}>${o.xText(t)}</text>`,
      )}
    </g>
    ${o.series.map((s, i) => {
      const pts = [...s.points].sort((a, b) => a.t - b.t);
      return svg`<g class="series s${i}" aria-hidden="true">
        <polyline points=${pts.map((p) => `${x(p.t)},${y(p.v)}`).join(' ')}></polyline>
        ${pts.map((p) => mark(x(p.t), y(p.v), p.out, i > 0))}
      </g>`;
    })}
  </svg>`;
}

/** The chart's look; colours come from the portal's tokens. */
export const chartStyles = css`
  .chart {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-inline-size: 40rem;
    font-size: 13px;
  }
  .chart .band {
    fill: var(--_portal-primary);
    opacity: 0.12;
  }
  .chart .axis path {
    fill: none;
    stroke: currentColor;
  }
  .chart text {
    fill: currentColor;
  }
  .chart polyline {
    fill: none;
    stroke: var(--_portal-primary);
    stroke-width: 2;
  }
  .chart .s1 polyline {
    stroke-dasharray: 6 4;
  }
  .chart .pt {
    fill: var(--_portal-primary);
  }
  .chart .out {
    fill: var(--_portal-danger);
    stroke: currentColor;
  }
`;
