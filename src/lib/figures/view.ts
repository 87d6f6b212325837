import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../format.ts';
import type { ChartSpec } from './chart.ts';
import type { Series } from './series.ts';
import type { cityBreakdowns } from './series.ts';

type Words = UiStrings['figures'];

/** Runs of consecutive years without a figure: [[2012, 2016]]. */
function gaps(series: Series): [number, number][] {
  const out: [number, number][] = [];
  let start: number | undefined;
  series.bars.forEach((b, i) => {
    const year = (series.rows[0]?.year ?? 0) + i;
    if (b.value === null) start ??= year;
    else if (start !== undefined) {
      out.push([start, year - 1]);
      start = undefined;
    }
  });
  return out;
}

/** A series as a chart: its title names scope, metric and unit; its description reads out every value and every gap. */
export function seriesChart(series: Series, w: Words): ChartSpec {
  const values = series.rows.map((r) => `${r.year} 年 ${r.display} ${r.unit}`);
  const holes = gaps(series).map(([from, to]) => (from === to ? `${from} 年${w.missing}` : fill(w.noData, { from, to })));
  return {
    id: series.id,
    title: fill(w.chartTitle, { scope: series.scopeName, label: series.label, unit: series.unit }),
    description: [...values, ...holes].join('；') + '。',
    bars: series.bars,
    missing: w.missing,
  };
}

/** One program's cities for one metric and year, largest first. */
export function cityChart(b: ReturnType<typeof cityBreakdowns>[number], w: Words): ChartSpec {
  return {
    id: b.id,
    title: `${fill(w.cities, { year: b.year, label: b.label })}（${b.unit}）`,
    description: b.cities.map((c) => `${c.scopeName} ${c.display} ${c.unit}`).join('；') + '。',
    bars: b.cities.map((c) => ({ label: c.scopeName, value: c.value, display: `${c.display} ${c.unit}` })),
    missing: w.missing,
  };
}
