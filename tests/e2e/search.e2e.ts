import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEARCH_CASES } from '../../scripts/lib/search-queries.ts';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';

const hant = createConverter();
const EDITIONS: EditionId[] = ['zh-hans', 'zh-hant'];
const GUOFA = '/policies/guofa-2007-13/';
const SCRIPTS = { 简体: (q: string) => q, 繁體: hant };

/** Open the search page of an edition with a query string and wait for the outcome. */
async function search(page: Page, edition: EditionId, params: string): Promise<string[]> {
  await page.goto(`${pathIn(edition, '/search/')}${params}`);
  const status = page.locator('[data-status]');
  await expect(status).toHaveText(/\d+ 條?条?結?结?果|没有找到|沒有找到/);
  return page.locator('[data-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

for (const edition of EDITIONS) {
  for (const [script, write] of Object.entries(SCRIPTS)) {
    test(`${edition}: every query typed in ${script} finds its items, precise lookups first`, async ({ page }) => {
      test.setTimeout(90_000); // 26 searches, one page load each: ~15 s alone, twice that beside another worker
      const failures: string[] = [];
      for (const c of SEARCH_CASES) {
        const query = write(c.query);
        const found = await search(page, edition, `?q=${encodeURIComponent(query)}`);
        for (const item of c.find) if (!found.includes(pathIn(edition, item))) failures.push(`${query}：没有找到 ${item}`);
        if (c.first && found[0] !== pathIn(edition, c.first)) failures.push(`${query}：第一条是 ${found[0]}，应为 ${c.first}`);
      }
      expect(failures).toEqual([]);
    });
  }
}

for (const edition of EDITIONS) {
  test(`${edition}: a 文号 or a law article lists the pages that hold it, then the rest as a marked group of their own`, async ({ page }) => {
    // 国发〔2007〕13号: the policy alone holds it; the pages that only share 国发 come after a heading, each marked.
    await search(page, edition, `?q=${encodeURIComponent('国发〔2007〕13号')}`);
    const items = page.locator('[data-results] > li');
    // The term as the reader typed it (here in Simplified, in both editions).
    await expect(page.locator('[data-status]')).toHaveText(edition === 'zh-hans' ? /^找到 1 条结果包含“国发〔2007〕13号”；另有 \d+ 条只有部分文字相同，列在后面$/ : /^找到 1 條結果包含“国发〔2007〕13号”；另有 \d+ 條只有部分文字相同/);
    await expect(items.nth(0).locator('h2 a')).toHaveAttribute('href', pathIn(edition, GUOFA));
    await expect(items.nth(1)).toHaveAttribute('data-other-group', '');
    await expect(items.nth(1)).toHaveText(edition === 'zh-hans' ? '以下结果不包含“国发〔2007〕13号”，只有部分文字相同' : '以下結果不包含“国发〔2007〕13号”，只有部分文字相同');
    const after = await items.evaluateAll((lis) => lis.slice(2).map((li) => li.classList.contains('result-other')));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every(Boolean)).toBe(true);
    // 高等教育法第五十四条: the article, then the guide that cites it, then the others.
    await search(page, edition, `?q=${encodeURIComponent('高等教育法第五十四条')}`);
    const hrefs = await items.evaluateAll((lis) => lis.map((li) => li.hasAttribute('data-other-group') ? '—' : li.querySelector('h2 a')?.getAttribute('href')));
    expect(hrefs.slice(0, 3)).toEqual([pathIn(edition, '/law/gaodeng-jiaoyu-fa/#art-54'), pathIn(edition, '/guides/golden-autumn-application/'), '—']);
  });
}

test('a result shows its kind, date, 文号, validity and an excerpt with the words marked', async ({ page }) => {
  await search(page, 'zh-hans', `?q=${encodeURIComponent('资助政策体系')}`);
  const first = page.locator('[data-results] > li').first();
  await expect(first.getByRole('link')).toHaveText(/国务院关于建立健全/);
  await expect(first.locator('.meta')).toContainText('政策');
  await expect(first.locator('.meta')).toContainText('2007年5月13日');
  await expect(first.locator('.meta')).toContainText('文号 国发〔2007〕13号');
  // No source says whether it is still in force: the result says so instead of guessing.
  await expect(first.locator('.badge')).toHaveText('效力未确认');
  await expect(first.locator('mark').first()).toBeVisible();
  await search(page, 'zh-hans', `?q=${encodeURIComponent('金秋助学活动实施办法')}`);
  await expect(page.locator('[data-results] > li', { hasText: '示例旧版' }).locator('.badge')).toHaveText('已废止');
});

test('a notice known only by its year is dated by its year', async ({ page }) => {
  await search(page, 'zh-hans', `?q=${encodeURIComponent('阳光就业行动通知')}`);
  const item = page.locator('[data-results] > li', { hasText: '人力资源社会保障部办公厅2025年' });
  await expect(item.locator('.meta')).toContainText('2025年');
  await expect(item.locator('.meta')).not.toContainText('2025年1月');
});

test('the Traditional edition shows results in Traditional, linking inside it', async ({ page }) => {
  const found = await search(page, 'zh-hant', `?q=${encodeURIComponent('困难职工')}`);
  expect(found.every((href) => href.startsWith('/zh-hant/'))).toBe(true);
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 條結果/);
  await expect(page.locator('[data-results]')).toContainText('困難職工');
  await expect(page.locator('[data-results]')).not.toContainText('困难职工');
});

