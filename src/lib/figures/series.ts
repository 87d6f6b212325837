import { PROGRAMS, type Program } from '../../schemas/common.ts';
import type { Cumulative, FiguresYear } from '../../schemas/figures.ts';
import { METRICS, type MetricKey } from '../../schemas/metrics.ts';
import { changeParts, formatFigure } from '../format.ts';
import type { Bar } from './chart.ts';
import { figureRow, sourceLink, type FigureLookups, type FigureRow } from './rows.ts';

/** The metrics /figures/ charts over the years, per program, in this order. */
export const KEY_METRICS: Record<Program, MetricKey[]> = {
  'golden-autumn': ['funds-raised', 'aid-funds', 'students-aided', 'graduates-helped'],
  'sunshine-employment': ['graduates-employed', 'jobs-offered', 'job-fairs', 'skills-training', 'internships-offered', 'graduates-trained'],
};

export interface SeriesLookups extends FigureLookups {
  regionLevel: (id: string) => 'national' | 'province' | 'city' | undefined;
}

/** One metric of one program and scope over the years, with the change from the previous reported year. */
export interface Series {
  id: string;
  program: Program;
  scope: string;
  scopeName: string;
  metric: MetricKey;
  label: string;
  unit: string;
  rows: (FigureRow & { year: number; change?: { since: number; diff: string; pct: string } })[];
  /** Every year from the first report to the last; a year without one has value null. */
  bars: Bar[];
}

const yearLabel = (y: number) => `${y} 年`;

function bars(rows: Series['rows']): Bar[] {
  const first = rows[0]?.year ?? 0;
  const last = rows[rows.length - 1]?.year ?? -1;
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const r = byYear.get(first + i);
    return { label: yearLabel(first + i), value: r ? r.value : null, display: r ? `${r.display} ${r.unit}` : '' };
  });
}

/**
 * For each program, each scope that is a country or a province (cities go to breakdowns),
 * each key metric with at least one yearly figure: its series. Yearly values only:
 * cumulative totals live in their own file and never reach a chart.
 */
export function seriesByProgram(years: readonly FiguresYear[], look: SeriesLookups) {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return PROGRAMS.map((program) => {
    const scopes = new Map<string, Series[]>();
    for (const metric of KEY_METRICS[program]) {
      const found = new Map<string, Series['rows']>();
      for (const y of sorted) {
        for (const f of y.entries) {
          if (f.program !== program || f.metric !== metric || look.regionLevel(f.scope) === 'city') continue;
          found.set(f.scope, [...(found.get(f.scope) ?? []), { ...figureRow(f, y.sources, look), year: y.year }]);
        }
      }
      for (const [scope, rows] of found) {
        rows.forEach((r, i) => {
          const prev = rows[i - 1];
          if (prev) r.change = { since: prev.year, ...changeParts(prev.value, r.value, r.unit) };
        });
        const series: Series = {
          id: `chart-${program}-${scope}-${metric}`, program, scope, scopeName: look.regionName(scope), metric,
          label: METRICS[metric].label, unit: METRICS[metric].unit, rows, bars: bars(rows),
        };
        scopes.set(scope, [...(scopes.get(scope) ?? []), series]);
      }
    }
    // The province first (this is Shandong's portal), then the country.
    const order = (s: string) => (look.regionLevel(s) === 'province' ? 0 : 1);
    return { program, scopes: [...scopes].sort(([a], [b]) => order(a) - order(b)).map(([scope, series]) => ({ scope, scopeName: look.regionName(scope), series })) };
  }).filter((p) => p.scopes.length > 0);
}

/** Per program and metric, the latest year with city figures: the cities, largest first, and the total above them. */
export function cityBreakdowns(years: readonly FiguresYear[], look: SeriesLookups) {
  const out: { id: string; program: Program; metric: MetricKey; year: number; label: string; unit: string; total: FigureRow | undefined; cities: FigureRow[] }[] = [];
  const latestFirst = [...years].sort((a, b) => b.year - a.year);
  for (const program of PROGRAMS) {
    for (const metric of Object.keys(METRICS) as MetricKey[]) {
      const y = latestFirst.find((yy) => yy.entries.some((f) => f.program === program && f.metric === metric && look.regionLevel(f.scope) === 'city'));
      if (!y) continue;
      const mine = y.entries.filter((f) => f.program === program && f.metric === metric);
      const cities = mine.filter((f) => look.regionLevel(f.scope) === 'city').map((f) => figureRow(f, y.sources, look)).sort((a, b) => b.value - a.value);
      const total = mine.find((f) => look.regionLevel(f.scope) === 'province');
      out.push({
        id: `cities-${program}-${metric}-${y.year}`, program, metric, year: y.year, label: METRICS[metric].label, unit: METRICS[metric].unit,
        total: total && figureRow(total, y.sources, look), cities,
      });
    }
  }
  return out;
}

/** The cumulative totals as rows: 1997—2010年, 截至2008年1月. */
export function cumulativeRows(c: Cumulative | undefined, look: FigureLookups) {
  if (!c) return [];
  return c.entries.map((e) => {
    const [y, m] = e.until.split('-');
    const until = m ? `${y}年${Number(m)}月` : `${y}年`;
    return {
      period: e.since !== undefined ? `${e.since}—${until}` : `截至${until}`,
      label: METRICS[e.metric].label, unit: METRICS[e.metric].unit, display: formatFigure(e.value, e.unit),
      scopeName: look.regionName(e.scope), program: e.program, note: e.note, source: sourceLink(c.sources[e.source]!, look),
    };
  });
}
