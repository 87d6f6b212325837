import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { checkOverrides } from '../../src/lib/editions/overrides.ts';
import type { SelfCheck } from '../../src/schemas/self-check.ts';
import { AID_STAGES } from '../../src/schemas/aid.ts';
import { itemsFor, selfCheckAid } from '../../src/lib/aid/view.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const { content } = await checkContent(CONTENT);
const tree: SelfCheck = content.checks.get('self-check')!;
const hant = createConverter((await checkOverrides(CONTENT)).overrides);
const STATUS = { met: '符合', unmet: '不符合', unsure: '还不确定' } as const;

/** Every route through the tree, from the content file: the answers, the outcome it ends in, the stage and flags it gives. */
interface Route { answers: string[]; outcome: SelfCheck['outcomes'][number]; sets: Record<string, keyof typeof STATUS>; stage: string | undefined; flags: string[] }
function routes(id = tree.start, answers: string[] = [], sets: Route['sets'] = {}, stage?: string, flags: string[] = []): Route[] {
  const q = tree.questions.find((x) => x.id === id)!;
  return q.answers.flatMap((a) => {
    const next = { answers: [...answers, a.label], sets: { ...sets, ...a.sets }, stage: a.stage ?? stage, flags: [...flags, ...a.flags] };
    return a.next ? routes(a.next, next.answers, next.sets, next.stage, next.flags) : [{ ...next, outcome: tree.outcomes.find((o) => o.id === a.outcome)! }];
  });
}
const ROUTES = routes();
const AID = selfCheckAid(content);

async function answer(page: Page, label: string, t = (s: string) => s) {
  await page.getByRole('radio', { name: t(label), exact: true }).check();
  await page.getByRole('button', { name: t('下一步') }).click();
}

test('the content covers the four cases a family brings, every outcome is reachable, and every stage is asked', () => {
  expect(new Set(ROUTES.map((r) => r.outcome.id))).toEqual(new Set(tree.outcomes.map((o) => o.id)));
  expect(ROUTES.map((r) => r.outcome.tone)).toEqual(expect.arrayContaining(['eligible', 'not-yet', 'maybe', 'not-eligible']));
  expect(new Set(ROUTES.flatMap((r) => (r.stage ? [r.stage] : [])))).toEqual(new Set(AID_STAGES));
  // Each stage lists something for a family in hardship, and the loan where there is one.
  for (const stage of AID_STAGES) expect(itemsFor(AID, stage, new Set(['hardship', 'loan', 'boarder'])).length, stage).toBeGreaterThan(0);
});

/** What a stage page says of each item's amounts: [data-amount-row] id → its phrase. */
async function stagePhrases(page: Page, stage: string): Promise<Map<string, string>> {
  const other = await page.context().newPage();
  await other.goto(`/aid/${stage}/`);
  const rows = await other.locator('[data-amount-row]').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset['amountRow'] ?? '', e.querySelector('[data-amount-phrase]')?.textContent ?? ''] as [string, string]));
  await other.close();
  return new Map(rows);
}

