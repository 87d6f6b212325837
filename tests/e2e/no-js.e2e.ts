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
      await page.getByRole('link', { name: t('金秋助学申请指南（示例）') }).click();
      for (const heading of ['要带的材料', '怎么办理', '截止时间', '到哪里咨询']) {
        await expect(page.getByRole('heading', { name: t(heading) })).toBeVisible();
      }
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

test('content pages ship no client JavaScript; the search page ships one module', async ({ page }) => {
  for (const path of builtPages()) {
    await page.goto(path);
    const isSearch = /^(\/zh-hant)?\/search\/$/.test(path);
    await expect(page.locator('script'), path).toHaveCount(isSearch ? 1 : 0);
    if (isSearch) await expect(page.locator('script')).toHaveAttribute('src', /^\/_astro\/.+\.js$/);
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
  await page.goto('/guides/golden-autumn-application/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  await expect(page.getByRole('heading', { name: '要带的材料' })).toBeVisible();
});
