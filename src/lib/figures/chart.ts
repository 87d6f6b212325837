import { escapeText } from '../content/html-jsx.ts';
import { formatNumber } from '../format.ts';

/**
 * Horizontal bar charts as static SVG, drawn at build time: no chart script in the browser.
 * Horizontal bars because labels (years, city names) and values stay readable at 320 px.
 * Layout (pure numbers, unit-tested) is separate from drawing.
 */
export interface Bar {
  /** The row label: 2017 年, 济南市. */
  label: string;
  /** null: no figure for this row (a year with no report): shown as 无数据, never as 0. */
  value: number | null;
  /** The value as shown, unit included: 3,807.91 万元. */
  display: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  /** Shown for rows with no figure. */
  missing: string;
}

const W = 320;
const FONT = 14;
const LINE = 18;
const ROW = 30;
const BAR = 18;
const PAD = 8;
const LABEL_MAX = W * 0.34;

/** Width of text in this font: CJK and full-width characters 1 em, the rest about 0.6 em. */
export function textWidth(text: string, size = FONT): number {
  return [...text].reduce((w, c) => w + (/[\u2E80-\uFFFF]/.test(c) ? size : size * 0.6), 0);
}

/** Split a label too wide for its column into lines that fit. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const c of text) {
    if (line && textWidth(line + c) > width) {
      lines.push(line);
      line = '';
    }
    line += c;
  }
  return [...lines, line];
}

/** Round tick steps (1, 2, 2.5, 5 × 10ⁿ) with at most `maxTicks` intervals up to `max`. */
export function niceTicks(max: number, maxTicks: number): number[] {
  if (max <= 0) return [0, 1];
  const intervals = Math.max(1, maxTicks);
  const rough = max / intervals;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.ceil(max / step - 1e-9) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  ticks: { value: number; x: number; label: string }[];
  rows: { lines: string[]; labelY: number; bar?: { x: number; y: number; width: number; height: number }; text: { x: number; y: number; value: string; missing: boolean } }[];
}

export function layoutChart(spec: Pick<ChartSpec, 'bars' | 'missing'>): ChartLayout {
  const widest = Math.max(...spec.bars.map((b) => textWidth(b.label)), FONT);
  const labelWidth = Math.min(widest, LABEL_MAX);
  const valueWidth = Math.max(...spec.bars.map((b) => textWidth(b.value === null ? spec.missing : b.display)), 0);
  const x = labelWidth + PAD * 2;
  const plotWidth = Math.max(W - x - valueWidth - PAD * 2, W * 0.25);
  const max = Math.max(0, ...spec.bars.map((b) => b.value ?? 0));
  // As many ticks as fit without their labels touching.
  const tickLabelWidth = textWidth(formatNumber(max || 1)) + PAD * 2;
  const ticks = niceTicks(max, Math.min(4, Math.floor(plotWidth / tickLabelWidth)));
  const top = ticks[ticks.length - 1] ?? 1;
  const scale = (v: number) => (v / top) * plotWidth;
  let y = PAD;
  const rows = spec.bars.map((b) => {
    const lines = wrap(b.label, labelWidth);
    const height = Math.max(ROW, lines.length * LINE + (ROW - LINE));
    const mid = y + height / 2;
    const barWidth = b.value === null ? 0 : scale(b.value);
    const row = {
      lines,
      labelY: mid - ((lines.length - 1) * LINE) / 2 + FONT * 0.35,
      ...(b.value === null ? {} : { bar: { x, y: mid - BAR / 2, width: barWidth, height: BAR } }),
      text: { x: x + barWidth + PAD / 2, y: mid + FONT * 0.35, value: b.value === null ? spec.missing : b.display, missing: b.value === null },
    };
    y += height;
    return row;
  });
  const plotHeight = y - PAD;
  return {
    width: W,
    height: y + PAD + FONT + PAD,
    plot: { x, y: PAD, width: plotWidth, height: plotHeight },
    ticks: ticks.map((value) => ({ value, x: x + scale(value), label: formatNumber(value) })),
    rows,
  };
}

const n = (v: number) => Number(v.toFixed(1));

/** The chart as SVG markup: role="img", a title and a description, text a screen reader and the Traditional edition both read. */
export function renderChart(spec: ChartSpec): string {
  const l = layoutChart(spec);
  const { plot } = l;
  const grid = l.ticks.map((t) => `<line class="chart-grid" x1="${n(t.x)}" x2="${n(t.x)}" y1="${n(plot.y)}" y2="${n(plot.y + plot.height)}" stroke="#d1d5db"/>`
    + `<text class="chart-tick" x="${n(t.x)}" y="${n(plot.y + plot.height + FONT + 2)}" text-anchor="middle" font-size="13">${escapeText(t.label)}</text>`);
  const rows = l.rows.map((r) => [
    `<text class="chart-label" x="${n(plot.x - PAD)}" y="${n(r.labelY)}" text-anchor="end" font-size="${FONT}">`
      + r.lines.map((line, i) => `<tspan x="${n(plot.x - PAD)}" dy="${i === 0 ? 0 : LINE}">${escapeText(line)}</tspan>`).join('') + '</text>',
    r.bar ? `<rect class="chart-bar" x="${n(r.bar.x)}" y="${n(r.bar.y)}" width="${n(r.bar.width)}" height="${r.bar.height}" fill="#9f1d1d"/>` : '',
    `<text class="${r.text.missing ? 'chart-missing' : 'chart-value'}" x="${n(r.text.x)}" y="${n(r.text.y)}" font-size="${FONT}">${escapeText(r.text.value)}</text>`,
  ].join(''));
  return `<svg class="chart" viewBox="0 0 ${l.width} ${n(l.height)}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" xmlns="http://www.w3.org/2000/svg">`
    + `<title id="${spec.id}-title">${escapeText(spec.title)}</title><desc id="${spec.id}-desc">${escapeText(spec.description)}</desc>`
    + grid.join('')
    + `<line class="chart-axis" x1="${n(plot.x)}" x2="${n(plot.x)}" y1="${n(plot.y)}" y2="${n(plot.y + plot.height)}" stroke="#1f2328"/>`
    + rows.join('')
    + '</svg>';
}
