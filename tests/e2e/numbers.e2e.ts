// Numbers never break across lines: on one page of each kind (plus a figures year with city
// rows and the search page with results), both editions, at 320 and 360 px wide, in normal text
// and every large-text step. Read from the laid-out page: every number in the text (digits with
// their separators, decimals and unit, a date or phone number) sits on one line, and every
// number kept whole (.num: figure cards, amounts, table cells) fits the screen.
import { expect, test, type Page } from '@playwright/test';
import { ONE_OF_EACH_KIND, inBothEditions } from './built-pages.ts';

const PAGES = inBothEditions([...ONE_OF_EACH_KIND, '/figures/2011/', '/search/?q=%E8%B5%84%E5%8A%A9%E4%BA%BA%E6%95%B0']);
const WIDTHS = [320, 360];
const SIZES = [0, 1, 2, 3, 4];

/** Every number that breaks or overflows, as "text @ width/size" (empty when none does). */
function broken(page: Page, where: string): Promise<string[]> {
  return page.evaluate((where) => {
    const out: string[] = [];
    const lines = (rects: DOMRectList | DOMRect[]) => {
      const tops = [...rects].filter((r) => r.width > 0).map((r) => r.top);
      const first = tops[0] ?? 0;
      return tops.some((t) => Math.abs(t - first) > 4) ? 2 : 1;
    };
    // Independent of how the page keeps numbers whole: every digit run with its unit, found in the text.
    const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[\s\u200b]?[万萬亿億]?[元人个個场場名家次%％])?|\d+(?:\.\d+)?(?:[\s\u200b]?[万萬亿億]?[元人个個场場名家次%％])?/g;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('svg, script, style, template, [hidden], .sr-only, .visually-hidden') || !parent.getClientRects().length) continue;
      // An address (https://…/2026/02/13/030029637.shtml) may break anywhere; its digits are not a number.
      if (/:\/\/|www\./.test(node.textContent ?? '')) continue;
      for (const m of (node.textContent ?? '').matchAll(NUMBER)) {
        if (m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        if (lines(range.getClientRects()) > 1) out.push(`${m[0]} @ ${where}`);
      }
    }
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>('.num')) {
      if (!el.getClientRects().length || el.closest('[hidden]')) continue;
      if (lines(el.getClientRects()) > 1) out.push(`${el.textContent} (whole) @ ${where}`);
      const box = el.getBoundingClientRect();
      // In a box that scrolls or clips (a wide table, the one-line breadcrumb) a number may lie off to
      // the side; anywhere else it must fit the screen.
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') clipped = true;
      }
      if (!clipped && box.right > width + 1) out.push(`${el.textContent} overflows (${Math.round(box.right)} > ${width}) in <${el.parentElement?.tagName.toLowerCase()} class="${el.parentElement?.className}"> @ ${where}`);
    }
    return out;
  }, where);
}

for (const path of PAGES) {
  test(`numbers stay whole on ${decodeURI(path)}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(path);
    if (path.includes('/search/')) await expect(page.locator('[data-results] > li').first()).toBeVisible({ timeout: 20_000 });
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 640 });
      for (const size of SIZES) {
        await page.evaluate((s) => {
          if (s) document.documentElement.setAttribute('data-size', String(s));
          else document.documentElement.removeAttribute('data-size');
        }, size);
        problems.push(...(await broken(page, `${width}px, 字号 ${size}`)));
      }
    }
    expect(problems).toEqual([]);
  });
}
