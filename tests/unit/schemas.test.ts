import { describe, expect, it } from 'vitest';
import { cumulativeSchema, figuresYearSchema } from '../../src/schemas/figures.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { lawSchema } from '../../src/schemas/law.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { parseWithFriendlyErrors } from '../../src/lib/content/problems.ts';
import * as ok from '../fixtures/entries.ts';

/** The problems for one bad value, as "field：message" lines. */
function problems(schema: Parameters<typeof parseWithFriendlyErrors>[0], data: unknown): string[] {
  const result = parseWithFriendlyErrors(schema, data, 'content/x');
  return result.ok ? [] : result.problems.map((p) => `${p.field ?? ''}：${p.message}`);
}

describe('every valid example passes its schema', () => {
  it.each([
    ['policy', policySchema, ok.validPolicy()],
    ['guide', guideSchema, ok.validGuide()],
    ['law', lawSchema, ok.validLaw()],
    ['news', newsSchema, ok.validNews()],
    ['figures', figuresYearSchema, ok.validFiguresYear()],
    ['region', regionSchema, ok.validRegion()],
  ] as const)('%s', (_name, schema, data) => {
    expect(problems(schema, data)).toEqual([]);
  });

  it('fills defaults authors may leave out', () => {
    const parsed = newsSchema.parse(ok.validNews());
    expect(parsed).toMatchObject({ draft: false, sample: false, tags: [] });
  });

  it('accepts a Date from a YAML 1.1 reader and keeps the calendar day', () => {
    const parsed = newsSchema.parse({ ...ok.validNews(), publishedOn: new Date(Date.UTC(2018, 8, 30)) });
    expect(parsed.publishedOn).toBe('2018-09-30');
  });
});

describe('policy', () => {
  it('names a missing title', () => {
    const { title: _omit, ...data } = ok.validPolicy();
    expect(problems(policySchema, data)).toEqual(['title（标题）：缺少必填字段：请在文件头中补上 title: …']);
  });
  it('rejects an impossible date', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), issuedOn: '2018-13-45' })).toEqual([
      'issuedOn（成文日期）：「2018-13-45」不是有效日期：应为 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2018 或 2018-07-24',
    ]);
  });
  it('rejects 29 February of a common year', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), issuedOn: '2019-02-29' })).toHaveLength(1);
  });
  it('rejects an unknown program', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), programs: ['golden'] })).toEqual([
      'programs[0]（项目）：「golden」不是已知项目：只能是 golden-autumn（金秋助学）或 sunshine-employment（阳光就业）',
    ]);
  });
  it('rejects an unknown topic', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), topics: ['food'] })[0]).toMatch(/^topics\[0\]（主题）：「food」不是已知主题：只能是 union-aid、tuition、/);
  });
  it('rejects a malformed 文号 and shows the corrected spelling', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), docNumber: '国发[2007]13号' })).toEqual([
      'docNumber（文号）：文号「国发[2007]13号」格式不对：应为 发文机关代字〔年份〕序号号，年份用六角括号〔〕，例如 国发〔2007〕13号；这里应写成 国发〔2007〕13号',
    ]);
  });
  it('requires supersededBy once a policy is repealed', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), status: 'repealed' })).toEqual([
      'supersededBy（替代政策）：状态为 amended 或 repealed 时必须填写 supersededBy：取代本政策的政策编号',
    ]);
  });
  it('flags a misspelt field instead of ignoring it', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), titel: 'x' })).toEqual(['titel：没有这个字段。是否想写 title？字段名区分大小写，请改成 title: …']);
  });
  it('names the field meant when one is written in the wrong case or a letter or two off, once', () => {
    const { title, ...rest } = ok.validPolicy();
    expect(title).toBeTruthy();
    expect(problems(policySchema, { ...rest, Title: 'x' })).toEqual(['Title：没有这个字段。是否想写 title？字段名区分大小写，请改成 title: …']);
    expect(problems(policySchema, { ...ok.validPolicy(), Topics: ['loan'] })).toEqual(['Topics：没有这个字段。是否想写 topics？字段名区分大小写，请改成 topics: …']);
    expect(problems(policySchema, { ...ok.validPolicy(), source: { ...ok.validPolicy().source, URL: 'https://a.cn' } })).toEqual(['source.URL：没有这个字段。是否想写 url？字段名区分大小写，请改成 url: …']);
    expect(problems(policySchema, { ...ok.validPolicy(), colour: 'red' })[0]).toMatch(/^colour：没有这个字段：请检查是否拼错，不需要就删去（可用的字段：title、/);
  });
  it('limits the summary to 200 characters', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), summary: '字'.repeat(201) })).toEqual(['summary（摘要）：摘要不能超过 200 字']);
  });
  it('rejects a publishing date before the issuing date', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), publishedOn: '2007-01-01' })).toEqual(['publishedOn（发布日期）：发布日期不能早于成文日期']);
  });
});

