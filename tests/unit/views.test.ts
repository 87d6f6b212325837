import { describe, expect, it } from 'vitest';
import { figuresYearSchema } from '../../src/schemas/figures.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { lawSchema } from '../../src/schemas/law.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { distinctSources, figureRow, headline, rowsByProgram } from '../../src/lib/figures/rows.ts';
import { guideView } from '../../src/lib/guide-view.ts';
import { validFiguresYear, validGuide, validLaw, validPolicy } from '../fixtures/entries.ts';

const look = { regionName: (id: string) => ({ shandong: '山东省' })[id] ?? id, newsTitle: (id: string) => `动态 ${id}` };

describe('figures', () => {
  const year = figuresYearSchema.parse(validFiguresYear());

  it('takes label and unit from the metric catalogue and links the source', () => {
    const row = figureRow(year.entries[0]!, year.sources, look);
    expect(row).toMatchObject({ label: '发放助学款', unit: '万元', display: '3,807.91', scopeName: '山东省', anchor: 'fig-golden-autumn-shandong-aid-funds' });
    expect(row.source).toEqual({ href: '/news/n1/', label: '动态 n1', detail: undefined, external: false, confidence: 'medium' });
  });

  it('names an outside source by its title, publisher and date', () => {
    expect(figureRow(year.entries[1]!, year.sources, look).source).toEqual({
      href: 'https://example.org/a', label: '《示例报告》', detail: '示例报社，2018年1月2日', external: true, confidence: 'high',
    });
  });

  it('names each source once, in first-seen order', () => {
    const rows = [...year.entries, year.entries[0]!].map((f) => figureRow(f, year.sources, look));
    expect(distinctSources(rows).map((s) => s.href)).toEqual(['/news/n1/', 'https://example.org/a']);
  });

  it('groups rows by program, programs and metrics always in the same order', () => {
    const shuffled = { ...year, entries: [...year.entries].reverse() };
    const groups = rowsByProgram(shuffled, look);
    expect([...groups.keys()]).toEqual(['golden-autumn', 'sunshine-employment']);
    expect(groups.get('golden-autumn')?.map((r) => r.metric)).toEqual(['aid-funds']);
  });

  it('picks province-wide headline figures in the order asked, skipping unreported ones', () => {
    expect(headline(year, ['job-fairs', 'students-aided', 'aid-funds'], look).map((r) => r.metric)).toEqual(['job-fairs', 'aid-funds']);
  });
});

describe('guideView', () => {
  const law = lawSchema.parse(validLaw());
  const site = {
    region: new Map([['shandong', regionSchema.parse({ id: 'shandong', name: '山东省', level: 'province', federation: '山东省总工会', hotline: '12351', hotlineSource: 'x' })]]),
    article: (lawId: string, n: number) => {
      const a = lawId === 'jiaoyu-fa' ? law.articles.find((x) => x.number === n) : undefined;
      return a && { lawId, lawTitle: law.title, number: n, text: a.text };
    },
    policy: new Map([['guofa-2007-13', { data: policySchema.parse(validPolicy()) }]]),
  };
  const view = (g = guideSchema.parse(validGuide()), today = '2026-11-26') =>
    // The Site type carries full collection entries; only .data is read here.
    guideView(g, site as unknown as Parameters<typeof guideView>[1], today);

  it('resolves contacts, law articles and policies into links', () => {
    const v = view();
    expect(v.contacts).toEqual([{ name: '山东省总工会', hotline: '12351', phone: undefined, address: undefined, website: undefined, href: '/regions/#shandong' }]);
    expect(v.articles).toEqual([{ lawId: 'jiaoyu-fa', lawTitle: '中华人民共和国教育法', number: 38, text: '条文。' }]);
    expect(v.policies).toEqual([{ title: '示例政策', status: 'in-force', href: '/policies/guofa-2007-13/' }]);
  });

  it('numbers the sources and points each statement at its number', () => {
    const g = guideSchema.parse({
      ...validGuide(),
      sources: [{ id: 'a', name: '甲', title: '甲报道' }, { id: 'b', name: '乙', title: '乙报道' }],
      eligibility: [{ id: 'registered', text: '已建档', sources: ['b', 'a'] }],
      amounts: [], steps: [{ title: '申请', body: '交。', sources: ['b'] }],
    });
    const v = view(g);
    expect(v.sources.map((s) => [s.n, s.anchor])).toEqual([[1, 'source-1'], [2, 'source-2']]);
    expect(v.eligibility[0]?.refs).toEqual([{ n: 2, href: '#source-2' }, { n: 1, href: '#source-1' }]);
    expect(v.steps[0]?.refs).toEqual([{ n: 2, href: '#source-2' }]);
  });

  it('offers the documents, then the preparations, to tick', () => {
    expect(view().checklist).toEqual(['身份证', '问清是否建档。']);
  });

  it('flags a review older than 12 months, and not one exactly 12 months old', () => {
    const g = guideSchema.parse({ ...validGuide(), reviewedOn: '2025-11-26' });
    expect(view(g, '2026-11-26').stale).toBe(false);
    expect(view(g, '2026-11-27').stale).toBe(true);
  });

  it('throws on an id the guard should have caught', () => {
    const guide = guideSchema.parse({ ...validGuide(), legalBasis: ['jiaoyu-fa#art-99'] });
    expect(() => view(guide)).toThrow('指南引用了不存在的条文 jiaoyu-fa#art-99');
  });
});
