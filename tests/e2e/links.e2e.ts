import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPageHref } from '../../src/lib/editions/editions.ts';
import { DIST, builtPages } from './built-pages.ts';

/**
 * Visit every page, gather its internal links and element ids, then check each link lands on
 * a page that exists and, when it has a #fragment, on an element with that id.
 */
test('no broken internal link or #fragment anywhere', async ({ page, baseURL }) => {
  test.setTimeout(180_000); // every page of both editions, one after another
  const pages = builtPages();
  const ids = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const path of pages) {
    await page.goto(path);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    }));
    ids.set(path, new Set(found.ids));
    for (const href of found.hrefs) links.push({ from: path, href });
  }
  const origin = new URL(baseURL ?? '').origin;
  const broken: string[] = [];
  let checked = 0;
  for (const { from, href } of links) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    checked += 1;
    // A data file (figures.csv, figures.json) or a feed must exist in the build.
    if (!isPageHref(url.pathname) || url.pathname.endsWith('.xml')) {
      if (!existsSync(join(DIST, decodeURIComponent(url.pathname)))) broken.push(`${from} → ${url.pathname}（文件不存在）`);
      continue;
    }
    const target = ids.get(url.pathname);
    if (!target) {
      broken.push(`${from} → ${url.pathname}（页面不存在）`);
    } else if (url.hash && !target.has(decodeURIComponent(url.hash.slice(1)))) {
      broken.push(`${from} → ${url.pathname}${url.hash}（没有这个锚点）`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length * 5);
});