describe('guide', () => {
  it('rejects a law citation without #art-N', () => {
    expect(problems(guideSchema, { ...ok.validGuide(), legalBasis: ['jiaoyu-fa-38'] })).toEqual([
      'legalBasis[0]（法律依据）：条文引用应写成 法规编号#art-条号，例如 jiaoyu-fa#art-38',
    ]);
  });
  it('rejects duplicate eligibility ids', () => {
    const eligibility = [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }];
    expect(problems(guideSchema, { ...ok.validGuide(), eligibility })).toEqual(['eligibility[1].id（编号）：条件编号 a 重复']);
  });
  it('needs at least one step', () => {
    expect(problems(guideSchema, { ...ok.validGuide(), steps: [] })).toEqual(['steps（步骤）：至少写一个步骤']);
  });
  it('allows no document list only when it says so and where to ask', () => {
    expect(problems(guideSchema, { ...ok.validGuide(), documents: { note: '以当地通知为准，请问单位工会。' } })).toEqual([]);
    expect(problems(guideSchema, { ...ok.validGuide(), documents: {} })).toEqual([
      'documents.note（备注）：没有列出材料时，必须在 documents.note 中说明以当地通知为准、到哪里问清材料',
    ]);
  });
  it('requires real guides to name their sources, and every source reference to exist', () => {
    expect(problems(guideSchema, { ...ok.validGuide(), sources: [], amounts: [], eligibility: [{ id: 'a', text: 'x' }], steps: [{ title: 't', body: 'b' }] })).toEqual([
      'sources（来源）：真实指南必须列出来源（sources）：写明依据的通知、报道或文件',
    ]);
    expect(problems(guideSchema, { ...ok.validGuide(), steps: [{ title: 't', body: 'b', sources: ['s2'] }] })).toEqual([
      'steps[0].sources[0]（来源）：来源编号「s2」不在本指南的 sources 中：已有 s1',
    ]);
  });
  it('asks for a note beside amount examples', () => {
    const { amountNote: _, ...rest } = ok.validGuide();
    expect(problems(guideSchema, rest)).toEqual(['amountNote（金额说明）：列出金额实例时，请在 amountNote 中说明金额因地因年而异、以哪里的通知为准']);
  });
});

describe('partial dates', () => {
  it('takes a year or a month alone, as the sources give them', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), issuedOn: 2018, updatedOn: '2026-11-26' })).toEqual([]);
    expect(problems(policySchema, { ...ok.validPolicy(), issuedOn: '2018-07', updatedOn: '2026-11-26' })).toEqual([]);
    expect(problems(policySchema, { ...ok.validPolicy(), issuedOn: '2018-13' })).toHaveLength(1);
  });
  it('then needs updatedOn for the page\'s 最后更新', () => {
    expect(problems(policySchema, { ...ok.validPolicy(), issuedOn: 2018 })).toEqual([
      'updatedOn（更新日期）：成文日期只写到年或月时，请填写 updatedOn（本页最近修改的日期），页面用它显示“最后更新”',
    ]);
  });
  it('leaves validity unstated rather than guessed, but a repeal still needs its replacement', () => {
    const { status: _, ...unknown } = ok.validPolicy();
    expect(problems(policySchema, unknown)).toEqual([]);
    expect(problems(policySchema, { ...ok.validPolicy(), status: 'repealed' })).toHaveLength(1);
  });
});

describe('law', () => {
  it('rejects an article number written in Chinese', () => {
    expect(problems(lawSchema, { ...ok.validLaw(), articles: [{ number: '三十八', text: 'x' }] })).toEqual([
      'articles[0].number（条号）：条号应为数字，例如 第三十八条 填 38',
    ]);
  });
  it('rejects the same article twice', () => {
    const articles = [{ number: 38, text: 'x' }, { number: 38, text: 'y' }];
    expect(problems(lawSchema, { ...ok.validLaw(), articles })).toEqual(['articles[1].number（条号）：第 38 条重复收录']);
  });
});

describe('news', () => {
  it('rejects an unknown program', () => {
    expect(problems(newsSchema, { ...ok.validNews(), programs: ['jobs'] })[0]).toMatch(/^programs\[0\]（项目）：「jobs」不是已知项目/);
  });
  it('needs at least one program to be published; a draft may leave it for later', () => {
    expect(problems(newsSchema, { ...ok.validNews(), programs: [] })).toEqual(['programs（项目）：至少填写一个项目：golden-autumn（金秋助学）或 sunshine-employment（阳光就业）；还没想好就保留 draft: true']);
    expect(problems(newsSchema, { ...ok.validNews(), programs: [], draft: true })).toEqual([]);
  });
  it('rejects a city written in Chinese instead of its id', () => {
    expect(problems(newsSchema, { ...ok.validNews(), cities: ['济南'] })).toEqual([
      'cities[0]（地区）：地区的编号应只含小写字母、数字和连字符（例如 jinan、guofa-2007-13）',
    ]);
  });
});

