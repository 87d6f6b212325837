import { PROGRAMS, type Program } from '../schemas/common.ts';
import type { Figure, FiguresYear } from '../schemas/figures.ts';
import { METRICS, type MetricKey } from '../schemas/metrics.ts';
import { formatNumber } from './format.ts';
import { routes } from './routes.ts';

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
  source: { href: string; label: string; external: boolean };
}

export interface FigureLookups {
  regionName: (id: string) => string;
  newsTitle: (id: string) => string;
}

export function figureRow(f: Figure, look: FigureLookups): FigureRow {
  const def = METRICS[f.metric];
  const source = 'news' in f.source
    ? { href: routes.newsItem(f.source.news), label: look.newsTitle(f.source.news), external: false }
    : { href: f.source.url, label: new URL(f.source.url).hostname, external: true };
  return {
    metric: f.metric,
    label: def.label,
    unit: def.unit,
    value: f.value,
    display: formatNumber(f.value),
    scope: f.scope,
    scopeName: look.regionName(f.scope),
    program: f.program,
    note: f.note,
    source,
  };
}

/** Each source once, in first-seen order: tables and headline lists name shared sources once. */
export function distinctSources(rows: readonly FigureRow[]): FigureRow['source'][] {
  return [...new Map(rows.map((r) => [r.source.href, r.source])).values()];
}

/** Rows of one year grouped by program, in catalogue order, so tables read the same every year. */
export function rowsByProgram(year: FiguresYear, look: FigureLookups): Map<Program, FigureRow[]> {
  const order = Object.keys(METRICS);
  const rows = year.entries
    .map((f) => figureRow(f, look))
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
    return f ? [figureRow(f, look)] : [];
  });
}
