import { expect, test } from '@playwright/test';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { ONE_OF_EACH_KIND, builtPages, inBothEditions } from './built-pages.ts';

const hant = createConverter();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const home of ['/', '/zh-hant/']) {
    test(`a family can go from ${home} to what to bring and where to go`, async ({ page }) => {
      // The Traditional edition reads the same labels, converted.
      const t = (s: string) => (home === '/' ? s : hant(s));
      await page.goto(home);
      await page.getByRole('link', { name: t('查看申请指南') }).click();
      await expect(page).toHaveURL(new RegExp(`${home}guides/$`));
      await page.getByRole('link', { name: t('金秋助学：困难职工家庭的孩子考上大学，怎样申请助学金') }).first().click();
      for (const heading of ['一看就懂', '谨防诈骗', '谁可以申请', '要带的材料', '申请准备清单', '怎么办理', '到哪里咨询']) {
        await expect(page.getByRole('heading', { name: t(heading), exact: true })).toBeVisible();
      }
      // The hotline is one tap away on a phone.
      await expect(page.getByRole('link', { name: '12351' })).toHaveAttribute('href', 'tel:12351');
    });
  }

  for (const path of inBothEditions(ONE_OF_EACH_KIND)) {
    test(`${path} shows its content`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('main')).not.toBeEmpty();
    });
  }
});

/** Pages that load script of their own, and how many modules: everything else ships only the reading aids. */
const SCRIPTED: [RegExp, number][] = [
  [/^\/search\/$/, 1], // the search
  [/^\/check\/$/, 2], // the self-check, and the shared enhancements for its citations
  [/^\/guides\/[^/]+\/$/, 1], // checklist memory, citation tips
  [/^\/law\/(?!print\/)[^/]+\/$/, 1], // copy citation
  [/^\/examples\/$/, 1],
  [/^\/offline\/$/, 1], // the pages this reader saved, from the phone's cache
  [/^\/(?:policies|news)\/[^/]+\/$/, -1], // only when the body cites an article
];
/** On every page: the stored reading-aids choice (classic, blocking, before the first paint), and the header's module (reading aids, search warm-up). */
const AIDS_INIT = '/aids-init.js';
const AIDS = /^\/_astro\/SiteHeader\.[^/]+\.js$/;
/** On the search page only, beside its module: the plain script that asks for a query's index chunks before the module can (public/search-early.js). */
const SEARCH_EARLY = '/search-early.js';

test('pages ship no client JavaScript unless they need it, and never inline script', async ({ page }) => {
  test.setTimeout(180_000); // every page of both editions, one after another
  for (const path of builtPages()) {
    await page.goto(path);
    const plain = path.replace(/^\/zh-hant\//, '/');
    const expected = SCRIPTED.find(([re]) => re.test(plain))?.[1] ?? 0;
    // JSON-LD is data, never run; it is counted in feeds.e2e.ts.
    const srcs = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? '(inline)'));
    expect(srcs[0], path).toBe(AIDS_INIT);
    expect(srcs.filter((s) => AIDS.test(s)), path).toHaveLength(1);
    expect(srcs.includes(SEARCH_EARLY), path).toBe(/^\/search\/$/.test(plain));
    const own = srcs.filter((s) => s !== AIDS_INIT && s !== SEARCH_EARLY && !AIDS.test(s));
    if (expected >= 0) expect(own, path).toHaveLength(expected);
    for (const src of own) expect(src, path).toMatch(/^\/_astro\/.+\.js$/);
  }
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of inBothEditions(ONE_OF_EACH_KIND)) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }
});

test('the print stylesheet hides navigation and keeps the content', async ({ page }) => {
  await page.goto('/news/2018-09-30-a907c374/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});
