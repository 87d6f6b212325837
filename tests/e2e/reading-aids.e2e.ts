// Reading aids (长者模式): large text, high contrast and read-aloud, as an older reader on a
// phone would use them; axe in every mode, both editions; no sideways scrolling.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const NEWS = '/news/2018-09-30-a907c374/';
const PAGES = ['/', NEWS, '/guides/golden-autumn-application/', '/policies/guofa-2007-13/', '/figures/', '/news/2018-09-30-a907c374/zhuyin/'];
const KEY = 'zhuxue-aids';
/** What must be a comfortable target: every control in the header, navigation, paging and the article's aids. */
const TARGETS = 'header button:visible, header input:visible, .site-nav a, .edition-switch a, .article-aids > a, .read-aloud button:visible, .pagination a';

const px = (v: string) => Number.parseFloat(v);
const store = (page: Page, choice: object) => page.addInitScript(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(choice)] as const);

async function smallestTarget(page: Page): Promise<{ width: number; height: number; what: string }> {
  const boxes = await page.locator(TARGETS).evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { width: r.width, height: r.height, what: e.outerHTML.slice(0, 60) };
  }));
  return boxes.reduce((a, b) => (Math.min(b.width, b.height) < Math.min(a.width, a.height) ? b : a));
}

test('large text: 24 px body text, 1.5 line spacing, paragraph spacing 1.3× that, 60 px targets, up to 40 px', async ({ page }) => {
  await page.goto(NEWS);
  const normal = await smallestTarget(page);
  expect(Math.min(normal.width, normal.height), normal.what).toBeGreaterThanOrEqual(44);
  const large = page.getByRole('button', { name: '大字' });
  await expect(large).toHaveAttribute('aria-pressed', 'false');
  await large.click();
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  const p = page.locator('main .prose p').first();
  const style = await p.evaluate((e) => { const s = getComputedStyle(e); return { size: s.fontSize, line: s.lineHeight, margin: s.marginBottom }; });
  expect(px(style.size)).toBeGreaterThanOrEqual(24); // 18 pt
  expect(px(style.line)).toBeGreaterThanOrEqual(1.5 * px(style.size));
  expect(px(style.margin)).toBeGreaterThanOrEqual(1.3 * px(style.line));
  const big = await smallestTarget(page);
  expect(Math.min(big.width, big.height), big.what).toBeGreaterThanOrEqual(60);
  // Larger, step by step, to at least 30 pt (40 px); then the button says it can go no further.
  const bigger = page.getByRole('button', { name: '字号加大' });
  for (let i = 0; i < 3; i++) await bigger.click();
  expect(px(await p.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(40);
  await expect(bigger).toBeDisabled();
  await page.getByRole('button', { name: '字号减小' }).click();
  expect(px(await p.evaluate((e) => getComputedStyle(e).fontSize))).toBeLessThan(40);
});

test('the choice holds after a reload and is applied before the first paint', async ({ page }) => {
  await page.goto(NEWS);
  await page.getByRole('button', { name: '大字' }).click();
  await page.getByRole('button', { name: '高对比度' }).click();
  // Record the <html> attributes at the moment <body> first exists: nothing can be painted earlier.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { firstFrame: string }).firstFrame = `${document.documentElement.dataset['size']} ${document.documentElement.dataset['contrast']}`;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe('1 high');
  await expect(page.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '高对比度' })).toHaveAttribute('aria-pressed', 'true');
  expect(px(await page.locator('main .prose p').first().evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(24);
});

test('high contrast: body text at least 7:1 (axe’s enhanced contrast rule), focus still visible', async ({ page }) => {
  test.setTimeout(90_000); // axe's enhanced contrast run: ~25 s idle, twice that beside a deploy of the live-admin test
  await store(page, { contrast: true });
  for (const path of PAGES) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    expect(violations.map((v) => `${path} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.goto(NEWS);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

for (const [mode, choice] of [['normal', {}], ['large text', { size: 1 }], ['largest text', { size: 4 }], ['high contrast', { contrast: true }], ['large and high contrast', { size: 2, contrast: true }]] as const) {
  for (const edition of ['', '/zh-hant'] as const) {
    test(`${mode}${edition ? ', Traditional' : ''}: no WCAG 2.2 AA violations`, async ({ page }) => {
      test.setTimeout(120_000); // an axe run on each page kind, ~20 s in all on an idle machine, over 60 s beside a deploy
      await store(page, choice);
      for (const path of PAGES) {
        await page.goto(`${edition}${path}`);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(violations.map((v) => `${edition}${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
}

// 400 % zoom of a 1,280 px window leaves 320 CSS px, the same as a 320 px phone.
test.describe('at 320 px (and 400 % zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const choice of [{}, { size: 1 }, { size: 4, contrast: true }]) {
    test(`nothing scrolls sideways with ${JSON.stringify(choice)}`, async ({ page }) => {
      await store(page, choice);
      for (const path of PAGES) {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the reading-aid controls are absent, not broken; the 注音 link still works', async ({ page }) => {
    await page.goto(NEWS);
    await expect(page.getByRole('button', { name: '大字' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: '朗读本文' })).toHaveCount(0);
    await page.getByRole('link', { name: '注音版（带拼音）' }).click();
    await expect(page).toHaveURL(/\/zhuyin\/$/);
  });
});

test('no animation for readers who ask for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')]
    .map((e) => getComputedStyle(e))
    .filter((s) => Number.parseFloat(s.transitionDuration) > 0.001 || (s.animationName !== 'none' && Number.parseFloat(s.animationDuration) > 0.001)).length);
  expect(moving).toBe(0);
});
