// National aid by stage (/aid/): every stage and item in both editions, every amount as the data
// says it, 旧 → 新 for the changed standards, whom to ask, and nothing from a source rated 低.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { amountFigure, amountPhrase } from '../../src/lib/aid/amounts.ts';
import { allAmounts, orderedStages } from '../../src/lib/aid/view.ts';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { checkOverrides } from '../../src/lib/editions/overrides.ts';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';
import { numbersIn, unshippableNumbers } from '../helpers/aid-sources.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const { content } = await checkContent(CONTENT);
const hant = createConverter((await checkOverrides(CONTENT)).overrides);
const amounts = allAmounts(content);
const EDITIONS: [EditionId, (s: string) => string][] = [['zh-hans', (s) => s], ['zh-hant', hant]];

for (const [edition, t] of EDITIONS) {
  test(`${edition}: every stage page has each item at its anchor and every amount as the data says it`, async ({ page }) => {
    for (const [stage, s] of orderedStages(content)) {
      await page.goto(pathIn(edition, `/aid/${stage}/`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(`${s.title}的国家资助`));
      for (const item of s.items) {
        const section = page.locator(`section#${item.id}`);
        await expect(section.getByRole('heading', { level: 2 })).toContainText(t(item.name));
        await expect(page.locator(`.glance a[href="#${item.id}"]`)).toHaveText(t(item.name));
        await expect(section.locator('[data-amount-row]')).toHaveCount(item.amounts.length);
        await expect(section.locator('time')).toHaveAttribute('datetime', item.reviewedOn);
      }
      for (const a of s.amounts) {
        await expect(page.locator(`#amount-${a.id}`)).toHaveCount(1);
        for (const row of await page.locator(`[data-amount-row="${a.id}"]`).all()) {
          await expect(row.locator('[data-amount-phrase]')).toHaveText(t(amountPhrase(a)));
          if (a.previous) await expect(row.locator('[data-amount-from]')).toHaveText(amountFigure(a.previous));
        }
      }
      // Each quote in the text is the amount it names.
      for (const quote of await page.locator('[data-amount]').all()) {
        const id = (await quote.getAttribute('data-amount')) ?? '';
        await expect(quote, id).toHaveText(amountFigure(amounts.get(id)!));
      }
    }
  });

  test(`${edition}: the overview shows the 2024–2025 changes old → new, the stages and whom to ask`, async ({ page }) => {
    await page.goto(pathIn(edition, '/aid/'));
    const changed = [...amounts.values()].filter((a) => a.previous);
    expect(changed.map((a) => a.id)).toEqual(expect.arrayContaining(['undergraduate-grant-average', 'undergraduate-loan-limit', 'postgraduate-loan-limit', 'boarding-primary', 'boarding-junior', 'high-grant-average']));
    for (const a of changed) {
      const row = page.locator(`li[data-amount-row="${a.id}"]`);
      await expect(row.locator('[data-amount-from]')).toHaveText(amountFigure(a.previous!));
      await expect(row.locator('[data-amount]')).toHaveText(amountFigure(a));
      await expect(row.getByRole('link')).toHaveAttribute('href', pathIn(edition, `/aid/${a.stage}/#amount-${a.id}`));
    }
    for (const [stage] of orderedStages(content)) await expect(page.locator(`#stage-${stage} a`)).toHaveAttribute('href', pathIn(edition, `/aid/${stage}/`));
    const hotline = page.locator('#moe-hotline');
    await expect(hotline.locator('a[href="tel:01066097980"]')).toHaveText('010-66097980');
    await expect(hotline.locator('a[href="tel:01066096590"]')).toHaveText('010-66096590');
    await expect(page.locator('#county-centre')).toContainText(t('生源地信用助学贷款'));
  });

  test(`${edition}: no number the notes give only in 低 rows or conflicts appears on an aid page`, async ({ page }) => {
    const forbidden = [...unshippableNumbers(), '2500', '625', '750'];
    for (const path of ['/aid/', ...orderedStages(content).map(([stage]) => `/aid/${stage}/`), '/check/']) {
      await page.goto(pathIn(edition, path));
      const said = numbersIn(await page.locator('main').innerText());
      expect(forbidden.filter((n) => said.has(n)), path).toEqual([]);
    }
  });
}

test('the loan says both routes and where to go, and the governing documents are linked', async ({ page }) => {
  await page.goto('/aid/undergraduate/#loan');
  const loan = page.locator('section#loan');
  await expect(loan).toBeInViewport();
  await expect(loan).toContainText('户籍所在县（市、区）教育局学生资助管理中心');
  await expect(loan).toContainText('校园地国家助学贷款');
  await page.goto('/aid/preschool/');
  await page.locator('section#free-final-year').getByRole('link', { name: '国务院办公厅关于逐步推行免费学前教育的意见' }).click();
  await expect(page).toHaveURL(/\/policies\/guobanfa-2025-27\/$/);
  await expect(page.getByText('国办发〔2025〕27号').first()).toBeVisible();
});

test('a stage page prints its items without the navigation', async ({ page }) => {
  await page.goto('/aid/compulsory/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.locator('section#boarding-allowance [data-amount-row="boarding-primary"]')).toBeVisible();
});
