import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { canonicalPath, isPageHref, pathIn } from '../../src/lib/editions/editions.ts';
import { checkOverrides } from '../../src/lib/editions/overrides.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { DIST, ONE_OF_EACH_KIND, builtPages, isTraditional } from './built-pages.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

/** The address the build used: PORTAL_SITE_URL, or unset the local preview's own (npm start). */
const SITE = siteUrl();
const pages = builtPages();
const { overrides } = await checkOverrides(join(import.meta.dirname, '../../content'));
const site = createConverter(overrides);

test('every page has its twin in the other edition, 404 and examples included', () => {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  const simplified = files.filter((f) => !f.startsWith('zh-hant/')).sort();
  const traditional = files.filter((f) => f.startsWith('zh-hant/')).map((f) => f.slice('zh-hant/'.length)).sort();
  expect(traditional).toEqual(simplified);
  expect(simplified).toEqual(expect.arrayContaining(['404.html', 'examples/index.html', 'index.html']));
});

test('every page declares its language, its canonical address and both editions', async ({ page }) => {
  test.setTimeout(180_000); // every page, one after another
  for (const path of [...pages, '/404.html', '/zh-hant/404.html']) {
    await page.goto(path);
    const simplified = canonicalPath(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', isTraditional(path) ? 'zh-Hant' : 'zh-Hans');
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute('href', `${SITE}${path}`);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    );
    expect(alternates, path).toEqual([
      ['zh-Hans', `${SITE}${simplified}`],
      ['zh-Hant', `${SITE}${pathIn('zh-hant', simplified)}`],
      ['x-default', `${SITE}${simplified}`],
    ]);
  }
});

for (const path of ONE_OF_EACH_KIND) {
  test(`the 简体/繁體 switcher on ${path} goes to the same page and back`, async ({ page }) => {
    await page.goto(path);
    const switcher = page.getByRole('navigation', { name: '简体繁体切换' });
    await expect(switcher.getByRole('link', { name: '简体' })).toHaveAttribute('aria-current', 'true');
    await switcher.getByRole('link', { name: '繁體' }).click();
    await expect(page).toHaveURL(pathIn('zh-hant', path));
    const back = page.getByRole('navigation', { name: '簡體繁體切換' });
    await expect(back.getByRole('link', { name: '繁體' })).toHaveAttribute('aria-current', 'true');
    await expect(back.getByRole('link', { name: '简体' })).not.toHaveAttribute('aria-current');
    // Each label is written in its own script and says so.
    await expect(back.getByRole('link', { name: '简体' })).toHaveAttribute('lang', 'zh-Hans');
    await expect(back.getByRole('link', { name: '繁體' })).toHaveAttribute('lang', 'zh-Hant');
    await back.getByRole('link', { name: '简体' }).click();
    await expect(page).toHaveURL(path);
    await expect(page.locator('h1')).toBeVisible();
  });
}

test('no link on a Traditional page leaves the Traditional edition (but the 简体 switch)', async ({ page, baseURL }) => {
  test.setTimeout(180_000); // every page, one after another
  const origin = new URL(baseURL ?? '').origin;
  const leaks: string[] = [];
  let checked = 0;
  for (const path of pages.filter(isTraditional)) {
    await page.goto(path);
    const targets = await page.evaluate(() => [
      ...[...document.querySelectorAll('a[href]:not([hreflang])')].map((a) => (a as HTMLAnchorElement).href),
      ...[...document.querySelectorAll('form[action]')].map((f) => (f as HTMLFormElement).action),
    ]);
    for (const href of targets) {
      const url = new URL(href);
      // Data files (figures.csv) are shared by both editions, like scripts and styles.
      if (url.origin !== origin || !isPageHref(url.pathname)) continue;
      checked += 1;
      if (url.pathname !== path && !url.pathname.startsWith('/zh-hant/')) leaks.push(`${path} → ${url.pathname}`);
    }
  }
  expect(leaks).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length * 3);
});

test('both editions load the same shared assets, and the switcher adds no request', async ({ page }) => {
  const requested = async (path: string) => {
    const urls: string[] = [];
    // The icon is left out: Chromium fetches it after the page, once per context, so
    // whether it is seen depends on timing and on which edition was opened first.
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path !== '/favicon.svg') urls.push(path);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    page.removeAllListeners('request');
    return urls;
  };
  const simplified = await requested('/news/2018-09-30-a907c374/');
  const traditional = await requested('/zh-hant/news/2018-09-30-a907c374/');
  expect(simplified.slice(1)).toEqual(traditional.slice(1));
  expect(simplified.slice(1).every((u) => u.startsWith('/_astro/') || u === '/aids-init.js')).toBe(true);
  // The page itself, one stylesheet, the reading aids (stored choice + module): nothing for the switcher.
  expect(simplified.length).toBeLessThanOrEqual(4);
});

test('no Simplified-only character is left in Traditional reader text, outside <Keep>', async ({ page }) => {
  test.setTimeout(180_000); // every Traditional page, one after another
  const unconverted: string[] = [];
  for (const path of [...pages.filter(isTraditional), '/zh-hant/404.html']) {
    await page.goto(path);
    // What a reader sees or hears: text (minus code and translate="no"), the title and
    // the reader-facing attributes. On a 注音 page the pinyin (<rt>) is left out, so the characters
    // are read as the phrases they are (伙食, 批准), not one by one (伙 alone is 夥).
    const texts = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[translate="no"], script, style, code, pre, rt, rp').forEach((e) => e.remove());
      const attributes = [...body.querySelectorAll('[alt], [title], [aria-label], [placeholder]')].flatMap((e) =>
        ['alt', 'title', 'aria-label', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
      );
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      return [document.title, description, ...attributes, ...body.textContent!.split('\n')].filter((t) => t.trim());
    });
    for (const text of texts) if (site(text) !== text) unconverted.push(`${path}: ${text.trim().slice(0, 60)}`);
  }
  expect(unconverted).toEqual([]);
});

test('text marked <Keep> stays as written in the Traditional edition, the rest is converted', async ({ page }) => {
  await page.goto('/zh-hant/examples/');
  const keep = page.locator('#keep .prose');
  await expect(keep).toHaveText('这段文字保持简体，其餘文字在繁體版中轉換為繁體。');
  await expect(keep.locator('[translate="no"]')).toHaveAttribute('lang', 'zh-Hans');
});

test('the search index has one bundle per edition, each in its own language, with every record', async () => {
  const { content, bodies } = await checkContent(join(import.meta.dirname, '../../content'));
  const records = searchRecords(content, bodies);
  for (const edition of ['zh-hans', 'zh-hant'] as const) {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', edition, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual([edition]);
    expect(entry.languages[edition].page_count).toBe(records.length);
  }
});
