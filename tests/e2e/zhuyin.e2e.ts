// 注音 versions: linked from every news, guide and policy page in both editions, ruby with
// tone marks, noindex, screen readers get the text once without pinyin; the default pages carry none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, builtPages } from './built-pages.ts';

const ARTICLE = /^(?:\/zh-hant)?\/(?:news|guides|policies)\/(?!page\/|program\/|city\/|year\/|tag\/)[^/]+\/$/;
const TONES = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const html = (path: string) => readFileSync(join(DIST, decodeURI(path), 'index.html'), 'utf8');

test('every article page in both editions links to its 注音 version and carries no ruby itself', () => {
  const articles = builtPages().filter((p) => ARTICLE.test(p));
  expect(articles.length).toBeGreaterThanOrEqual(20);
  const sampleNotice = (h: string) => h.includes('<p class="note-sample" role="note">');
  expect(articles.filter((path) => sampleNotice(html(path))).length).toBeGreaterThan(0);
  for (const path of articles) {
    const page = html(path);
    expect(page, path).toContain(`href="${path}zhuyin/"`);
    expect(page, path).not.toMatch(/<ruby|<rt/);
    const zhuyin = html(`${path}zhuyin/`);
    expect(zhuyin, path).toContain('<meta name="robots" content="noindex">');
    expect(zhuyin, path).toMatch(/<ruby>.<rt>[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    expect(zhuyin, path).not.toContain('data-pagefind-body');
    // 示例内容 stays said on the 注音 version of illustrative content.
    expect(sampleNotice(zhuyin), path).toBe(sampleNotice(page));
  }
});

test('the Traditional 注音 page carries the readings of the Simplified text', () => {
  const rts = (h: string) => [...h.matchAll(/<rt>([^<]*)<\/rt>/g)].map((m) => m[1]);
  for (const path of ['/news/2018-09-30-a907c374/zhuyin/', '/guides/golden-autumn-application/zhuyin/']) {
    const simplified = html(path);
    const traditional = html(`/zh-hant${path}`);
    expect(rts(traditional).length).toBeGreaterThan(500);
    expect(rts(traditional)).toEqual(rts(simplified));
  }
  // 阳光就业行动 reads xíng, in both editions (pinyin-pro on the Traditional 陽光就業行動 alone would too, but 銀行 would not).
  expect(html('/zh-hant/news/2018-09-30-a907c374/zhuyin/')).toContain('行<rt>xíng</rt>動<rt>dòng</rt>');
});

test('a screen reader reads the text once, without the pinyin', async ({ page }) => {
  await page.goto('/news/2018-09-30-a907c374/zhuyin/');
  const ruby = page.locator('ruby').first();
  await expect(ruby).toBeVisible();
  const snapshot = await page.locator('article.zhuyin').ariaSnapshot();
  expect(snapshot).toContain('山东省工会');
  expect(snapshot).not.toMatch(TONES);
  await page.goto('/zh-hant/guides/golden-autumn-application/zhuyin/');
  expect(await page.locator('article.zhuyin').ariaSnapshot()).not.toMatch(TONES);
});

test('on a phone the ruby past the first screen waits until it nears the screen, and in-page links still land on their target', async ({ page }) => {
  const path = '/guides/golden-autumn-application/zhuyin/';
  const later = page.locator('article.zhuyin > [data-zy-later]');
  // A deferred block's contents are skipped while it is away from the screen.
  const skipped = () => later.last().evaluate((el) => !el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
  const onScreen = (id: string) => page.locator(`[id="${id}"]`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.top < innerHeight / 2;
  });
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(path);
  // The first screen's blocks are never deferred, so nothing on it moves as the rest arrives.
  expect(await page.locator('article.zhuyin > :not([data-zy-later])').count()).toBeGreaterThanOrEqual(3);
  expect(await later.count()).toBeGreaterThan(5);
  expect(await skipped()).toBe(true);
  // A footnote link near the top, to a source at the very end: the browser lays out what lies before it.
  const link = page.locator('article.zhuyin a[href^="#source-"]').first();
  const id = (await link.getAttribute('href'))!.slice(1);
  await link.click();
  await page.waitForTimeout(300);
  expect(await onScreen(id)).toBe(true);
  // Opened at an address with a late target.
  await page.goto(`${path}#steps`);
  await page.waitForTimeout(300);
  expect(await onScreen('steps')).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(path);
  expect(await skipped()).toBe(false);
});

test('a waiting block is never shorter than its text, on the narrowest phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  for (const path of ['/guides/golden-autumn-application/zhuyin/', '/zh-hant/news/2018-09-30-a907c374/zhuyin/', '/policies/guofa-2007-13/zhuyin/']) {
    await page.goto(path);
    const short = await page.locator('article.zhuyin').evaluate((article) => [...article.querySelectorAll<HTMLElement>('[data-zy-later]')].flatMap((el) => {
      const estimate = el.getBoundingClientRect().height;
      el.style.contentVisibility = 'visible';
      const real = el.getBoundingClientRect().height;
      return real > estimate ? [`${el.tagName} ${el.dataset['zyLater']} em: ${Math.round(real)} px > ${Math.round(estimate)} px`] : [];
    }));
    expect(short, path).toEqual([]);
  }
});
