// A first search starts with the page (src/lib/search/preload.ts, written by the index step):
// Pagefind's runtime, entry file, metadata, WebAssembly and our modules are requested by the
// page's own preload links, each once, not by one script after another; the chunks of the word
// index a query in the address needs are asked for by public/search-early.js (and, for what it
// misses, by the page's module) before Pagefind runs, and they are the very chunks Pagefind
// itself loads for that query. Without a query Pagefind starts only when the reader reaches for
// the form. The header's search box starts on Pagefind's runtime only when a reader focuses it.
// Timings on a throttled phone connection are measured by `npm run bench` (scripts/lib/search-cold.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { importedModules, WARM_FILES } from '../../src/lib/search/preload.ts';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';
import { DIST } from './built-pages.ts';

/** Every resource the page requested so far: path (with query), how it was requested. */
const requested = (page: Page) => page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
  .map((r) => ({ path: new URL(r.name).pathname + new URL(r.name).search, by: r.initiatorType, start: r.startTime })));

/** The search has answered: its status says neither 请输入 (idle) nor 正在搜索…… */
const settled = (page: Page) => expect(page.locator('[data-status]')).not.toHaveText(/…|请输入|請輸入/, { timeout: 15_000 });

/** The index chunks Pagefind itself loads for `query`: typed into the search page opened without one (nothing fetched ahead). */
async function pagefindsOwn(browser: Browser, baseURL: string | undefined, edition: EditionId, query: string): Promise<string[]> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  const chunks: string[] = [];
  page.on('request', (r) => void (r.url().endsWith('.pf_index') && chunks.push(new URL(r.url()).pathname)));
  await page.goto(pathIn(edition, '/search/'));
  await page.locator('#q').fill(query);
  await settled(page);
  await context.close();
  return [...new Set(chunks)].sort();
}

