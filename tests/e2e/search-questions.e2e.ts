import { expect, test, type Page } from '@playwright/test';
import { FAMILY_QUESTIONS } from '../../scripts/lib/search-queries.ts';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';

const hant = createConverter();
const inEdition = (edition: EditionId, text: string) => (edition === 'zh-hant' ? hant(text) : text);

/** Ask a question on an edition's search page; wait for the outcome. */
async function ask(page: Page, edition: EditionId, question: string): Promise<void> {
  await page.goto(`${pathIn(edition, '/search/')}?q=${encodeURIComponent(question)}`);
  await expect(page.locator('[data-status]')).toHaveText(/\d+ 條?条?結?结?果|没有找到|沒有找到/);
}

/** The first three results: each its address and, for a guide, the section it links to. */
const topThree = (page: Page) =>
  page.locator('[data-results] > li').evaluateAll((items) =>
    items.slice(0, 3).map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      section: li.querySelector('.search-section a')?.getAttribute('href') ?? '',
    })));

// Two groups, so the two browser workers share them: the union's programmes and the national aid pages.
const GROUPS = [
  ['the union programmes', (f: (typeof FAMILY_QUESTIONS)[number]) => !f.find?.startsWith('/aid/')],
  ['national aid by stage', (f: (typeof FAMILY_QUESTIONS)[number]) => !!f.find?.startsWith('/aid/')],
] as const;

for (const [group, inGroup] of GROUPS) {
  test(`every family question about ${group} finds its page in the first three results, and the section it asks about`, async ({ page }) => {
    test.setTimeout(180_000); // ~25 searches, one page load each: ~30 s alone, twice that beside another worker
    const failures: string[] = [];
    for (const q of FAMILY_QUESTIONS.filter((f) => f.find && inGroup(f))) {
      await ask(page, q.edition, q.question);
      const top = await topThree(page);
      // A law article's own address has its #art-N; a guide's section is a link of its own.
      const exact = top.find((r) => r.href === pathIn(q.edition, q.find ?? ''));
      const [path = '', anchor] = exact ? [q.find ?? ''] : (q.find ?? '').split('#');
      const hit = exact ?? top.find((r) => r.href === pathIn(q.edition, path));
      if (!hit) failures.push(`${q.question}（${q.edition}）：前三条是 ${top.map((r) => r.href).join('、')}，没有 ${path}`);
      else if (anchor && hit.section !== `${pathIn(q.edition, path)}#${anchor}`) failures.push(`${q.question}：链接到 ${hit.section || '（没有小节）'}，应为 #${anchor}`);
      // A question some part of which matches something never says "0 results".
      await expect(page.locator('[data-status]')).not.toHaveText(/没有找到|沒有找到/);
    }
    expect(failures).toEqual([]);
  });
}

for (const q of FAMILY_QUESTIONS.filter((f) => f.missing)) {
  test(`${q.edition}: "${q.question}" says which words the site does not have and offers the ways in`, async ({ page }) => {
    await ask(page, q.edition, q.question);
    for (const word of q.missing ?? []) await expect(page.locator('[data-missing]')).toContainText(inEdition(q.edition, word));
    const ways = page.locator('[data-ways]');
    await expect(ways).toBeVisible();
    await expect(ways.getByRole('link', { name: inEdition(q.edition, '自助测评') })).toHaveAttribute('href', pathIn(q.edition, '/check/'));
    await expect(ways.locator(`a[href="${pathIn(q.edition, '/guides/golden-autumn-application/')}"]`)).toHaveCount(1);
    await expect(ways.locator(`a[href="${pathIn(q.edition, '/guides/sunshine-employment-graduates/')}"]`)).toHaveCount(1);
    await expect(ways.locator(`a[href="${pathIn(q.edition, '/regions/')}"]`)).toHaveCount(1);
    await expect(ways.locator('a[href="tel:12351"]')).toContainText('12351');
  });
}

test('a question no page matches whole shows the pages that match most of it, and says so', async ({ page }) => {
  await ask(page, 'zh-hans', '广东省农民工医保怎么报销');
  await expect(page.locator('[data-status]')).toHaveText(/以下 \d+ 条结果只包含部分词语/);
  await expect(page.locator('[data-partial]')).toBeVisible();
  const tags = await page.locator('[data-results] .tag-partial').allTextContents();
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.every((t) => t.startsWith('只包含：'))).toBe(true);
  await expect(page.locator('[data-missing]')).toContainText('广东');
  await expect(page.locator('[data-ways]')).toBeVisible();
});

test('a question answered whole shows neither the partial notice nor the ways in', async ({ page }) => {
  await ask(page, 'zh-hans', '困难职工档案怎么办');
  await expect(page.locator('[data-status]')).toHaveText(/^找到 \d+ 条结果$/);
  await expect(page.locator('[data-partial]')).toBeHidden();
  await expect(page.locator('[data-missing]')).toBeHidden();
  await expect(page.locator('[data-ways]')).toBeHidden();
});

test('words that match nothing anywhere are named, with the ways in', async ({ page }) => {
  await ask(page, 'zh-hans', '量子计算机');
  await expect(page.locator('[data-status]')).toHaveText(/没有找到/);
  await expect(page.locator('[data-missing]')).toContainText('量子');
  await expect(page.locator('[data-ways]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const edition of ['zh-hans', 'zh-hant'] as const) {
    test(`${edition}: the search page lists the ways in that always help`, async ({ page }) => {
      await page.goto(`${pathIn(edition, '/search/')}?q=${encodeURIComponent('怎么申请助学金')}`);
      const ways = page.locator('[data-ways]');
      await expect(ways).toBeVisible();
      await expect(ways.locator(`a[href="${pathIn(edition, '/check/')}"]`)).toHaveCount(1);
      await expect(ways.locator('a[href="tel:12351"]')).toHaveCount(1);
    });
  }
});