// One test per first answer, walking each of its routes there and back on the same page.
for (const first of tree.questions.find((q) => q.id === tree.start)!.answers) {
  const mine = ROUTES.filter((r) => r.answers[0] === first.label);
  test(`${first.label}: each of ${mine.length} routes ends in its outcome, lists the stage's national aid the answers point to, and goes back again`, async ({ page }) => {
    test.setTimeout(30_000 + mine.length * 10_000);
    await page.goto('/check/');
    const legend = page.locator('[data-check-app] legend');
    const phrases = first.stage ? await stagePhrases(page, first.stage) : new Map<string, string>();
    for (const route of mine) {
      const questions: string[] = [];
      for (const label of route.answers) {
        questions.push((await legend.textContent()) ?? '');
        await answer(page, label);
      }
      const result = page.locator('[data-check-app] .check-result');
      await expect(result.getByRole('heading', { level: 2 })).toHaveText(`测评结果：${route.outcome.title}`);
      await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
      const met = route.outcome.criteria.filter((c) => route.sets[c] === 'met').length;
      await expect(result).toContainText(`符合 ${route.outcome.criteria.length} 项中的 ${met} 项`);
      const label = (id: string) => tree.criteria.find((c) => c.id === id)!.label;
      await expect(result.locator('.check-criteria li')).toHaveText(route.outcome.criteria.map((c) => new RegExp(`^[✓✗？]${STATUS[route.sets[c]!]}：${label(c)}$`)));
      await expect(result).toContainText(route.outcome.why);
      for (const g of route.outcome.guides) await expect(result.locator(`a[href="/guides/${g}/"]`)).toBeVisible();
      // Every result sends the family to a union: it says whom to call.
      await expect(result.getByRole('link', { name: '各级工会的联系方式（电话 12351）' })).toHaveAttribute('href', '/regions/');
      // The national aid at the stage: exactly the items the answers point to, each linking to its
      // section, with the amounts as the stage page states them (one data, one formatter).
      const aid = result.locator('[data-result-aid]');
      if (!route.stage) await expect(aid).toHaveCount(0);
      else {
        const expected = itemsFor(AID, route.stage, new Set(route.flags));
        await expect(aid.locator('li'), route.answers.join(' → ')).toHaveCount(expected.length);
        for (const item of expected) {
          const li = aid.locator(`li[data-aid-item="${item.id}"]`);
          await expect(li.getByRole('link', { name: item.name })).toHaveAttribute('href', item.href);
          await expect(li).toContainText(`申请：${item.where}`);
          for (const a of item.amounts) {
            expect(phrases.get(a.id), `${a.id} 在 /aid/${route.stage}/ 上`).toBe(a.phrase);
            await expect(li.locator(`[data-amount-phrase="${a.id}"]`)).toHaveText(a.phrase);
          }
        }
        await expect(aid.getByRole('link', { name: /的全部资助$/ })).toHaveAttribute('href', `/aid/${route.stage}/`);
      }
      // Back, one question at a time, each with the answer given still chosen.
      for (let i = route.answers.length - 1; i >= 0; i--) {
        await page.getByRole('button', { name: '上一步' }).click();
        await expect(legend).toHaveText(questions[i]!);
        await expect(page.getByRole('radio', { name: route.answers[i]!, exact: true })).toBeChecked();
      }
      await expect(page.getByRole('button', { name: '上一步' })).toBeHidden();
    }
  });
}

test('asks for a choice before moving on, and answers can be changed from the result', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('请先选择一项。')).toBeVisible();
  await expect(page.getByRole('radio').first()).toBeFocused();
  await answer(page, '高校毕业了，还没有找到工作');
  await answer(page, '建了');
  await expect(page.locator('.check-result h2')).toHaveText('测评结果：可以申请阳光就业帮扶');
  await page.getByRole('button', { name: '修改：孩子现在是什么情况？' }).click();
  await expect(page.getByRole('radio', { name: '高校毕业了，还没有找到工作' })).toBeChecked();
  await answer(page, '今年考上了大学或高职，准备入学');
  await answer(page, '没有困难');
  await answer(page, '建了');
  await expect(page.locator('.check-result h2')).toHaveText('测评结果：可以申请金秋助学');
  await page.getByRole('button', { name: '重新开始' }).click();
  await expect(page.locator('[data-check-app] legend')).toContainText('孩子现在是什么情况？');
});

