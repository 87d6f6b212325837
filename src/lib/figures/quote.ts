import type { FiguresYear } from '../../schemas/figures.ts';
import { escapeText } from '../content/html-jsx.ts';
import { routes } from '../routes.ts';

/** A number quoted in a body: <Figure metric="aid-funds" year={2017} scope="shandong" />. */
export interface FigureQuote {
  metric: string;
  year: number;
  scope: string;
  /** Only needed when the metric is reported under both programs that year. */
  program?: string | undefined;
}

/** The id of a figure's row on its year page, which quotes link to. */
export const figureAnchor = (program: string, scope: string, metric: string) => `fig-${program}-${scope}-${metric}`;

/**
 * A number as running text quotes it: no thousands separator, 万元 with two decimals, the
 * unit straight after (3807.91万元, 12672人): the way the reports themselves write it.
 */
export function quoteText(value: number, unit: string): string {
  return `${unit === '万元' ? value.toFixed(2) : String(value)}${unit}`;
}

export function figureTag(q: FigureQuote): string {
  return `<Figure metric="${q.metric}" year={${q.year}} scope="${q.scope}"${q.program ? ` program="${q.program}"` : ''} />`;
}

const attr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The marker <Figure> leaves in a rendered body: a link to the year's figures, resolved by pages. */
export function figureMarker(q: FigureQuote): string {
  const key = [q.year, q.scope, q.metric, q.program ?? ''].join(' ').trim();
  return `<a href="${attr(routes.figuresYear(q.year))}" data-figure="${attr(key)}">${escapeText(`${q.metric} ${q.year}`)}</a>`;
}

const MARKER = /<a href="[^"]*" data-figure="(\d{4}) ([a-z0-9-]+) ([a-z0-9-]+)(?: ([a-z0-9-]+))?">[^<]*<\/a>/g;

/** Every figure a rendered body quotes, for the build's reference check. */
export function quotedFigures(html: string): FigureQuote[] {
  return [...html.matchAll(MARKER)].map((m) => ({ year: Number(m[1]), scope: m[2] ?? '', metric: m[3] ?? '', program: m[4] }));
}

type Found = { ok: true; year: FiguresYear; figure: FiguresYear['entries'][number] } | { ok: false; message: string };

/** The one figure a quote names, or why there is none (worded for staff). */
export function findFigure(years: ReadonlyMap<string, FiguresYear>, q: FigureQuote): Found {
  const year = years.get(String(q.year));
  if (!year) {
    const have = [...years.keys()].sort().join('、') || '（无）';
    return { ok: false, message: `没有 ${q.year} 年的数据：content/figures/${q.year}.yaml 不存在（已有 ${have} 年）` };
  }
  const hits = year.entries.filter((e) => e.metric === q.metric && e.scope === q.scope && (!q.program || e.program === q.program));
  if (hits.length === 1) return { ok: true, year, figure: hits[0]! };
  if (hits.length > 1) {
    return { ok: false, message: `${q.year} 年 ${q.scope} 的 ${q.metric} 在 ${hits.map((h) => h.program).join(' 和 ')} 中都有：请加上 program="…" 指明是哪个项目` };
  }
  const here = year.entries.filter((e) => e.scope === q.scope).map((e) => e.metric);
  return {
    ok: false,
    message: `${q.year} 年没有 ${q.scope}${q.program ? `（${q.program}）` : ''}的 ${q.metric}：该年 ${q.scope} 已有 ${[...new Set(here)].join('、') || '（无）'}。请改正，或先在 content/figures/${q.year}.yaml 中加上这个数字`,
  };
}

/** Replace each resolvable marker with `render`'s markup. */
function replaceMarkers(html: string, years: ReadonlyMap<string, FiguresYear>, render: (f: FiguresYear['entries'][number], year: number) => string): { html: string; count: number } {
  let count = 0;
  const out = html.replace(MARKER, (whole, year: string, scope: string, metric: string, program?: string) => {
    const found = findFigure(years, { year: Number(year), scope, metric, program });
    if (!found.ok) return whole;
    count += 1;
    return render(found.figure, found.year.year);
  });
  return { html: out, count };
}

/** Markers made into links that read as the report wrote the number, to its row on the year page. */
export function resolveFigures(html: string, years: ReadonlyMap<string, FiguresYear>): { html: string; count: number } {
  return replaceMarkers(html, years, (f, year) =>
    `<a class="figure-quote" href="${attr(`${routes.figuresYear(year)}#${figureAnchor(f.program, f.scope, f.metric)}`)}">${escapeText(quoteText(f.value, f.unit))}</a>`);
}

/** The markers as the words a reader sees, for the search index. */
export function figuresAsText(html: string, years: ReadonlyMap<string, FiguresYear>): string {
  return replaceMarkers(html, years, (f) => escapeText(quoteText(f.value, f.unit))).html;
}
