import { describe, expect, it } from 'vitest';
import { layoutChart, niceTicks, renderChart, textWidth, type Bar } from '../../src/lib/figures/chart.ts';
import { CSV_COLUMNS, CSV_HEADERS, CSV_TABLE_COLUMNS, inChinese, toCsv, yearlyRows } from '../../src/lib/figures/open-data.ts';
import { findFigure, quoteText, resolveFigures, figureMarker } from '../../src/lib/figures/quote.ts';
import { cityBreakdowns, seriesByProgram, type SeriesLookups } from '../../src/lib/figures/series.ts';
import { formatChange, formatFigure } from '../../src/lib/format.ts';
import { figuresYearSchema, type FiguresYear } from '../../src/schemas/figures.ts';

const bar = (label: string, value: number | null): Bar => ({ label, value, display: value === null ? '' : `${formatFigure(value, '人')} 人` });

/** Every drawn thing inside the picture, every bar inside the plot. */
function expectInside(bars: Bar[]) {
  const l = layoutChart({ bars, missing: '无数据' });
  for (const r of l.rows) {
    if (r.bar) {
      expect(r.bar.x).toBeGreaterThanOrEqual(l.plot.x);
      expect(r.bar.x + r.bar.width).toBeLessThanOrEqual(l.plot.x + l.plot.width + 1e-9);
      expect(r.bar.y).toBeGreaterThanOrEqual(l.plot.y);
      expect(r.bar.y + r.bar.height).toBeLessThanOrEqual(l.plot.y + l.plot.height);
    }
    expect(r.text.x + textWidth(r.text.value)).toBeLessThanOrEqual(l.width);
    for (const line of r.lines) expect(textWidth(line)).toBeLessThanOrEqual(l.plot.x);
  }
  expect(l.plot.y + l.plot.height).toBeLessThan(l.height);
  return l;
}

describe('numbers the Chinese way', () => {
  it('writes 万元 with two decimals and counts with thousands separators', () => {
    expect(formatFigure(3807.91, '万元')).toBe('3,807.91');
    expect(formatFigure(4854.9, '万元')).toBe('4,854.90');
    expect(formatFigure(117000, '万元')).toBe('117,000.00');
    expect(formatFigure(12672, '人')).toBe('12,672');
    expect(formatFigure(0, '场')).toBe('0');
  });
  it('gives a change its sign, and a percentage when there is a base', () => {
    expect(formatChange(4776.8, 3807.91, '万元')).toBe('−968.89（−20.3%）');
    expect(formatChange(89, 322, '场')).toBe('+233（+261.8%）');
    expect(formatChange(0, 5, '人')).toBe('+5');
    expect(formatChange(5, 5, '人')).toBe('±0（±0.0%）');
  });
  it('quotes a number the way reports write it in running text', () => {
    expect(quoteText(3807.91, '万元')).toBe('3807.91万元');
    expect(quoteText(50.59, '万元')).toBe('50.59万元');
    expect(quoteText(46316, '个')).toBe('46316个');
  });
});