for (const edition of ['zh-hans', 'zh-hant'] as EditionId[]) {
  test(`${edition}: a search opened by its address fetches what Pagefind needs from the page's own links, each once`, async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (r) => void urls.push(new URL(r.url()).pathname + new URL(r.url()).search));
    await page.goto(`${pathIn(edition, '/search/')}?q=${encodeURIComponent('困难职工')}`);
    await expect(page.locator('[data-results] > li').first()).toBeVisible();
    await expect(page.locator('[data-status]')).toHaveText(/\d/);
    const bundle = `/pagefind/${edition}/`;
    const early = (await requested(page)).filter((r) => r.path.startsWith(bundle) && !/\/(fragment|filter|index)\//.test(r.path) || r.path.includes('page-text'));
    // Runtime, entry (under the index's tag, never Pagefind's own timestamp), metadata, WebAssembly, tables, our shared module.
    expect(early.map((r) => r.path.replace(/_[0-9a-f]{7,}/g, '_#')).sort()).toEqual([
      `/_astro/page-text.${early.find((r) => r.path.includes('page-text'))?.path.split('page-text.')[1]}`,
      `${bundle}pagefind-entry.json?ts=${edition}_#`, `${bundle}pagefind.${edition}_#.pf_meta`, `${bundle}pagefind.js`,
      `${bundle}search-data.json`, `${bundle}wasm.unknown.pagefind`,
    ].sort());
    // Asked for by the page as it was read, before its own scripts (which come after the links in
    // <head>), not by a script once it ran; a fetch preload is Chromium's initiator "link".
    const script = (await requested(page)).find((r) => /\/_astro\/index\.astro_/.test(r.path));
    expect(script).toBeDefined();
    expect(early.filter((r) => r.start > script!.start).map((r) => r.path)).toEqual([]);
    expect(early.filter((r) => r.path.endsWith('.js') ? false : r.by !== 'link')).toEqual([]);
    // The word index: through preload links too, not fetched by Pagefind once it has run.
    const chunks = (await requested(page)).filter((r) => r.path.includes('/index/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.filter((r) => r.by !== 'link')).toEqual([]);
    // Each once: the preload's answer is what Pagefind's own request used.
    const dupes = urls.filter((u, i) => urls.indexOf(u) !== i);
    expect(dupes).toEqual([]);
  });
}

test("a query in the address fetches exactly the index chunks Pagefind loads for it, the plain script alone too", async ({ browser, baseURL }) => {
  test.setTimeout(120_000); // 27 page loads
  // What the plain script finds alone: every chunk; none for a question (its question words are the
  // module's to drop); some, for a query typed in the other script (the module folds it).
  const cases: [EditionId, string, 'all' | 'none' | 'some'][] = [
    ['zh-hans', '困难职工', 'all'], ['zh-hans', '12351', 'all'], ['zh-hans', '职业资格证书', 'all'], ['zh-hans', '国发〔2007〕13号', 'all'],
    ['zh-hant', '困難職工', 'all'], ['zh-hant', '教育法 第三十八條', 'all'],
    ['zh-hans', '孩子上大学能领多少钱', 'none'], ['zh-hant', '孩子上大學能領多少錢', 'none'],
    ['zh-hant', '困难职工', 'some'],
  ];
  for (const [edition, query, plain] of cases) {
    const own = await pagefindsOwn(browser, baseURL, edition, query);
    expect(own.length, `${edition} ${query}`).toBeGreaterThan(0);
    for (const early of [false, true]) {
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      const page = await context.newPage();
      // The plain script alone: the page's module never runs.
      if (early) await page.route(/\/_astro\/index\.astro_.*\.js$/, (r) => r.abort());
      const chunks: string[] = [];
      page.on('request', (r) => void (r.url().endsWith('.pf_index') && chunks.push(new URL(r.url()).pathname)));
      await page.goto(`${pathIn(edition, '/search/')}?q=${encodeURIComponent(query)}`);
      if (early) await page.waitForLoadState('networkidle');
      else await settled(page);
      await context.close();
      const found = [...new Set(chunks)].sort();
      const label = `${edition} ${query}${early ? ' (plain script alone)' : ''}`;
      if (!early || plain === 'all') expect(found, label).toEqual(own);
      else if (plain === 'none') expect(found, label).toEqual([]);
      else {
        expect(found.length, label).toBeGreaterThan(0);
        expect(own, label).toEqual(expect.arrayContaining(found));
      }
    }
  }
});

test('the search page opened without a query starts Pagefind, and fetches its word index, only when the reader reaches for the form', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => void (/\.pf_(index|fragment|filter)$/.test(r.url()) && chunks.push(r.url())));
  await page.goto('/search/', { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const started = () => page.evaluate(() => performance.getEntriesByName('search-engine').length);
  expect(await started()).toBe(0);
  expect(chunks).toEqual([]);
  await page.locator('#q').focus();
  await expect.poll(started).toBe(1);
  await page.locator('#q').fill('12351');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  expect(chunks.length).toBeGreaterThan(0);
});

test("the header's search box fetches nothing of search until it is focused, then Pagefind's runtime for its edition", async ({ page }) => {
  for (const edition of ['zh-hans', 'zh-hant'] as EditionId[]) {
    const urls: string[] = [];
    page.on('request', (r) => void urls.push(new URL(r.url()).pathname));
    await page.goto(pathIn(edition, '/guides/golden-autumn-application/'), { waitUntil: 'networkidle' });
    expect(urls.filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#site-q').focus();
    await expect.poll(() => urls.filter((u) => u.startsWith('/pagefind/')).sort()).toEqual(WARM_FILES.map((f) => `/pagefind/${edition}/${f}`).sort());
    await page.locator('#site-q').fill('12351');
    await page.locator('#site-q').press('Enter');
    await expect(page.locator('[data-results] > li').first()).toBeVisible();
    page.removeAllListeners('request');
  }
});

test("the search page's own stylesheet comes before the search files' preloads, in both editions", () => {
  for (const edition of ['zh-hans', 'zh-hant'] as EditionId[]) {
    const head = readFileSync(join(DIST, pathIn(edition, '/search/'), 'index.html'), 'utf8').split('</head>')[0]!;
    const links = [...head.matchAll(/<link rel="(stylesheet|preload|modulepreload)"/g)].map((m) => m[1]);
    expect(links.filter((l) => l !== 'stylesheet').length, edition).toBeGreaterThan(3);
    expect(links.lastIndexOf('stylesheet'), edition).toBeLessThan(links.findIndex((l) => l !== 'stylesheet'));
  }
});

test("a content page's scripts, the header's included, stay within 3 kB compressed", () => {
  for (const path of ['/index.html', '/guides/golden-autumn-application/index.html', '/law/jiaoyu-fa/index.html', '/news/index.html']) {
    const html = readFileSync(join(DIST, path), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
    const all = [...scripts, ...importedModules(html, (url) => readFileSync(join(DIST, url), 'utf8'))];
    const bytes = all.reduce((sum, url) => sum + gzipSync(readFileSync(join(DIST, url)), { level: 6 }).length, 0);
    expect(bytes, path).toBeLessThanOrEqual(3 * 1024);
  }
});
