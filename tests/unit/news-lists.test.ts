import { describe, expect, it } from 'vitest';
import { listPath, newsLists, pagePath, stablePages, PAGE_SIZE } from '../../src/lib/news-lists.ts';

const item = (id: string, publishedOn: string, programs: ('golden-autumn' | 'sunshine-employment')[], cities: string[], tags: string[] = []) =>
  ({ id, data: { publishedOn, programs, cities, tags } });

const NEWS = [
  item('c', '2019-09-01', ['sunshine-employment'], ['qingdao'], ['招聘会']),
  item('b', '2018-09-30', ['golden-autumn', 'sunshine-employment'], ['jinan', 'qingdao'], ['助学金', '招聘会']),
  item('a', '2018-07-01', ['golden-autumn'], [], ['助学金', '助学金']),
  item('d', '2017-10-01', ['golden-autumn'], [], ['助学金', '阳光']),
];

describe('news lists', () => {
  const lists = newsLists(NEWS, { programs: ['golden-autumn', 'sunshine-employment'], cities: ['jinan', 'qingdao'] });
  const find = (kind: string, key: string) => lists.find((l) => l.kind === kind && l.key === key)?.items.map((n) => n.id);

  it('files every item under each of its programs, cities, its year and tags, newest first', () => {
    expect(find('program', 'golden-autumn')).toEqual(['b', 'a', 'd']);
    expect(find('program', 'sunshine-employment')).toEqual(['c', 'b']);
    expect(find('city', 'qingdao')).toEqual(['c', 'b']);
    expect(find('city', 'jinan')).toEqual(['b']);
    expect(find('year', '2018')).toEqual(['b', 'a']);
    expect(find('tag', '助学金')).toEqual(['b', 'a', 'd']); // a tag written twice counts once
  });

  it('orders lists by kind, programs and cities in catalogue order, years newest first, tags by size then pinyin', () => {
    expect(lists.map((l) => `${l.kind}:${l.key}`)).toEqual([
      'program:golden-autumn', 'program:sunshine-employment', 'city:jinan', 'city:qingdao', 'year:2019', 'year:2018', 'year:2017', 'tag:助学金', 'tag:招聘会', 'tag:阳光',
    ]);
  });

  it('pages lists 20 at a time counted from the oldest, the newest page at the list’s address (with the one before it while it holds under 10)', () => {
    expect(PAGE_SIZE).toBe(20);
    const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i); // n-1 (newest) … 0 (oldest)
    const shape = (n: number) => stablePages(newestFirst(n)).map((p) => `${p.page}:${p.items.length}`);
    expect(shape(45)).toEqual(['0:25', '1:20']);
    expect(shape(55)).toEqual(['0:15', '2:20', '1:20']);
    expect(shape(49)).toEqual(['0:29', '1:20']);
    expect(shape(50)).toEqual(['0:10', '2:20', '1:20']);
    expect(shape(20)).toEqual(['0:20']);
    expect(shape(21)).toEqual(['0:21']);
    expect(stablePages([])).toEqual([{ page: 0, items: [] }]);
    // Page N always holds the same items, oldest = 0: (N−1)·20 … N·20−1, newest first.
    const pages = stablePages(newestFirst(55));
    expect(pages[2]!.items).toEqual(newestFirst(20));
    expect(pages[1]!.items[0]).toBe(39);
    expect(pages[1]!.items.at(-1)).toBe(20);
    expect(pages[0]!.items).toEqual(newestFirst(55).slice(0, 15));
  });

  it('changes only the first page when an item is published, and adds a page every 20 items', () => {
    const byPage = (n: number) => new Map(stablePages(Array.from({ length: n }, (_, i) => n - 1 - i)).map((p) => [p.page, p.items.join()]));
    for (let n = 1; n < 130; n++) {
      const before = byPage(n);
      const after = byPage(n + 1);
      const changed = [...after].filter(([page, items]) => before.get(page) !== items).map(([page]) => page);
      expect(changed[0], `${n} → ${n + 1}`).toBe(0);
      // At most one page besides the first: the one the first page leaves behind.
      expect(changed.length, `${n} → ${n + 1}`).toBeLessThanOrEqual(2);
      for (const [page] of before) if (page > 0 && after.has(page)) expect(after.get(page), `${n} → ${n + 1}: page ${page}`).toBe(before.get(page));
    }
  });

  it('puts the newest page at the list’s own address and older pages under page/N/, tags percent-encoded', () => {
    expect(pagePath(listPath('all'), 0)).toBe('/news/');
    expect(pagePath(listPath('all'), 2)).toBe('/news/page/2/');
    expect(pagePath(listPath('city', 'jinan'), 3)).toBe('/news/city/jinan/page/3/');
    expect(listPath('tag', '助学金')).toBe('/news/tag/%E5%8A%A9%E5%AD%A6%E9%87%91/');
  });
});
