import { describe, expect, it } from 'vitest';
import { figuresYearSchema } from '../../src/schemas/figures.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { lawSchema } from '../../src/schemas/law.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { distinctSources, figureRow, headline, rowsByProgram } from '../../src/lib/figures.ts';
import { guideView } from '../../src/lib/guide-view.ts';
import { validFiguresYear, validGuide, validLaw, validPolicy } from '../fixtures/entries.ts';

const look = { regionName: (id: string) => ({ shandong: '山东省' })[id] ?? id, newsTitle: (id: string) => `动态 ${id}` };

describe('figures', () => {
  const year = figuresYearSchema.parse(validFiguresYear());

  it('takes label and unit from the metric catalogue and links the source', () => {
    const row = figureRow(year.entries[0]!, look);
    expect(row).toMatchObject({ label: '发放助学款', unit: '万元', display: '3,807.91', scopeName: '山东省' });
    expect(row.source).toEqual({ href: '/news/n1/', label: '动态 n1', external: false });
  });

  it('shows an external source by its host name', () => {
    expect(figureRow(year.entries[1]!, look).source).toEqual({ href: 'https://example.org/a', label: 'example.org', external: true });
  });

  it('names each source once, in first-seen order', () => {
    const rows = [...year.entries, year.entries[0]!].map((f) => figureRow(f, look));
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
  const site = {
    region: new Map([['shandong', regionSchema.parse({ id: 'shandong', name: '山东省', level: 'province', federation: '山东省总工会', hotline: '12351', hotlineSource: 'x' })]]),
    lawItem: new Map([['jiaoyu-fa', { data: lawSchema.parse(validLaw()) }]]),
    policy: new Map([['guofa-2007-13', { data: policySchema.parse(validPolicy()) }]]),
  };

  it('resolves contacts, law articles and policies into links', () => {
    // The Site type carries full collection entries; only .data is read here.
    const view = guideView(guideSchema.parse(validGuide()), site as unknown as Parameters<typeof guideView>[1]);
    expect(view.contacts).toEqual([{ name: '山东省总工会', hotline: '12351', href: '/regions/#shandong' }]);
    expect(view.articles).toEqual([{ lawShortName: '教育法', number: 38, text: '条文。', href: '/law/jiaoyu-fa/#art-38' }]);
    expect(view.policies).toEqual([{ title: '示例政策', status: 'in-force', href: '/policies/guofa-2007-13/' }]);
  });

  it('throws on an id the guard should have caught', () => {
    const guide = guideSchema.parse({ ...validGuide(), legalBasis: ['jiaoyu-fa#art-99'] });
    expect(() => guideView(guide, site as unknown as Parameters<typeof guideView>[1])).toThrow('指南引用了不存在的条文 jiaoyu-fa#art-99');
  });
});
