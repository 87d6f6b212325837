// Pages that hold still (#30): on a phone, nothing on screen moves while a page loads and its
// scripts enhance it. Every template, both editions, normal and large text, the search page with
// and without a query. Scripts, search files and images are held back so the page paints first
// without them, as on a slow mobile network; then the layout shifts Chromium reports
// (PerformanceObserver `layout-shift`, none after input) are added up until the page is idle.
import { expect, test, type Page } from '@playwright/test';
import { templatesIn, type PageTemplate } from '../../scripts/lib/page-templates.ts';
import { pathIn } from '../../src/lib/editions/editions.ts';
import { DIST } from './built-pages.ts';

/** The issue's goal; Core Web Vitals call 0.1 "good" for a whole visit. */
const LIMIT = 0.02;
/** How long each script, search file and image is held back. */
const HELD_MS = 400;

const q = (s: string) => `/search/?q=${encodeURIComponent(s)}`;
const PAGES: PageTemplate[] = [
  ...templatesIn(DIST),
  { template: '搜索（有的词哪里都没有）', path: q('月球车补贴') },
  { template: '搜索（没有结果）', path: q('qxzjv') },
  { template: '搜索（带筛选和排序）', path: `${q('助学')}&program=golden-autumn&sort=newest` },
  { template: '找不到页面', path: '/no-such-page/' },
];
const SIZES = [['normal text', {}], ['large text', { size: 1 }], ['largest text', { size: 4 }]] as const;

interface Shift { value: number; moved: string[] }

/** Loads `path` with the reading-aid choice `aids` stored, and returns the shifts seen until idle. */
async function shiftsOf(page: Page, path: string, aids: object): Promise<Shift[]> {
  await page.addInitScript((saved) => {
    localStorage.setItem('zhuxue-aids', saved);
    const w = window as unknown as { shifts: Shift[] };
    w.shifts = [];
    const name = (n: Node | null) => {
      if (!(n instanceof Element)) return n?.nodeName ?? '?';
      const attrs = [...n.attributes].filter((a) => a.name === 'id' || a.name === 'class' || a.name.startsWith('data-')).map((a) => `${a.name}="${a.value}"`);
      return `<${n.localName}${attrs.length ? ` ${attrs.join(' ')}` : ''}>${(n.textContent ?? '').trim().slice(0, 20)}`;
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] }[]) {
        if (!e.hadRecentInput) w.shifts.push({ value: e.value, moved: e.sources.map((s) => name(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, JSON.stringify(aids));
  // The page's HTML, its CSS and the tiny blocking head script come at once; everything else late.
  await page.route(/\/(_astro\/.*\.js|pagefind\/.*|.*\.(png|svg|jpg|webp))(\?.*)?$/, async (route) => {
    await new Promise((r) => setTimeout(r, HELD_MS));
    await route.continue().catch(() => undefined);
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  if (path.includes('/search/?')) {
    await expect(page.locator('[data-status]')).not.toHaveText(/…|^$/, { timeout: 15_000 });
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
}

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

for (const edition of ['zh-hans', 'zh-hant'] as const) {
  for (const { template, path } of PAGES) {
    for (const [size, aids] of SIZES) {
      test(`${template} (${edition}, ${size}) ${path}: layout shift ≤ ${LIMIT}`, async ({ page }) => {
        const shifts = await shiftsOf(page, pathIn(edition, path), aids);
        const total = shifts.reduce((a, s) => a + s.value, 0);
        const report = shifts.map((s) => `${s.value.toFixed(4)}: ${s.moved.join(' | ')}`).join('\n');
        expect(total, `layout shift ${total.toFixed(4)} on ${pathIn(edition, path)}:\n${report}`).toBeLessThanOrEqual(LIMIT);
      });
    }
  }
}

/** Element trees equal, whitespace between tags aside (the page's HTML is indented, the script's is not). */
const sameTree = (page: Page, live: string, drawn: string) => page.evaluate(([a, b]) => {
  const tree = (html: string) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    const walk = (n: Node) => [...n.childNodes].forEach((c) => (c.nodeType === Node.TEXT_NODE && !c.textContent?.trim() ? c.remove() : walk(c)));
    walk(t.content);
    return t.content;
  };
  return tree(a ?? '').isEqualNode(tree(b ?? ''));
}, [live, drawn]);

for (const edition of ['zh-hans', 'zh-hant'] as const) {
  test(`${edition}: the self-check's first question in the page is the script's own, so swapping them moves nothing`, async ({ page, request }) => {
    const html = await (await request.get(pathIn(edition, '/check/'))).text();
    await page.goto(pathIn(edition, '/check/'));
    await expect(page.locator('.check-rules')).toHaveAttribute('data-ready', '');
    const drawn = await page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').querySelector('[data-check-app]')?.innerHTML ?? '', html);
    const live = await page.locator('[data-check-app]').innerHTML();
    expect(drawn).toContain('<legend');
    expect(await sameTree(page, live, drawn), `page:\n${drawn}\nscript:\n${live}`).toBe(true);
  });

  test(`${edition}: if the page's scripts fail, it goes back to its layout without JavaScript once loaded`, async ({ page }) => {
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    for (const path of ['/check/', '/search/?q=%E5%8A%A9%E5%AD%A6', '/law/jiaoyu-fa/']) {
      await page.goto(pathIn(edition, path), { waitUntil: 'load' });
      await expect(page.locator('html')).not.toHaveClass(/\bjs\b/);
      await expect(page.locator('details[data-aids]')).toBeHidden();
    }
    await page.goto(pathIn(edition, '/check/'), { waitUntil: 'load' });
    await expect(page.locator('[data-check-app]')).toBeHidden();
    await expect(page.locator('.check-rules [data-question]').first()).toBeVisible();
    await page.goto(pathIn(edition, '/search/?q=%E5%8A%A9%E5%AD%A6'), { waitUntil: 'load' });
    await expect(page.locator('.no-js-only')).toBeVisible();
    await expect(page.locator('[data-ways]')).toBeVisible();
    await expect(page.locator('[data-status]')).toBeHidden();
  });
}