test('filters with counts, sort, and the whole search in the URL with back and forward', async ({ page }) => {
  await search(page, 'zh-hans', `?q=${encodeURIComponent('金秋助学')}`);
  await page.getByText('筛选条件').click();
  const kind = page.getByLabel('类别');
  const option = kind.locator('option', { hasText: /^动态（\d+）$/ });
  await expect(option).toHaveCount(1);
  const n = Number(/（(\d+)）/.exec((await option.textContent()) ?? '')?.[1]);
  await kind.selectOption('news');
  await expect(page).toHaveURL(/\?q=.+&kind=news$/);
  await expect(page.locator('[data-status]')).toHaveText(`找到 ${n} 条结果`);
  await expect(page.locator('[data-results] .tag')).toHaveText(Array(n).fill('动态'));
  await page.getByLabel('排序').selectOption('newest');
  await expect(page).toHaveURL(/&kind=news&sort=newest$/);
  await page.goBack();
  await expect(page).toHaveURL(/&kind=news$/);
  await expect(page.getByLabel('排序')).toHaveValue('relevance');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=[^&]+$/);
  await expect(page.getByLabel('类别')).toHaveValue('');
  await page.goForward();
  await expect(page.getByLabel('类别')).toHaveValue('news');
});

test('a filter with no words lists everything it selects, newest first', async ({ page }) => {
  const found = await search(page, 'zh-hans', '?kind=law&year=2024');
  expect(found.sort()).toEqual(['/law/xueqian-jiaoyu-fa/', '/law/xueqian-jiaoyu-fa/#art-65']);
  await expect(page.getByLabel('类别')).toHaveValue('law');
});

test('results come as you type, and the URL follows', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('[data-status]')).toHaveText('请输入关键词，或选择下面的条件。');
  await page.getByLabel('搜索政策、指南、法规条文、动态和数据').pressSequentially('劳动模范', { delay: 30 });
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
  await expect(page).toHaveURL(/\/search\/\?q=%E5%8A%B3%E5%8A%A8%E6%A8%A1%E8%8C%83$/);
  await expect(page.locator('[data-status]')).toHaveAttribute('role', 'status');
});

test('while the reader is still typing, the index for the words so far is already fetched', async ({ page }) => {
  const indexes: string[] = [];
  page.on('request', (r) => void (r.url().endsWith('.pf_index') && indexes.push(r.url())));
  await page.goto('/search/');
  await expect(page.locator('[data-status]')).toBeVisible();
  // Typed, then wiped before the pause ends: no search runs at all (the empty field is idle),
  // so any index fetched was fetched for the words while they were being typed.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = '困难职工';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect.poll(() => indexes.length).toBeGreaterThan(0);
  await expect(page.locator('[data-results] > li')).toHaveCount(0);
});

test('from the keyboard: type, Enter, then Tab into the results', async ({ page }) => {
  await page.goto('/search/');
  // Until the script is ready, Enter is an ordinary form submit (which works too, as a new page).
  await expect(page.locator('[data-status]')).toHaveText('请输入关键词，或选择下面的条件。');
  await page.getByLabel('搜索政策、指南、法规条文、动态和数据').focus();
  await page.keyboard.type('12351');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
  for (let i = 0; i < 10 && !(await page.evaluate(() => !!document.activeElement?.closest('[data-results]'))); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.locator(':focus')).toHaveAttribute('href', /^\/(news|guides|policies|regions)\//);
});

for (const edition of EDITIONS) {
  test(`${edition}: the header field on any page searches this edition`, async ({ page }) => {
    await page.goto(pathIn(edition, '/policies/'));
    const field = page.locator('header input[name="q"]');
    await field.fill('12351');
    await field.press('Enter');
    await expect(page).toHaveURL(`${pathIn(edition, '/search/')}?q=12351`);
    await expect(page.locator('[data-results] > li')).not.toHaveCount(0);
    // Switching edition keeps the search.
    const other = page.locator('a[hreflang]:not([aria-current])');
    await expect(other).toHaveAttribute('href', /\?q=12351$/);
  });

  test(`${edition}: the search page with results has no WCAG 2.2 AA violations`, async ({ page }) => {
    await search(page, edition, `?q=${encodeURIComponent('资助')}&kind=policy`);
    await page.locator('details.facets summary').click();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and offers the browse pages', async ({ page }) => {
    await page.goto('/search/?q=12351');
    await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: '资助政策' })).toHaveAttribute('href', '/policies/');
    await expect(page.locator('[data-status]')).toBeHidden();
  });
});

test('with JavaScript the fallback text is gone', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('[data-status]')).toBeVisible();
  await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toHaveCount(0);
});
