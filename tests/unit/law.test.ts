import { describe, expect, it } from 'vitest';
import { renderMdxBody } from '../../src/lib/content/mdx.ts';
import { articleBlocks, chaptersOf, citationText } from '../../src/lib/law/articles.ts';
import { citationsAsText, citedArticles, citeHtml, resolveCitations } from '../../src/lib/law/cite.ts';
import { isReviewStale, reviewValidUntil, todayInShandong } from '../../src/lib/review.ts';
import { lawSchema } from '../../src/schemas/law.ts';
import { validLaw } from '../fixtures/entries.ts';

const article = (lawId: string, n: number) =>
  lawId === 'jiaoyu-fa' && n === 43 ? { lawId, lawTitle: '中华人民共和国教育法', number: 43, text: '受教育者享有下列权利：\n（一）参加……；\n（二）获得……。' } : undefined;

describe('article text', () => {
  it('keeps paragraphs and gathers numbered items into one list', () => {
    expect(articleBlocks('受教育者享有下列权利：\n（一）甲；\n（二）乙。\n第二款。')).toEqual([
      { kind: 'paragraph', text: '受教育者享有下列权利：' },
      { kind: 'items', items: ['（一）甲；', '（二）乙。'] },
      { kind: 'paragraph', text: '第二款。' },
    ]);
  });
  it('cites an article the way a reader quotes it', () => {
    expect(citationText('中华人民共和国教育法', 38)).toBe('《中华人民共和国教育法》第三十八条');
  });
  it('groups articles by chapter in article order', () => {
    const groups = chaptersOf([{ number: 43, chapter: '五' }, { number: 9, chapter: '一' }, { number: 38, chapter: '五' }]);
    expect(groups.map((g) => [g.chapter, g.articles.map((a) => a.number)])).toEqual([['一', [9]], ['五', [38, 43]]]);
  });
  it('refuses an article whose text repeats its number, or a list out of order', () => {
    const bad = lawSchema.safeParse({ ...validLaw(), articles: [{ number: 38, text: '第三十八条 国家……' }] });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message)).toEqual(['条文内容不要以“第…条”开头：条号已写在 number 里，页面会自动显示']);
    const unordered = lawSchema.safeParse({ ...validLaw(), articles: [{ number: 38, text: '甲' }, { number: 9, text: '乙' }] });
    expect(unordered.success ? [] : unordered.error.issues.map((i) => i.message)).toEqual(['第 9 条应排在第 38 条之前：请按条号从小到大排列']);
  });
});

describe('<Cite> in MDX bodies', () => {
  it('renders a marker link the build checks and pages resolve', async () => {
    const r = await renderMdxBody('见<Cite law="jiaoyu-fa" article={43} />。');
    expect(r.ok && citedArticles(r.html)).toEqual([{ lawId: 'jiaoyu-fa', number: 43 }]);
    const resolved = resolveCitations(r.ok ? r.html : '', article, 'cite');
    expect(resolved.count).toBe(1);
    expect(resolved.html).toContain('<a class="cite-link" href="/law/jiaoyu-fa/#art-43" aria-describedby="cite-1">《中华人民共和国教育法》第四十三条</a>');
    expect(resolved.html).toContain('<span class="cite-tip" role="tooltip" id="cite-1"><span class="cite-tip-para">受教育者享有下列权利：</span>');
    expect(citationsAsText(r.ok ? r.html : '', article)).toBe('<p>见《中华人民共和国教育法》第四十三条。</p>');
  });
  it('leaves a marker it cannot resolve as a plain link to the article', async () => {
    const r = await renderMdxBody('<Cite law="jiaoyu-fa" article={99} />');
    expect(resolveCitations(r.ok ? r.html : '', article, 'cite')).toEqual({ html: r.ok ? r.html : '', count: 0 });
    expect(r.ok && r.html).toContain('href="/law/jiaoyu-fa/#art-99"');
  });
  it.each([
    ['<Cite law="jiaoyu-fa" />', '<Cite law="jiaoyu-fa"> 的 article 应为条号数字'],
    ['<Cite article={38} />', '<Cite> 的 law 应为法规编号'],
    ['<Cite law="教育法" article={38} />', '<Cite> 的 law 应为法规编号'],
  ])('explains a wrong use: %s', async (body, message) => {
    const r = await renderMdxBody(`第一段。\n\n${body}`);
    expect(r).toMatchObject({ ok: false, problems: [{ line: 3 }] });
    expect(r.ok ? '' : r.problems[0]?.message).toContain(message);
  });
  it('escapes the article text in the tip', () => {
    expect(citeHtml({ lawId: 'x', lawTitle: 'A<B', number: 1, text: '<script>' }, 't')).not.toContain('<script>');
  });
});

describe('review dates', () => {
  it('lasts 12 months to the day, ending on the last day of a shorter month', () => {
    expect(reviewValidUntil('2025-11-26')).toBe('2026-11-26');
    expect(reviewValidUntil('2024-02-29')).toBe('2025-02-28');
    expect(reviewValidUntil('2025-12-31')).toBe('2026-12-31');
  });
  it('is stale the day after', () => {
    expect(isReviewStale('2025-11-26', '2026-11-26')).toBe(false);
    expect(isReviewStale('2025-11-26', '2026-11-27')).toBe(true);
  });
  it('takes today in Shandong time', () => {
    expect(todayInShandong(new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
    expect(todayInShandong(new Date('2026-11-26T15:30:00Z'))).toBe('2026-11-26');
  });
});
