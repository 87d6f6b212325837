import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';

const GUIDE = '/guides/golden-autumn-application/';
const { content } = await checkContent(join(import.meta.dirname, '../../content'));
const guides = [...content.guides.keys()].map((id) => `/guides/${id}/`);

for (const path of guides) {
  test(`${path} leads with the four answers, warns against fraud and names its sources`, async ({ page }) => {
    await page.goto(path);
    const glance = page.locator('section[aria-labelledby="at-a-glance"]');
    await expect(glance.locator('dt')).toHaveText(['适用对象', '能得到什么帮助', '什么时候申请', '到哪里申请']);
    const fraud = page.getByRole('complementary', { name: '谨防诈骗' });
    await expect(fraud).toContainText('不收任何费用');
    await expect(fraud).toContainText('银行卡密码或手机验证码');
    // Every 〔来源 n〕 leads to an entry of the source list.
    const refs = await page.locator('.source-refs a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(refs.length).toBeGreaterThan(2);
    for (const href of new Set(refs)) await expect(page.locator(`${href}`)).toHaveCount(1);
    await expect(page.getByRole('link', { name: '12351' })).toHaveAttribute('href', 'tel:12351');
    await expect(page.locator('[data-review-stale]')).toHaveCount(0);
  });
}

test('the amounts are sourced examples with their city and year, never one province-wide figure', async ({ page }) => {
  await page.goto(GUIDE);
  const amounts = page.locator('.amounts li');
  await expect(amounts).toHaveCount(9);
  await expect(amounts.first()).toContainText('8,000 元：烟台市，2022 年');
  // A standard given as a range reads as one (威海 2024, sources 6.2.2).
  await expect(amounts.nth(1)).toContainText('3,000–7,000 元：威海市，2024 年');
  // The provincial union sets per-stage standards whose amounts were not found (sources 6.1.1).
  await expect(page.locator('#amounts + p')).toContainText('山东省总工会定有分学段的金秋助学标准');
  await expect(page.locator('#amounts + p')).toContainText('以当地总工会当年的通知为准');
  await expect(page.locator('main')).not.toContainText('没有统一标准');
  await expect(page.locator('main')).toContainText('本站不列材料清单');
});

test('ticking the checklist: kept in this browser only, and cleared on request', async ({ page }) => {
  await page.goto(GUIDE);
  const boxes = page.locator('[data-checklist] input[type="checkbox"]');
  await expect(boxes).toHaveCount(4);
  await page.getByRole('checkbox', { name: '向单位工会或当地总工会要一份今年的金秋助学通知。' }).check();
  await boxes.nth(2).check();
  await page.reload();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(boxes.nth(0)).not.toBeChecked();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zhuxue:checklist:golden-autumn-application:')))).toHaveLength(1);
  await page.getByRole('button', { name: '清除勾选' }).click();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.first()).toBeFocused();
  await page.reload();
  await expect(boxes.nth(1)).not.toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the checklist is a plain list whose boxes can still be ticked', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('button', { name: '清除勾选' })).toBeHidden();
    const first = page.getByRole('checkbox').first();
    await first.check();
    await expect(first).toBeChecked();
    await expect(page.locator('[data-checklist] label')).toHaveCount(4);
  });
});

test('prints on A4 as a paper checklist, without navigation', async ({ page }) => {
  await page.goto(GUIDE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '当前位置' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '申请准备清单' })).toBeVisible();
  await expect(page.locator('[data-checklist] input').first()).toBeVisible();
  await expect(page.locator('[data-checklist] label').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '清除勾选' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '怎么办理' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  // A4 is 595 × 842 points (Chromium writes 594.96 × 841.92); every page is A4.
  const boxes = pdf.toString('latin1').match(/\/MediaBox \[[^\]]*\]/g) ?? [];
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) expect(box).toMatch(/^\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]$/);
});
