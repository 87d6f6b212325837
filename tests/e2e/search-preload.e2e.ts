// A first search starts with the page (src/lib/search/preload.ts, written by the index step):
// Pagefind's runtime, entry file, metadata, WebAssembly, the small word index and our modules are
// requested by the page's own preload links, each once, not by one script after another; the
// header's search box starts on Pagefind's runtime only when a reader focuses it. Timings on a
// throttled phone connection are measured by `npm run bench` (scripts/lib/search-cold.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { importedModules, WARM_FILES, WHOLE_INDEX_BYTES } from '../../src/lib/search/preload.ts';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';
import { DIST } from './built-pages.ts';

/** Every resource the page requested so far: path (with query), how it was requested. */
const requested = (page: Page) => page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
  .map((r) => ({ path: new URL(r.name).pathname + new URL(r.name).search, by: r.initiatorType, start: r.startTime })));

for (const edition of ['zh-hans', 'zh-hant'] as EditionId[]) {
  test(`${edition}: a search opened by its address fetches what Pagefind needs from the page's own links, each once`, async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (r) => void urls.push(new URL(r.url()).pathname + new URL(r.url()).search));
    await page.goto(`${pathIn(edition, '/search/')}?q=${encodeURIComponent('困难职工')}`);
    await expect(page.locator('[data-results] > li').first()).toBeVisible();
    await expect(page.locator('[data-status]')).toHaveText(/\d/);
    const bundle = `/pagefind/${edition}/`;
    const early = (await requested(page)).filter((r) => r.path.startsWith(bundle) && !/\/(fragment|filter)\//.test(r.path) || r.path.includes('page-text'));
    // Runtime, entry (under the index's tag, never Pagefind's own timestamp), metadata, WebAssembly, tables, every index chunk (the shipped index is small), our shared module.
    const chunks = readdirSync(join(DIST, bundle, 'index'));
    expect(chunks.reduce((sum, f) => sum + statSync(join(DIST, bundle, 'index', f)).size, 0)).toBeLessThanOrEqual(WHOLE_INDEX_BYTES);
    expect(early.map((r) => r.path.replace(/_[0-9a-f]{7,}/g, '_#')).sort()).toEqual([
      `/_astro/page-text.${early.find((r) => r.path.includes('page-text'))?.path.split('page-text.')[1]}`,
      ...chunks.map(() => `${bundle}index/${edition}_#.pf_index`),
      `${bundle}pagefind-entry.json?ts=${edition}_#`, `${bundle}pagefind.${edition}_#.pf_meta`, `${bundle}pagefind.js`,
      `${bundle}search-data.json`, `${bundle}wasm.unknown.pagefind`,
    ].sort());
    // Asked for by the page as it was read, before its own scripts (which come after the links in
    // <head>), not by a script once it ran; a fetch preload is Chromium's initiator "link".
    const script = (await requested(page)).find((r) => /\/_astro\/index\.astro_/.test(r.path));
    expect(script).toBeDefined();
    expect(early.filter((r) => r.start > script!.start).map((r) => r.path)).toEqual([]);
    expect(early.filter((r) => r.path.endsWith('.js') ? false : r.by !== 'link')).toEqual([]);
    // Each once: the preload's answer is what Pagefind's own request used.
    const dupes = urls.filter((u, i) => urls.indexOf(u) !== i);
    expect(dupes).toEqual([]);
  });
}

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