test('the result leads to the chosen city\'s union on the contacts page', async ({ page }) => {
  await page.goto('/check/');
  await answer(page, '正在读大学或高职');
  await answer(page, '没有困难');
  await answer(page, '建了');
  const result = page.locator('.check-result');
  const choose = result.getByLabel('你家在哪个市？选了就直接链接到那里的工会');
  await choose.selectOption({ label: '济南市总工会' });
  const link = result.locator('[data-union-link]');
  await expect(link).toHaveText('济南市总工会的联系方式');
  await expect(link).toHaveAttribute('href', '/regions/#jinan');
  await link.click();
  await expect(page).toHaveURL(/\/regions\/#jinan$/);
  await expect(page.locator('#jinan')).toContainText('济南市总工会');
  await expect(page.locator('#jinan')).toBeInViewport();
  await page.goBack();
});

test('the Traditional result leads to the city\'s union in its own edition', async ({ page }) => {
  await page.goto('/zh-hant/check/');
  await answer(page, '正在读大学或高职', hant);
  await answer(page, '没有困难', hant);
  await answer(page, '建了', hant);
  await page.locator('.check-result select').selectOption({ label: hant('烟台市总工会') });
  await expect(page.locator('.check-result [data-union-link]')).toHaveAttribute('href', '/zh-hant/regions/#yantai');
  await expect(page.locator('.check-result [data-union-link]')).toHaveText(hant('烟台市总工会的联系方式'));
});

/** The question's text and its first answer, both wholly on the screen. */
async function questionOnScreen(page: Page): Promise<void> {
  await expect(page.locator('[data-check-app] legend')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('[data-check-app] .check-option').first()).toBeInViewport({ ratio: 1 });
}

for (const [mode, size] of [['normal', 0], ['large', 1], ['largest', 4]] as const) {
  for (const edition of ['zh-hans', 'zh-hant'] as const) {
    test(`on a 360 × 640 phone in ${mode} text (${edition}), each question appears with its first answer on the screen`, async ({ page }) => {
      const t = edition === 'zh-hant' ? hant : (x: string) => x;
      await page.setViewportSize({ width: 360, height: 640 });
      if (size) await page.addInitScript((s) => localStorage.setItem('zhuxue-aids', JSON.stringify({ size: s })), size);
      await page.goto(edition === 'zh-hant' ? '/zh-hant/check/' : '/check/');
      // The first screen: in normal and large text (not the largest step, whose header alone is most of it).
      if (size < 4) await questionOnScreen(page);
      await answer(page, '正在读大学或高职', t);
      await questionOnScreen(page);
      await expect(page.locator('[data-check-app] legend')).toBeFocused();
    });
  }
}

test('no answer leaves the device', async ({ page }) => {
  await page.goto('/check/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await answer(page, '正在读大学或高职');
  await answer(page, '没有困难');
  await answer(page, '不清楚');
  await expect(page.locator('.check-result')).toBeVisible();
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  await expect(page.getByRole('note')).toContainText('不会发送到任何地方');
});

test('the result prints alone: no rules, no buttons, no navigation', async ({ page }) => {
  await page.goto('/check/');
  await answer(page, '都不是（例如已经工作了）');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.check-result h2')).toBeVisible();
  await expect(page.locator('.check-rules')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印结果' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
});

for (const [edition, t] of [['zh-hans', (s: string) => s], ['zh-hant', hant]] as const) {
  const path = edition === 'zh-hans' ? '/check/' : '/zh-hant/check/';
  test(`${edition}: the question and the result meet WCAG 2.2 AA`, async ({ page }) => {
    await page.goto(path);
    const axe = () => new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect((await axe()).violations.map((v) => v.id)).toEqual([]);
    await answer(page, '今年考上了大学或高职，准备入学', t);
    await answer(page, '有困难，学费和住宿费需要贷款', t);
    await answer(page, '不清楚', t);
    await expect(page.locator('.check-result h2')).toHaveText(t('测评结果：先确认或办理困难职工建档'));
    await expect(page.locator('[data-result-aid] li')).toHaveCount(3);
    await expect(page.locator('.check-result')).toContainText(t('符合 2 项中的 1 项'));
    expect((await axe()).violations.map((v) => v.id)).toEqual([]);
  });

  test.describe(`${edition} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test('the whole decision list is readable text with links to the guides', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('[data-check-app]')).toBeHidden();
      const rules = page.locator('.check-rules');
      await expect(rules).toHaveAttribute('open', '');
      for (const q of tree.questions) await expect(rules).toContainText(t(q.text));
      for (const o of tree.outcomes) {
        const section = rules.locator(`#outcome-${o.id}`);
        await expect(section.getByRole('heading', { level: 3 })).toHaveText(t(`结果：${o.title}`));
        await expect(section).toContainText(t(o.why));
        for (const g of o.guides) await expect(section.locator(`a[href="${edition === 'zh-hans' ? '' : '/zh-hant'}/guides/${g}/"]`)).toBeVisible();
        await expect(section.locator(`a[href="${edition === 'zh-hans' ? '' : '/zh-hant'}/regions/"]`)).toBeVisible();
      }
      // Each stage's national aid, and when the result lists each item.
      for (const stage of AID) {
        const list = rules.locator(`#aid-${stage.stage}`);
        await expect(list.getByRole('heading', { level: 4 })).toHaveText(t(stage.title));
        await expect(list.locator('[data-aid-item]')).toHaveCount(stage.items.length);
      }
      // Each answer says where it leads, as a link within the page.
      await rules.getByRole('link', { name: t('结果：可以申请金秋助学') }).first().click();
      await expect(page).toHaveURL(/#outcome-golden-autumn$/);
      await expect(page.locator('#outcome-golden-autumn')).toBeInViewport();
    });
  });
}
