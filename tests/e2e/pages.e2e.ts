import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { routes } from '../../src/lib/routes.ts';
import { listPath, newsLists, pagePath, stablePages } from '../../src/lib/news-lists.ts';
import { DIST, builtPages, isTraditional, simplifiedPages } from './built-pages.ts';

const pages = builtPages();
const hant = createConverter();
/** What a label reads in the edition of `path`. */
const inEdition = (path: string, text: string) => (isTraditional(path) ? hant(text) : text);

test('every list, and a page for every published entry, is built', async () => {
  const { content } = await checkContent(join(import.meta.dirname, '../../content'));
  const expected = [
    '/', '/policies/', '/guides/', '/check/', '/law/', '/law/print/', '/news/', '/figures/', '/regions/', '/examples/', '/search/', '/offline/',
    ...[...content.policies.keys()].map(routes.policy),
    ...[...content.guides.keys()].map(routes.guide),
    ...[...content.law.keys()].map(routes.lawInstrument),
    ...[...content.news].filter(([, n]) => !n.draft).map(([id]) => routes.newsItem(id)),
    ...[...content.figures.values()].map((y) => routes.figuresYear(y.year)),
    // National aid: the overview and one page per stage.
    routes.aid(), ...[...content.aid.keys()].map(routes.aidStage),
    // The 注音 version of every article page.
    ...[...content.policies.keys()].map(routes.policyZhuyin),
    ...[...content.guides.keys()].map(routes.guideZhuyin),
    ...[...content.news].filter(([, n]) => !n.draft).map(([id]) => routes.newsZhuyin(id)),
  ];
  // News lists by program, city, year and tag, in pages of 20 from the oldest (their grouping is unit-tested).
  const news = [...content.news].filter(([, n]) => !n.draft).map(([id, data]) => ({ id, data }));
  for (const list of [{ kind: 'all' as const, key: '', items: news }, ...newsLists(news, { programs: [], cities: [] })]) {
    for (const p of stablePages(list.items)) if (list.kind !== 'all' || p.page > 0) expected.push(decodeURIComponent(pagePath(listPath(list.kind, list.key), p.page)));
  }
  expect(simplifiedPages()).toEqual(expected.sort());
});

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Every page once: it loads cleanly, has the furniture, and axe finds no WCAG 2.2 AA violation
// (one page load for both: axe was its own test per page, loading every page a second time).
for (const path of pages) {
  test(`${path} loads cleanly, has the page furniture and no WCAG 2.2 AA violations`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`请求失败 ${r.url()}`));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', isTraditional(path) ? 'zh-Hant' : 'zh-Hans');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: inEdition(path, '主导航') })).toBeVisible();
    if (path !== '/' && path !== '/zh-hant/') await expect(page.getByRole('navigation', { name: inEdition(path, '当前位置') })).toBeVisible();
    await expect(page.locator('[data-last-updated] time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    // The skip link is the first thing a keyboard user reaches, and it leads to main.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('跳到正文');
    await expect(page.locator(':focus')).toHaveAttribute('href', '#main');
    // No web fonts: only the system font stack.
    const fontRequests = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\.(woff2?|ttf|otf)(\?|$)/.test(r.name)).length);
    expect(fontRequests).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('没有找到这个页面');
  await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
});

