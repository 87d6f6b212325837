import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';

const { content } = await checkContent(join(import.meta.dirname, '../../content'));
const ARTICLES = [...content.law.values()].reduce((n, l) => n + l.articles.length, 0);

test('the contents go instrument → chapter → article, with validity and dates', async ({ page }) => {
  await page.goto('/law/');
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.locator('.law-toc-instrument')).toHaveCount(content.law.size);
  await expect(toc.locator('.law-toc-instrument').first()).toContainText('《中华人民共和国宪法》');
  const item = toc.locator('.law-toc-instrument', { hasText: '社会救助暂行办法' });
  await expect(item).toContainText('公布日期 2014年2月21日');
  await expect(item).toContainText('效力未确认');
  await expect(item.locator('.law-toc-chapter')).toHaveText('第六章 教育救助');
  await item.getByRole('link', { name: '第三十六条' }).click();
  await expect(page).toHaveURL(/\/law\/shehui-jiuzhu-banfa\/#art-36$/);
  await expect(page.getByRole('heading', { name: '第三十六条' })).toBeInViewport();
});

test('an article keeps its paragraphs and numbered items, and its citation is selectable text', async ({ page }) => {
  await page.goto('/law/jiaoyu-fa/#art-43');
  const article = page.locator('#art-43');
  await expect(article.getByRole('heading')).toHaveText('第四十三条');
  await expect(article.locator('.law-items li')).toHaveCount(5);
  await expect(article.locator('.law-items li').first()).toHaveText(/^（一）参加教育教学计划安排的各种活动/);
  await expect(article.locator('[data-citation]')).toHaveText('《中华人民共和国教育法》（2021年4月29日修正）第四十三条');
  await expect(page.locator('#art-37 > p:not(.citation-line)')).toHaveCount(2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the citation is there to select; the copy button is not shown', async ({ page }) => {
    await page.goto('/law/jiaoyu-fa/');
    await expect(page.locator('#art-38 [data-citation]')).toBeVisible();
    await expect(page.locator('#art-38').getByRole('button')).toBeHidden();
  });
});

for (const [edition, prefix, citation] of [
  ['zh-hans', '', '《中华人民共和国高等教育法》（2018年12月29日修正）第五十四条'],
  ['zh-hant', '/zh-hant', '《中華人民共和國高等教育法》（2018年12月29日修正）第五十四條'],
] as const) {
  test(`${edition}: “复制引用” copies the name, version, article and the article's address in this edition, and says so`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${prefix}/law/gaodeng-jiaoyu-fa/`);
    await page.locator('#art-54').getByRole('button').click();
    const copied = `${citation} ${baseURL}${prefix}/law/gaodeng-jiaoyu-fa/#art-54`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
    await expect(page.locator('[data-copy-status]')).toContainText(citation);
    await expect(page.locator('#art-54').getByRole('button')).toHaveText(edition === 'zh-hans' ? '已复制' : '已複製');
  });
}

test('the print version cites each article at its own address, not the print page\'s', async ({ page }) => {
  await page.goto('/zh-hant/law/print/');
  await expect(page.locator('#jiaoyu-fa-art-38 [data-citation-address]')).toHaveAttribute('href', '/zh-hant/law/jiaoyu-fa/#art-38');
  await expect(page.locator('#jiaoyu-fa-art-38 [data-citation]')).toHaveText('《中華人民共和國教育法》（2021年4月29日修正）第三十八條');
});

for (const prefix of ['', '/zh-hant']) {
  test(`${prefix || '/'}: an article's address lands on it, marked, below the top of the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${prefix}/law/jiaoyu-fa/#art-38`);
    const target = page.locator('#art-38');
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(8);
    await expect(target).toBeInViewport();
    const style = (sel: string) => page.locator(sel).evaluate((e) => { const s = getComputedStyle(e); return `${s.backgroundColor} ${s.borderLeftWidth}`; });
    // Marked: unlike its neighbours.
    expect(await style('#art-38')).not.toBe(await style('#art-37'));
    // Nothing fixed or sticky covers it.
    const covering = await page.evaluate(() => {
      const top = document.querySelector('#art-38')!.getBoundingClientRect().top;
      return [...document.querySelectorAll('body *')].filter((e) => {
        const r = e.getBoundingClientRect();
        return /fixed|sticky/.test(getComputedStyle(e).position) && r.height > 0 && r.top < top + 1 && r.bottom > top;
      }).map((e) => e.className);
    });
    expect(covering).toEqual([]);
  });
}

test('a citation in a guide shows the article on hover and on focus; Escape hides it', async ({ page }) => {
  await page.goto('/guides/golden-autumn-application/');
  const cite = page.locator('.prose .cite').first();
  const link = cite.getByRole('link', { name: '《中华人民共和国高等教育法》第五十四条' });
  const tip = cite.getByRole('tooltip');
  await expect(tip).toBeHidden();
  await link.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('家庭经济困难的学生，可以申请补助或者减免学费。');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.mouse.move(0, 0);
  await link.focus();
  await expect(tip).toBeVisible();
  // The tip is the link's description, so a screen reader hears the article too.
  await expect(link).toHaveAccessibleDescription(/家庭经济困难的学生/);
  await link.click();
  await expect(page).toHaveURL(/\/law\/gaodeng-jiaoyu-fa\/#art-54$/);
  await expect(page.locator('#art-54')).toBeInViewport();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  test('the first tap shows the article, the second follows the link', async ({ page }) => {
    await page.goto('/guides/golden-autumn-application/');
    const cite = page.locator('.prose .cite').first();
    await cite.getByRole('link').tap();
    await expect(cite.getByRole('tooltip')).toBeVisible();
    await expect(page).toHaveURL(/\/guides\/golden-autumn-application\/$/);
    await cite.getByRole('link').tap();
    await expect(page).toHaveURL(/\/law\/gaodeng-jiaoyu-fa\/#art-54$/);
  });
});

test('the print view holds the whole compilation, each instrument starting a new page', async ({ page }) => {
  await page.goto('/law/print/');
  await expect(page.locator('.law-print-instrument')).toHaveCount(content.law.size);
  await expect(page.locator('.law-article')).toHaveCount(ARTICLES);
  await expect(page.locator('#jiaoyu-fa-art-38')).toContainText('家庭经济困难的儿童、少年、青年');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  expect(await page.locator('.law-print-instrument').nth(1).evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
});

test('the Traditional edition converts the text and keeps every anchor', async ({ page }) => {
  await page.goto('/zh-hant/law/jiaoyu-fa/#art-38');
  await expect(page.locator('#art-38').getByRole('heading')).toHaveText('第三十八條');
  await expect(page.locator('#art-38 [data-citation]')).toHaveText('《中華人民共和國教育法》（2021年4月29日修正）第三十八條');
});
