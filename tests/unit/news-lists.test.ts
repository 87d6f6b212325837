import { describe, expect, it } from 'vitest';
import { listPath, newsLists, pagePath, paginate, PAGE_SIZE } from '../../src/lib/news-lists.ts';

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

  it('pages lists 20 at a time, and gives an empty list one empty page', () => {
    expect(PAGE_SIZE).toBe(20);
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(pages[2]![0]).toBe(40);
    expect(paginate([])).toEqual([[]]);
  });

  it('puts page 1 at the list’s own address and later pages under page/N/, tags percent-encoded', () => {
    expect(pagePath(listPath('all'), 1)).toBe('/news/');
    expect(pagePath(listPath('all'), 2)).toBe('/news/page/2/');
    expect(pagePath(listPath('city', 'jinan'), 3)).toBe('/news/city/jinan/page/3/');
    expect(listPath('tag', '助学金')).toBe('/news/tag/%E5%8A%A9%E5%AD%A6%E9%87%91/');
  });
});
