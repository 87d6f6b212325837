import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { DIST } from './built-pages.ts';
import { siteUrl } from '../../src/lib/site-url.ts';
import { METRICS } from '../../src/schemas/metrics.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const hant = createConverter();

/** The shipped figures, read straight from the YAML (not through the site's code). */
const yearFiles = readdirSync(join(CONTENT, 'figures')).filter((f) => /^\d{4}\.yaml$/.test(f));
const years = yearFiles.map((f) => parse(readFileSync(join(CONTENT, 'figures', f), 'utf8')) as {
  year: number; sources: Record<string, { news?: string; title?: string; url?: string; confidence: string }>;
  entries: { metric: string; value: number; unit: string; scope: string; program: string; source: string; note?: string }[];
});
const cumulative = parse(readFileSync(join(CONTENT, 'figures/cumulative.yaml'), 'utf8')) as { entries: { value: number; until: string | number }[] };

for (const [path, t] of [['/figures/', (s: string) => s], ['/zh-hant/figures/', hant]] as const) {
  test(`${path}: every chart is an image with a title, a description and its table, drawn without script`, async ({ page }) => {
    await page.goto(path);
    const charts = page.locator('figure.chart-block');
    expect(await charts.count()).toBeGreaterThan(5);
    for (const chart of await charts.all()) {
      const svg = chart.locator('svg[role="img"]');
      await expect(svg).toHaveCount(1);
      const [title, desc] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      await expect(svg.locator(`title#${title}`)).not.toBeEmpty();
      await expect(svg.locator(`desc#${desc}`)).not.toBeEmpty();
      await expect(chart.locator('table')).toHaveCount(1);
    }
    // Only the header's script (reading aids, search warm-up), which every page has (no-js.e2e.ts).
    await expect(page.locator('script:not([src="/aids-init.js"]):not([src*="/SiteHeader."])')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: t('累计数字'), exact: true })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
}

test('a chart reads its numbers, gaps and change from the content', async ({ page }) => {
  await page.goto('/figures/');
  const chart = page.locator('figure', { has: page.locator('#chart-golden-autumn-shandong-aid-funds-title') });
  await expect(chart.locator('desc')).toHaveText('2011 年 4,776.80 万元；2017 年 3,807.91 万元；2012 年至 2016 年无数据。');
  await expect(chart.locator('svg text', { hasText: '无数据' })).toHaveCount(5);
  await expect(chart.locator('tbody tr').nth(1)).toContainText('较 2011 年 −968.89（−20.3%）');
  // Each row's source is a numbered entry of the page's source list, with its confidence.
  const href = await chart.locator('tbody tr').nth(0).locator('td').last().getByRole('link').getAttribute('href');
  await expect(page.locator(href!)).toContainText('《山东“金秋助学”2.8万学子受益》');
  await expect(page.locator(href!)).toContainText('可信度：高');
});

test('the doubtful 31.4亿元 total does not ship, and cumulative totals never reach a chart', async ({ page }) => {
  await page.goto('/figures/');
  await expect(page.locator('main')).not.toContainText('314,000');
  const drawn = (await page.locator('svg').allTextContents()).join(' ');
  for (const e of cumulative.entries) expect(drawn).not.toContain(new Intl.NumberFormat('zh-CN').format(e.value));
  await expect(page.locator('table[data-cumulative] tbody tr')).toHaveCount(cumulative.entries.length);
});

test('prints in black and grey, a chart kept with its table', async ({ page }) => {
  await page.goto('/figures/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  const bar = page.locator('.chart-bar').first();
  expect(await bar.evaluate((e) => getComputedStyle(e).fill)).toBe('rgb(85, 85, 85)');
  expect(await page.locator('.chart-block').first().evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
});

/** The names a reader knows, from the content and the catalogue (the CSV must not show codes). */
const regionNames = new Map((parse(readFileSync(join(CONTENT, 'regions/regions.yaml'), 'utf8')) as { regions: { id: string; name: string }[] }).regions.map((r) => [r.id, r.name]));
const PROGRAM_NAMES: Record<string, string> = { 'golden-autumn': '金秋助学', 'sunshine-employment': '阳光就业' };
const CONFIDENCE: Record<string, string> = { high: '高', 'medium-high': '中高', medium: '中' };

/** One CSV line's cells, quotes undone (a note may hold commas). */
const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 11);

test('figures.csv holds every yearly value of the YAML files, in Chinese, BOM first', async ({ request }) => {
  const bytes = readFileSync(join(DIST, 'figures/figures.csv'));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('年份,项目,地区,指标,单位,数值,出处,出处网址,可信度,备注');
  const expected = years.flatMap((y) => y.entries.map((e) => `${y.year},${PROGRAM_NAMES[e.program]},${regionNames.get(e.scope)},${METRICS[e.metric as keyof typeof METRICS].label},${e.unit},${e.value},${CONFIDENCE[y.sources[e.source]!.confidence]}`));
  const got = lines.slice(1).map((l) => {
    const c = cells(l);
    return `${c[0]},${c[1]},${c[2]},${c[3]},${c[4]},${c[5]},${c[8]}`;
  });
  expect(got.sort()).toEqual(expected.sort());
  // No machine code in the spreadsheet: they stay in figures.json.
  expect(bytes.toString('utf8')).not.toMatch(/golden-autumn|sunshine-employment|,shandong,|aid-funds/);
  // Each row names its source: the report's own address, or the news page on this site.
  for (const y of years) {
    for (const s of Object.values(y.sources)) expect(bytes.toString('utf8')).toContain(s.url ?? `${siteUrl()}/news/${s.news}/`);
  }
  const served = await request.get('/figures/figures.csv');
  expect(served.headers()['content-type']).toContain('text/csv');
  const totals = readFileSync(join(DIST, 'figures/cumulative.csv'), 'utf8');
  expect(totals.split('\r\n')[0]).toBe('\uFEFF起始年份,截止年份,项目,地区,指标,单位,数值,出处,出处网址,可信度,备注');
  expect(totals).toContain(',金秋助学,山东省,发放助学款,万元,');
});

test('figures.json carries the same values and the metric catalogue', () => {
  const json = JSON.parse(readFileSync(join(DIST, 'figures/figures.json'), 'utf8')) as {
    citation: string; metrics: { id: string; unit: string }[]; figures: { year: number; metric: string; scope: string; value: number }[]; cumulative: { value: number }[];
  };
  expect(json.figures).toHaveLength(years.reduce((n, y) => n + y.entries.length, 0));
  for (const y of years) for (const e of y.entries) expect(json.figures).toContainEqual(expect.objectContaining({ year: y.year, metric: e.metric, scope: e.scope, value: e.value }));
  expect(json.cumulative.map((c) => c.value)).toEqual(cumulative.entries.map((e) => e.value));
  expect(json.metrics).toContainEqual({ id: 'aid-funds', label: '发放助学款', unit: '万元' });
  expect(json.citation).toContain(`${siteUrl()}/figures/figures.json`);
});

test('/figures/ links the open data and says how to cite it, in both editions', async ({ page }) => {
  for (const path of ['/figures/', '/zh-hant/figures/']) {
    await page.goto(path);
    const section = page.locator('section[aria-labelledby="open-data"]');
    await expect(section.locator('a[href="/figures/figures.csv"]')).toHaveAttribute('download', '');
    await expect(section.locator('a[href="/figures/figures.json"]')).toBeVisible();
    await expect(section.locator('.citation-text')).toContainText(`${siteUrl()}/figures/figures.csv`);
  }
});

test('the seed article quotes its numbers from the figures, reading exactly as before', async ({ page }) => {
  await page.goto('/news/2018-09-30-a907c374/');
  const quote = page.getByRole('link', { name: '3807.91万元' });
  await expect(quote).toHaveAttribute('href', '/figures/2017/#fig-golden-autumn-shandong-aid-funds');
  await expect(page.locator('.prose')).toContainText('据统计，今年活动期间全省工会共发放助学款3807.91万元，资助困难职工子女12672人。');
  await expect(page.locator('.prose .figure-quote')).toHaveCount(12);
  await quote.click();
  await expect(page).toHaveURL(/\/figures\/2017\/#fig-golden-autumn-shandong-aid-funds$/);
  await expect(page.locator('#fig-golden-autumn-shandong-aid-funds')).toContainText('3,807.91');
  await expect(page.locator('#fig-golden-autumn-shandong-aid-funds')).toBeInViewport();
});
