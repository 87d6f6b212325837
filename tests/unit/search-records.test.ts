import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { lookupData, recordDocument } from '../../src/lib/search/index-data.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { PROJECT } from '../helpers/content-copy.ts';

const { content, bodies } = await checkContent(join(PROJECT, 'content'));
const records = searchRecords(content, bodies);
const byUrl = new Map(records.map((r) => [r.url, r]));

describe('search records from the content', () => {
  it('make one result per item, and one per law article with its anchor', () => {
    const laws = [...content.law.values()].reduce((n, l) => n + 1 + l.articles.length, 0);
    // The contacts page, and each city's union on it.
    const cities = [...content.regions.values()].filter((r) => r.level === 'city').length;
    // The aid overview, each stage, and each aid contact with a number.
    const aid = 1 + content.aid.size + [...content.aidContacts.values()].filter((k) => k.phones.length).length;
    expect(records).toHaveLength(content.policies.size + content.guides.size + content.checks.size + content.news.size + content.figures.size + laws + 1 + cities + aid);
    expect(byUrl.get('/law/jiaoyu-fa/#art-38')).toMatchObject({ kind: 'law', title: '《教育法》第三十八条', ref: 'law:jiaoyu-fa#art-38' });
  });

  it('make the contacts page and each city\'s union findable, with what the page says of them', () => {
    expect(byUrl.get('/regions/')).toMatchObject({ kind: 'contacts', title: '各级工会联系方式' });
    expect(byUrl.get('/regions/')?.html).toContain('请向职工所在单位工会询问，或拨打山东省总工会职工服务热线 12351');
    expect(byUrl.get('/regions/#yantai')).toMatchObject({ kind: 'contacts', title: '烟台市总工会', filters: { kind: ['contacts'], city: ['yantai'] } });
    expect(byUrl.get('/regions/#yantai')?.html).toContain('地址 烟台市莱山区观海路75-1号');
    // A city with no sourced phone says nothing about phones of its own.
    expect(byUrl.get('/regions/#jinan')?.html).toBe('<p>济南市总工会</p>');
  });

  it('split a guide\'s 一看就懂 box into its four answers, each at the page\'s own anchor', () => {
    const sections = byUrl.get('/guides/golden-autumn-application/')?.sections ?? [];
    expect(sections.slice(0, 5).map((s) => `${s.id} ${s.title}`)).toEqual(['at-a-glance 一看就懂', 'glance-who 适用对象', 'glance-help 能得到什么帮助', 'glance-when 什么时候申请', 'glance-where 到哪里申请']);
  });

  it('say which 文号 and law articles a page holds, not mistaking 高等教育法第九条 for 教育法第九条', () => {
    expect(byUrl.get('/guides/golden-autumn-application/')?.holds).toEqual(expect.arrayContaining(['law:gaodeng-jiaoyu-fa#art-54', 'policy:acftu-2016-36-hardship-files']));
    expect(byUrl.get('/guides/sunshine-employment-graduates/')?.holds).toEqual(['law:jiuye-cujin-fa#art-9', 'law:jiuye-cujin-fa#art-52']);
    // 高等教育法第九条 contains the characters of 教育法第九条, but is another law's article.
    expect(byUrl.get('/law/gaodeng-jiaoyu-fa/#art-9')?.holds).toBeUndefined();
    // An item does not hold itself: the precise lookup lists it first anyway.
    expect(byUrl.get('/policies/guofa-2007-13/')?.holds).toBeUndefined();
  });

  it('carry ids as filter values, the same in both editions', () => {
    expect(byUrl.get('/news/2018-09-30-a907c374/')?.filters).toEqual({
      kind: ['news'], program: ['golden-autumn', 'sunshine-employment'], city: ['jinan', 'qingdao', 'zibo', 'dongying', 'taian', 'binzhou'], year: ['2018'],
    });
    expect(byUrl.get('/policies/guofa-2007-13/')).toMatchObject({ docNumber: '国发〔2007〕13号', strong: ['国发〔2007〕13号'], ref: 'policy:guofa-2007-13' });
    // No source says whether it is in force: no validity, rather than a guessed one.
    expect(byUrl.get('/policies/guofa-2007-13/')?.validity).toBeUndefined();
    expect(byUrl.get('/policies/guofa-2007-13/')?.filters.validity).toBeUndefined();
    expect(byUrl.get('/policies/sample-union-aid-2019/')).toMatchObject({ validity: 'repealed', filters: { validity: ['repealed'] } });
    // A policy known only by its year is dated by its year.
    expect(byUrl.get('/policies/acftu-mohrss-2025-sunshine-employment/')).toMatchObject({ date: '2025', filters: { year: ['2025'] } });
    expect(byUrl.get('/policies/sample-union-aid-2019/')?.sample).toBe(true);
  });

  it('index the page’s words: the news body, a guide’s materials, the figures with their units', () => {
    expect(byUrl.get('/news/2018-09-30-a907c374/')?.html).toContain('共发放助学款3807.91万元');
    expect(byUrl.get('/guides/golden-autumn-application/')?.html).toContain('入户核查');
    expect(byUrl.get('/guides/sunshine-employment-graduates/')?.html).toContain('职工之家');
    // A <Cite> in a body is indexed as the citation a reader sees.
    expect(byUrl.get('/guides/golden-autumn-application/')?.html).toContain('《中华人民共和国高等教育法》第五十四条规定');
    expect(byUrl.get('/check/')).toMatchObject({ kind: 'guide', title: '自助测评：孩子能得到哪些资助？金秋助学、阳光就业和国家学生资助' });
    expect(byUrl.get('/figures/2017/')?.html).toContain('发放助学款（山东省）：3,807.91 万元');
  });
});

describe('the document Pagefind indexes for a record', () => {
  it('weighs title and 文号, and carries filters, meta and sort on empty elements', () => {
    const doc = recordDocument(byUrl.get('/policies/guofa-2007-13/')!, '/zh-hant/policies/guofa-2007-13/');
    expect(doc).toContain('<h1 data-pagefind-weight="10">国务院关于建立健全');
    expect(doc).toContain('<p data-pagefind-weight="10">国发〔2007〕13号</p>');
    expect(recordDocument(byUrl.get('/policies/sample-union-aid-2019/')!, '/x/')).toContain('<span data-pagefind-filter="validity:repealed"></span>');
    expect(doc).not.toContain('validity:');
    expect(doc).toContain('<span data-pagefind-filter="real:yes"></span>');
    expect(recordDocument(byUrl.get('/policies/sample-union-aid-2019/')!, '/x/')).not.toContain('real:yes');
    expect(doc).toContain('<span data-pagefind-meta="href:/zh-hant/policies/guofa-2007-13/"></span>');
    expect(doc).toContain('<span data-pagefind-sort="date:2007-05-13"></span>');
  });
});

describe('lookup tables', () => {
  it('split 文号 and name laws every way a reader does', () => {
    const data = lookupData(content);
    expect(data.policies).toContainEqual({ ref: 'policy:guofa-2007-13', org: '国发', year: 2007, num: 13 });
    expect(data.laws).toContainEqual({ ref: 'law:jiaoyu-fa', names: ['教育法', '中华人民共和国教育法'], articles: [9, 19, 37, 38, 43, 59, 60, 61] });
    expect(data.laws).toContainEqual({ ref: 'law:shehui-jiuzhu-banfa', names: ['社会救助暂行办法'], articles: [33, 34, 35, 36] });
  });
});