describe('chart geometry', () => {
  it('picks round ticks that cover the largest value', () => {
    expect(niceTicks(3807.91, 4)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(niceTicks(28012, 4)).toEqual([0, 10000, 20000, 30000]);
    expect(niceTicks(9, 2)).toEqual([0, 5, 10]);
    expect(niceTicks(0, 4)).toEqual([0, 1]);
  });
  it('puts the axis at the plot edge and every tick inside the plot', () => {
    const l = expectInside([bar('2011 年', 28012), bar('2017 年', 12672)]);
    expect(l.ticks[0]).toMatchObject({ value: 0, x: l.plot.x });
    expect(l.ticks[l.ticks.length - 1]!.x).toBeCloseTo(l.plot.x + l.plot.width);
    // Bars are proportional to their values.
    const [a, b] = l.rows.map((r) => r.bar!.width);
    expect(a! / b!).toBeCloseTo(28012 / 12672);
  });
  it('draws a zero as no bar but still says 0, and a missing year as 无数据, never as 0', () => {
    const l = expectInside([bar('2011 年', 0), bar('2012 年', null), bar('2013 年', 10)]);
    expect(l.rows[0]!.bar!.width).toBe(0);
    expect(l.rows[0]!.text).toMatchObject({ value: '0 人', missing: false });
    expect(l.rows[1]!.bar).toBeUndefined();
    expect(l.rows[1]!.text).toMatchObject({ value: '无数据', missing: true });
  });
  it('handles a single year, and all zeros', () => {
    const one = expectInside([bar('2013 年', 684000)]);
    expect(one.rows).toHaveLength(1);
    expect(one.rows[0]!.bar!.width).toBeCloseTo(one.plot.width * (684000 / one.ticks[one.ticks.length - 1]!.value));
    expectInside([bar('2013 年', 0)]);
  });
  it('grows with many years and keeps every row apart', () => {
    const bars = Array.from({ length: 30 }, (_, i) => bar(`${1997 + i} 年`, i * 1000));
    const l = expectInside(bars);
    for (let i = 1; i < l.rows.length; i++) expect(l.rows[i]!.bar!.y).toBeGreaterThanOrEqual(l.rows[i - 1]!.bar!.y + l.rows[i - 1]!.bar!.height);
    expect(l.height).toBeGreaterThan(30 * 18);
  });
  it('wraps a long label instead of letting it run into the bars', () => {
    const l = expectInside([bar('一个非常非常长的地区名称用来测试折行', 12), bar('济南市', 30)]);
    expect(l.rows[0]!.lines.length).toBeGreaterThan(1);
    expect(l.rows[0]!.lines.join('')).toBe('一个非常非常长的地区名称用来测试折行');
  });
  it('is an image with a title and a description, and no script or style attribute', () => {
    const svg = renderChart({ id: 'c', title: '标题', description: '描述', missing: '无数据', bars: [bar('2011 年', 1), bar('2012 年', null)] });
    expect(svg).toMatch(/^<svg class="chart" viewBox="0 0 320 [\d.]+" role="img" aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">标题</title><desc id="c-desc">描述</desc>');
    expect(svg).toContain('>无数据</text>');
    expect(svg).not.toMatch(/<script|style=/);
  });
});

const look: SeriesLookups = {
  regionName: (id) => ({ shandong: '山东省', national: '全国', jinan: '济南市', qingdao: '青岛市' })[id] ?? id,
  newsTitle: (id) => `动态 ${id}`,
  regionLevel: (id) => (id === 'national' ? 'national' : id === 'shandong' ? 'province' : 'city'),
};
const sources = { s: { title: '报道', name: '报社', url: 'https://example.org/', confidence: 'high' } };
const year = (y: number, entries: object[]): FiguresYear => figuresYearSchema.parse({ year: y, sources, entries: entries.map((e) => ({ source: 's', program: 'golden-autumn', ...e })) });
const aid = (value: number, scope = 'shandong') => ({ metric: 'aid-funds', value, unit: '万元', scope });

describe('series over the years', () => {
  const years = [year(2017, [aid(3807.91), aid(900, 'jinan'), aid(800, 'qingdao')]), year(2011, [aid(4776.8)]), year(2013, [aid(114000, 'national')])];
  const [golden] = seriesByProgram(years, look);
  it('charts the province first, then the country, never a city', () => {
    expect(golden!.scopes.map((s) => s.scope)).toEqual(['shandong', 'national']);
  });
  it('fills the years between reports with no figure, and gives the change since the previous report', () => {
    const s = golden!.scopes[0]!.series[0]!;
    expect(s.bars.map((b) => [b.label, b.value])).toEqual([
      ['2011 年', 4776.8], ['2012 年', null], ['2013 年', null], ['2014 年', null], ['2015 年', null], ['2016 年', null], ['2017 年', 3807.91],
    ]);
    expect(s.rows[1]!.change).toEqual({ since: 2011, diff: '−968.89', pct: '（−20.3%）' });
    expect(s.rows[0]!.change).toBeUndefined();
  });
  it('breaks a year down by city, largest first, with the province total', () => {
    const [b] = cityBreakdowns(years, look);
    expect(b).toMatchObject({ year: 2017, metric: 'aid-funds' });
    expect(b!.cities.map((c) => c.scope)).toEqual(['jinan', 'qingdao']);
    expect(b!.total?.value).toBe(3807.91);
  });
});

describe('figures quoted in bodies', () => {
  const years = new Map([['2017', year(2017, [aid(3807.91), { ...aid(10), program: 'sunshine-employment' }])]]);
  it('links to the row on the year page and reads as the report wrote it', () => {
    const html = `共发放助学款${figureMarker({ metric: 'aid-funds', year: 2017, scope: 'shandong', program: 'golden-autumn' })}。`;
    expect(resolveFigures(html, years).html).toBe('共发放助学款<a class="figure-quote" href="/figures/2017/#fig-golden-autumn-shandong-aid-funds">3807.91万元</a>。');
  });
  it('says why a quote names nothing', () => {
    expect(findFigure(years, { metric: 'aid-funds', year: 2016, scope: 'shandong' })).toEqual({ ok: false, message: '没有 2016 年的数据：content/figures/2016.yaml 不存在（已有 2017 年）' });
    expect(findFigure(years, { metric: 'students-aided', year: 2017, scope: 'shandong' })).toMatchObject({ ok: false, message: expect.stringContaining('2017 年没有 shandong的 students-aided：该年 shandong 已有 aid-funds') });
    expect(findFigure(years, { metric: 'aid-funds', year: 2017, scope: 'shandong' })).toMatchObject({ ok: false, message: expect.stringContaining('请加上 program="…"') });
  });
});

describe('open data', () => {
  it('writes CSV that Excel opens: BOM, CRLF, quoted cells where needed', () => {
    const rows = yearlyRows([year(2011, [{ ...aid(4776.8), note: '原文为“a,b”' }])], { newsTitle: (id) => id, site: 'https://zhuxue.example.org/' });
    const csv = toCsv(CSV_COLUMNS, rows);
    expect(csv.startsWith('\uFEFFyear,program,scope,metric,label,unit,value,source_title,source_url,confidence,note\r\n')).toBe(true);
    expect(csv).toContain('2011,golden-autumn,shandong,aid-funds,发放助学款,万元,4776.8,报道,https://example.org/,high,"原文为“a,b”"\r\n');
  });
  it('writes the published CSV with Chinese headers and names, the codes left to the JSON', () => {
    const rows = yearlyRows([year(2011, [aid(4776.8)])], { newsTitle: (id) => id, site: 'https://zhuxue.example.org/' });
    const names = { program: (id: string) => ({ 'golden-autumn': '金秋助学' })[id] ?? id, region: (id: string) => ({ shandong: '山东省' })[id] ?? id, confidence: (c: string) => ({ high: '高' })[c] ?? c };
    const csv = toCsv(CSV_TABLE_COLUMNS, inChinese(rows, names), CSV_HEADERS);
    expect(csv).toBe('\uFEFF年份,项目,地区,指标,单位,数值,出处,出处网址,可信度,备注\r\n2011,金秋助学,山东省,发放助学款,万元,4776.8,报道,https://example.org/,高,\r\n');
  });
});
