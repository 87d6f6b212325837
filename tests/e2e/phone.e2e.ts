// Phone first: on a 360 × 640 screen the header stays small and the page's title is on the
// first screen, in both editions, in normal and large text, with JavaScript on and off.
import { expect, test, type Page } from '@playwright/test';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';

const PHONE = { width: 360, height: 640 };
/** One page of every kind. */
const KINDS = [
  '/', '/policies/', '/policies/guofa-2007-13/', '/guides/', '/guides/golden-autumn-application/',
  '/guides/golden-autumn-application/zhuyin/', '/check/', '/law/', '/law/jiaoyu-fa/', '/law/print/', '/news/',
  '/news/2018-09-30-a907c374/', '/figures/', '/figures/2017/', '/regions/', '/search/', '/404.html',
];
const LIMITS = { normal: { header: 160, h1: 280 }, large: { header: 240, h1: 360 } };
const NAV = ['首页', '资助政策', '申请指南', '自助测评', '法规汇编', '工作动态', '数据', '联系方式'];
const EDITIONS: EditionId[] = ['zh-hans', 'zh-hant'];

const largeText = (page: Page) => page.addInitScript(() => localStorage.setItem('zhuxue-aids', JSON.stringify({ size: 1 })));

async function measure(page: Page): Promise<{ header: number; h1: number }> {
  return page.evaluate(() => ({
    header: document.querySelector('header')!.getBoundingClientRect().height,
    h1: document.querySelector('h1')!.getBoundingClientRect().top + window.scrollY,
  }));
}

test.describe('on a 360 × 640 phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  for (const edition of EDITIONS) {
    for (const mode of ['normal', 'large'] as const) {
      test(`${edition}, ${mode} text: the header is small and every kind of page starts its title on the first screen`, async ({ page }) => {
        test.setTimeout(120_000);
        if (mode === 'large') await largeText(page);
        const failures: string[] = [];
        for (const path of KINDS) {
          await page.goto(pathIn(edition, path));
          if (mode === 'large') await expect(page.locator('html')).toHaveAttribute('data-size', '1');
          const m = await measure(page);
          if (m.header > LIMITS[mode].header) failures.push(`${path}：页头 ${Math.round(m.header)} px`);
          if (m.h1 > LIMITS[mode].h1) failures.push(`${path}：标题从 ${Math.round(m.h1)} px 开始`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
        }
        expect(failures).toEqual([]);
      });
    }
  }

  test('the home page shows the self-check button without scrolling', async ({ page }) => {
    for (const edition of EDITIONS) {
      await page.goto(pathIn(edition, '/'));
      const box = await page.locator('main a[href$="/check/"]').first().boundingBox();
      expect(box, edition).not.toBeNull();
      expect(box!.y + box!.height, edition).toBeLessThanOrEqual(PHONE.height);
    }
  });

  test('菜单 opens and closes by tap, announces its state, and reaches every section', async ({ page }) => {
    await page.goto('/guides/golden-autumn-application/');
    const menu = page.locator('details[data-menu]');
    const summary = menu.locator('summary');
    await expect(summary).toHaveText('菜单');
    await expect(page.locator('.site-nav')).toBeHidden();
    await summary.tap();
    await expect(menu).toHaveAttribute('open', '');
    // The current section is marked for everyone, not by colour alone.
    await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText('申请指南');
    const links = page.locator('.site-nav a');
    await expect(links).toHaveText(NAV);
    for (const link of await links.all()) {
      await expect(link).toBeVisible();
      const box = (await link.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await summary.tap();
    await expect(menu).not.toHaveAttribute('open', '');
    await expect(page.locator('.site-nav')).toBeHidden();
    // Every target works from the menu.
    await summary.tap();
    await page.locator('.site-nav a', { hasText: '法规汇编' }).tap();
    await expect(page).toHaveURL('/law/');
  });

  test('菜单 works from the keyboard: Tab to it, Enter opens, the links follow, Enter closes', async ({ page }) => {
    await page.goto('/news/');
    const summary = page.locator('details[data-menu] > summary');
    for (let i = 0; i < 12 && !(await summary.evaluate((s) => s === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('details[data-menu]')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(page.locator('.site-nav a').first()).toBeFocused();
    // The focus ring shows where the keyboard is.
    expect(await page.locator('.site-nav a').first().evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details[data-menu]')).not.toHaveAttribute('open', '');
  });

  test('the reading aids are one tap away behind 字号', async ({ page }) => {
    await page.goto('/');
    const aids = page.locator('details[data-aids]');
    await aids.locator('summary').tap();
    await page.getByRole('button', { name: '大字' }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-size', '1');
    await expect(page.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the breadcrumb is one line, shortened rather than wrapped', async ({ page }) => {
    await page.goto('/guides/golden-autumn-application/');
    const crumb = page.locator('.breadcrumb');
    const lineHeight = await crumb.locator('li').first().evaluate((li) => li.getBoundingClientRect().height);
    expect((await crumb.locator('ol').boundingBox())!.height).toBeLessThanOrEqual(lineHeight + 1);
    // The whole title is still there for a screen reader.
    await expect(crumb.locator('[aria-current="page"]')).toHaveText(/怎样申请助学金$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const edition of EDITIONS) {
      test(`${edition}: the header is small and every kind of page starts its title on the first screen`, async ({ page }) => {
        test.setTimeout(120_000);
        const failures: string[] = [];
        for (const path of KINDS) {
          await page.goto(pathIn(edition, path));
          const m = await measure(page);
          if (m.header > LIMITS.normal.header) failures.push(`${path}：页头 ${Math.round(m.header)} px`);
          if (m.h1 > LIMITS.normal.h1) failures.push(`${path}：标题从 ${Math.round(m.h1)} px 开始`);
        }
        expect(failures).toEqual([]);
      });
    }
    test('the menu still opens, the search field is there, and no 字号 control is shown broken', async ({ page }) => {
      await page.goto('/zh-hant/guides/golden-autumn-application/');
      await expect(page.locator('header input[name="q"]')).toBeVisible();
      await expect(page.locator('details[data-aids]')).toBeHidden();
      await page.locator('details[data-menu] > summary').click();
      await expect(page.locator('.site-nav a')).toHaveCount(NAV.length);
      await expect(page.locator('.site-nav a').last()).toBeVisible();
    });
  });

  for (const path of ['/', '/guides/golden-autumn-application/']) {
    for (const mode of ['normal', 'large'] as const) {
      test(`screenshot for people to look at: ${path}, ${mode} text`, async ({ page }, info) => {
        if (mode === 'large') await largeText(page);
        await page.goto(path);
        const name = `phone-360${path.replace(/\W+/g, '-')}${mode}.png`;
        await page.screenshot({ path: info.outputPath(name) });
        await info.attach(name, { path: info.outputPath(name), contentType: 'image/png' });
      });
    }
  }
});

test('on a wide screen the navigation and the aids are plain rows, with no 菜单 or 字号 to open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.locator('details[data-menu] > summary')).toBeHidden();
  await expect(page.locator('.site-nav a')).toHaveText(NAV);
  for (const link of await page.locator('.site-nav a').all()) await expect(link).toBeVisible();
  await expect(page.getByRole('button', { name: '大字' })).toBeVisible();
  await expect(page.locator('header input[name="q"]')).toBeVisible();
});