describe('figures', () => {
  const withEntry = (patch: Record<string, unknown>) => {
    const y = ok.validFiguresYear();
    return { ...y, entries: [{ ...y.entries[0], ...patch }] };
  };
  it('rejects a negative value', () => {
    expect(problems(figuresYearSchema, withEntry({ value: -1 }))).toEqual(['entries[0].value（数值）：数值不能为负数']);
  });
  it('rejects a value with its unit typed in', () => {
    expect(problems(figuresYearSchema, withEntry({ value: '3807.91万元' }))).toEqual([
      'entries[0].value（数值）：「3807.91万元」不是数字：应填不带单位的数字，例如 3807.91（单位写在 unit）',
    ]);
  });
  it('rejects an unknown metric', () => {
    expect(problems(figuresYearSchema, withEntry({ metric: 'money' }))[0]).toMatch(/^entries\[0\]\.metric（指标）：「money」不是已知指标：只能是 funds-raised（筹集助学资金）、aid-funds（发放助学款）、/);
  });
  it('rejects a unit that is not its metric\'s, naming the fix', () => {
    expect(problems(figuresYearSchema, withEntry({ unit: '人' }))).toEqual([
      'entries[0].unit（单位）：单位「人」与指标 aid-funds（发放助学款）的单位「万元」不一致：请把数值换算成万元，并写 unit: 万元',
    ]);
    expect(problems(figuresYearSchema, withEntry({ unit: '元' }))[0]).toMatch(/^entries\[0\]\.unit（单位）：单位只能是 万元、/);
  });
  it('rejects a source the file does not declare', () => {
    expect(problems(figuresYearSchema, withEntry({ source: 'paper' }))).toEqual(['entries[0].source（来源）：出处「paper」不存在：请先在本文件的 sources 下写明它（已有 n1、report）']);
  });
  it('refuses a source marked doubtful', () => {
    const y = ok.validFiguresYear();
    expect(problems(figuresYearSchema, { ...y, sources: { ...y.sources, n1: { news: 'n1', confidence: 'low' } } })[0]).toContain('来源可疑、标为“低”或“存疑”的数字不发布');
  });
  it('rejects the same year, program, scope and metric twice, naming both entries', () => {
    const y = ok.validFiguresYear();
    expect(problems(figuresYearSchema, { ...y, entries: [y.entries[0], y.entries[1], y.entries[0]] })).toEqual([
      'entries[2]（数据条目）：与 entries[0] 重复：2017 年 golden-autumn shandong aid-funds 只能有一个数字。请删去其中一条',
    ]);
  });
  it('keeps cumulative totals apart, with a period that makes sense', () => {
    const sources = { s: { title: '报道', name: '报社', url: 'https://example.org/', confidence: 'high' } };
    const entry = { until: 2010, metric: 'aid-funds', value: 22300, unit: '万元', scope: 'shandong', program: 'golden-autumn', source: 's' };
    expect(problems(cumulativeSchema, { sources, entries: [{ ...entry, since: 1997 }] })).toEqual([]);
    expect(problems(cumulativeSchema, { sources, entries: [{ ...entry, since: 2012 }] })).toEqual(['entries[0].since：起始年份 2012 晚于截止时间 2010']);
  });
});

describe('region', () => {
  it('publishes a phone number or address only with its source', () => {
    expect(problems(regionSchema, { ...ok.validRegion(), phone: '0535-6247570' })).toEqual([
      'contactSource（联系方式出处）：填写了 phone、address 或 website 就必须写 contactSource（出处）',
    ]);
    expect(problems(regionSchema, { ...ok.validRegion(), phone: '0535-6247570', contactSource: '烟台工会网页脚' })).toEqual([]);
  });
  it('needs a source for any phone number', () => {
    expect(problems(regionSchema, { ...ok.validRegion(), hotline: '12351' })).toEqual([
      'hotlineSource（电话出处）：填写了 hotline（电话）就必须写 hotlineSource（出处）',
    ]);
  });
  it('rejects an unknown level', () => {
    expect(problems(regionSchema, { ...ok.validRegion(), level: 'county' })).toEqual(['level（层级）：层级只能是 national（全国）、province（省）或 city（市）']);
  });
});