test('the Traditional 404 page is there for the server to answer /zh-hant/ misses with', async ({ page }) => {
  // A static host maps misses under /zh-hant/ to this file (astro preview only knows /404.html).
  await page.goto('/zh-hant/404.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('h1')).toHaveText('沒有找到這個頁面');
  await expect(page.getByRole('link', { name: '返回首頁' })).toHaveAttribute('href', '/zh-hant/');
  await expect(page.getByRole('link', { name: '简体' })).toHaveAttribute('href', '/404.html');
});

test('a repealed policy says so at the top and links to its replacement', async ({ page }) => {
  await page.goto('/policies/sample-union-aid-2019/');
  const validity = page.locator('[data-validity]');
  await expect(validity).toHaveAttribute('data-validity', 'repealed');
  await expect(validity).toContainText('已废止');
  await validity.getByRole('link').click();
  await expect(page).toHaveURL(/\/policies\/sample-union-aid-2023\/$/);
  await expect(page.locator('[data-validity]')).toContainText('有效');
  // Validity comes before the body text.
  const order = await page.evaluate(() => {
    const v = document.querySelector('[data-validity]');
    const body = document.querySelector('.prose');
    return v && body ? v.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
});

test('sample content is marked 示例内容 and real content is not', async ({ page }) => {
  await page.goto('/policies/sample-union-aid-2023/');
  await expect(page.locator('.note-sample')).toContainText('示例内容');
  for (const path of ['/policies/guofa-2007-13/', '/guides/golden-autumn-application/', '/guides/sunshine-employment-graduates/']) {
    await page.goto(path);
    await expect(page.locator('.note-sample')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('示例内容');
  }
});

test('a policy known only from a report says its title and validity are not the document\'s own', async ({ page }) => {
  await page.goto('/policies/acftu-2018-golden-autumn-notice/');
  await expect(page.locator('[data-title-note]')).toHaveText('没有找到文件原标题：这是本站根据报道拟的标题。');
  await expect(page.locator('[data-validity]')).toHaveAttribute('data-validity', 'unknown');
  await expect(page.locator('[data-validity]')).toContainText('效力未确认');
  await expect(page.locator('.facts')).toContainText('成文日期2018年');
  await expect(page.locator('[data-source]')).toContainText('《2018年金秋助学活动和阳光就业行动启动》，2018年7月24日');
  await expect(page.locator('main')).toContainText('本页不是通知原文');
});

test('the imported article shows its figures, and the figures link back to it', async ({ page }) => {
  await page.goto('/figures/2017/');
  const row = page.locator('tr[data-metric="aid-funds"]');
  await expect(row).toContainText('3,807.91');
  await expect(row).toContainText('万元');
  await page.locator('[data-figures-source]').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/news\/2018-09-30-a907c374\/$/);
  await expect(page.locator('main')).toContainText('共发放助学款3807.91万元');
});

test('a guide cites law articles that land on the article', async ({ page }) => {
  await page.goto('/guides/golden-autumn-application/');
  await page.locator('#legal-basis + ul').getByRole('link', { name: '《中华人民共和国教育法》第三十八条' }).click();
  await expect(page).toHaveURL(/\/law\/jiaoyu-fa\/#art-38$/);
  await expect(page.locator('#art-38')).toContainText('家庭经济困难的儿童、少年、青年');
  await expect(page.locator('#art-38')).toBeInViewport();
});

test('no pinyin annotation residue anywhere in the built site', () => {
  const html = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(html.length).toBeGreaterThan(10);
  const residue = html.flatMap((f) => {
    const m = /\p{Script=Han}\((?:[a-z]{1,6}|[a-z]*ü[a-z]*)\)/u.exec(readFileSync(join(DIST, f), 'utf8'));
    return m ? [`${f}: ${m[0]}`] : [];
  });
  expect(residue).toEqual([]);
});

test('the component examples page shows every state and stays out of search engines', async ({ page }) => {
  await page.goto('/examples/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('#validity-badge [data-validity]')).toHaveText([/有效/, /已修改.*现行版本/, /已废止.*现行版本/, /效力未确认/]);
  await expect(page.locator('#cite .cite-link')).toHaveCount(3);
  await expect(page.locator('#checklist-example [data-checklist] input')).toHaveCount(2);
  await expect(page.locator('#notices [data-review-stale]')).toContainText('本页内容可能已经过时');
  const [shared, mixed] = await page.locator('#figures-table table').all();
  await expect(shared!.locator('thead th')).toHaveText(['指标', '范围', '数值', '单位']);
  await expect(mixed!.locator('thead th')).toHaveText(['指标', '范围', '数值', '单位', '出处']);
  await expect(page.locator('#figures-table [data-figures-source]')).toHaveCount(1);
  await expect(page.locator('#entry-list')).toContainText('暂无内容。');
});
