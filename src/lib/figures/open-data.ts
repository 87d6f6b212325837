import type { Cumulative, FigureSource, FiguresYear } from '../../schemas/figures.ts';
import { METRICS, METRIC_KEYS } from '../../schemas/metrics.ts';
import { routes } from '../routes.ts';
import { ui } from '../../i18n/index.ts';

/** The columns of figures.csv, in order: one row per reported value. */
export const CSV_COLUMNS = ['year', 'program', 'scope', 'metric', 'label', 'unit', 'value', 'source_title', 'source_url', 'confidence', 'note'] as const;
/** cumulative.csv: the same, with the period in place of the year. */
export const CUMULATIVE_COLUMNS = ['since', 'until', 'program', 'scope', 'metric', 'label', 'unit', 'value', 'source_title', 'source_url', 'confidence', 'note'] as const;

type Row<C extends readonly string[]> = Record<C[number], string | number>;

export interface OpenDataLookups {
  newsTitle: (id: string) => string;
  /** The site's own address, for sources that are the site's news pages. */
  site: string;
}

function source(s: FigureSource, look: OpenDataLookups) {
  return 'news' in s
    ? { source_title: look.newsTitle(s.news), source_url: new URL(routes.newsItem(s.news), look.site).href, confidence: s.confidence }
    : { source_title: s.title, source_url: s.url, confidence: s.confidence };
}

const catalogueOrder = (m: string) => METRIC_KEYS.indexOf(m as (typeof METRIC_KEYS)[number]);

/** Every yearly value, oldest year first, then program, scope and catalogue order. */
export function yearlyRows(years: readonly FiguresYear[], look: OpenDataLookups): Row<typeof CSV_COLUMNS>[] {
  return years.flatMap((y) => y.entries.map((e) => ({
    year: y.year, program: e.program, scope: e.scope, metric: e.metric, label: METRICS[e.metric].label, unit: e.unit, value: e.value,
    ...source(y.sources[e.source]!, look), note: e.note ?? '',
  }))).sort((a, b) => a.year - b.year || a.program.localeCompare(b.program) || a.scope.localeCompare(b.scope) || catalogueOrder(a.metric) - catalogueOrder(b.metric));
}

export function cumulativeRowsOpen(c: Cumulative | undefined, look: OpenDataLookups): Row<typeof CUMULATIVE_COLUMNS>[] {
  return (c?.entries ?? []).map((e) => ({
    since: e.since ?? '', until: e.until, program: e.program, scope: e.scope, metric: e.metric, label: METRICS[e.metric].label, unit: e.unit,
    value: e.value, ...source(c!.sources[e.source]!, look), note: e.note ?? '',
  }));
}

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV as Excel opens it without asking: UTF-8 with a byte-order mark, CRLF line ends. */
export function toCsv<K extends string>(columns: readonly K[], rows: Record<K, string | number>[], headers: Partial<Record<K, string>> = {}): string {
  const lines = [columns.map((c) => cell(headers[c] ?? c)).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The spreadsheet a family, a journalist or a union office opens: Chinese column headers, and
 * programs, places, metrics and confidence by their Chinese names (金秋助学, 山东省, 发放助学款,
 * 高). The machine codes (golden-autumn, shandong, aid-funds, high) stay in figures.json.
 */
export const CSV_HEADERS: Record<(typeof CUMULATIVE_COLUMNS)[number] | (typeof CSV_COLUMNS)[number], string> = {
  year: '年份', since: '起始年份', until: '截止年份', program: '项目', scope: '地区', metric: '指标', label: '指标', unit: '单位', value: '数值',
  source_title: '出处', source_url: '出处网址', confidence: '可信度', note: '备注',
};

/** The columns of the Chinese CSV files: the metric by its name once (no separate code column). */
export const CSV_TABLE_COLUMNS = CSV_COLUMNS.filter((c) => c !== 'metric');
export const CUMULATIVE_TABLE_COLUMNS = CUMULATIVE_COLUMNS.filter((c) => c !== 'metric');

export interface ChineseNames {
  program: (id: string) => string;
  region: (id: string) => string;
  confidence: (level: string) => string;
}

/** Programs and confidence by the names the site shows; places by the region lookup. */
export function chineseNames(regionName: (id: string) => string): ChineseNames {
  const t = ui();
  return {
    program: (id) => t.programs[id as keyof typeof t.programs] ?? id,
    region: regionName,
    confidence: (level) => t.figures[level as 'high' | 'medium-high' | 'medium'] ?? level,
  };
}

/** Rows with their codes replaced by the names a reader knows. */
export function inChinese<R extends { program: string | number; scope: string | number; confidence: string | number }>(rows: R[], names: ChineseNames): R[] {
  return rows.map((r) => ({ ...r, program: names.program(String(r.program)), scope: names.region(String(r.scope)), confidence: names.confidence(String(r.confidence)) }));
}

/** How to cite the data, shown on /figures/ and carried in figures.json. */
export const CITATION = '助学就业网站：《金秋助学和阳光就业历年数据》（{url}），访问日期。每个数字的原始出处见 source_title 和 source_url。';

export function toJson(years: readonly FiguresYear[], cumulative: Cumulative | undefined, look: OpenDataLookups): string {
  const url = new URL(`${routes.figures()}figures.json`, look.site).href;
  return `${JSON.stringify({
    title: '金秋助学和阳光就业历年数据',
    citation: CITATION.replace('{url}', url),
    metrics: METRIC_KEYS.map((id) => ({ id, label: METRICS[id].label, unit: METRICS[id].unit })),
    figures: yearlyRows(years, look),
    cumulative: cumulativeRowsOpen(cumulative, look),
  }, null, 2)}\n`;
}
