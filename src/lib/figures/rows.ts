import { PROGRAMS, type Program } from '../../schemas/common.ts';
import type { Figure, FigureSource, FiguresYear } from '../../schemas/figures.ts';
import { METRICS, type MetricKey } from '../../schemas/metrics.ts';
import { formatDate, formatFigure } from '../format.ts';
import { routes } from '../routes.ts';
import { figureAnchor } from './quote.ts';

/** Where a figure comes from, ready to link: the site's own news page or the outside report. */
export interface FigureSourceLink {
  href: string;
  /** The news item's or report's title: the link text. */
  label: string;
  /** Publisher and date of an outside report: 《工人日报》第2版，2011年9月20日. */
  detail: string | undefined;
  external: boolean;
  confidence: FigureSource['confidence'];
}

/** One table row, everything a page or chart needs, prepared once. */
export interface FigureRow {
  metric: MetricKey;
  label: string;
  unit: string;
  value: number;
  display: string;
  scope: string;
  scopeName: string;
  program: Program;
  note: string | undefined;
  /** The row's id on its year page: quotes in bodies link here. */
  anchor: string;
  source: FigureSourceLink;
}

export interface FigureLookups {
  regionName: (id: string) => string;
  newsTitle: (id: string) => string;
}

export function sourceLink(s: FigureSource, look: Pick<FigureLookups, 'newsTitle'>): FigureSourceLink {
  return 'news' in s
    ? { href: routes.newsItem(s.news), label: look.newsTitle(s.news), detail: undefined, external: false, confidence: s.confidence }
    : { href: s.url, label: `《${s.title}》`, detail: [s.name, s.publishedOn && formatDate(s.publishedOn)].filter(Boolean).join('，'), external: true, confidence: s.confidence };
}

export function figureRow(f: Figure, sources: FiguresYear['sources'], look: FigureLookups): FigureRow {
  const def = METRICS[f.metric];
  const source = sources[f.source];
  if (!source) throw new Error(`数据的出处 ${f.source} 不存在`);
  return {
    metric: f.metric,
    label: def.label,
    unit: def.unit,
    value: f.value,
    display: formatFigure(f.value, def.unit),
    scope: f.scope,
    scopeName: look.regionName(f.scope),
    program: f.program,
    note: f.note,
    anchor: figureAnchor(f.program, f.scope, f.metric),
    source: sourceLink(source, look),
  };
}

/** Each source once, in first-seen order: tables and headline lists name shared sources once. */
export function distinctSources(rows: readonly { source: FigureSourceLink }[]): FigureSourceLink[] {
  return [...new Map(rows.map((r) => [r.source.href, r.source])).values()];
}

/** Rows of one year grouped by program, in catalogue order, so tables read the same every year. */
export function rowsByProgram(year: FiguresYear, look: FigureLookups): Map<Program, FigureRow[]> {
  const order = Object.keys(METRICS);
  const rows = year.entries
    .map((f) => figureRow(f, year.sources, look))
    .sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric) || a.scope.localeCompare(b.scope));
  const groups = new Map<Program, FigureRow[]>();
  for (const program of PROGRAMS) {
    const mine = rows.filter((r) => r.program === program);
    if (mine.length) groups.set(program, mine);
  }
  return groups;
}

/** The province-wide rows for the given metrics, in the order asked, skipping any not reported. */
export function headline(year: FiguresYear, metrics: readonly MetricKey[], look: FigureLookups): FigureRow[] {
  return metrics.flatMap((m) => {
    const f = year.entries.find((e) => e.metric === m && e.scope === 'shandong');
    return f ? [figureRow(f, year.sources, look)] : [];
  });
}
