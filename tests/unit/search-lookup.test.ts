import { describe, expect, it } from 'vitest';
import { parseNumber, preciseRefs, type LookupData } from '../../src/lib/search/lookup.ts';

const data: LookupData = {
  policies: [
    { ref: 'policy:guofa-2007-13', org: '国发', year: 2007, num: 13 },
    { ref: 'policy:jiaocai-2007-13', org: '教财', year: 2007, num: 13 },
  ],
  laws: [
    { ref: 'law:jiaoyu-fa', names: ['教育法', '中华人民共和国教育法'], articles: [38] },
    { ref: 'law:gaodeng-jiaoyu-fa', names: ['高等教育法', '中华人民共和国高等教育法'], articles: [54] },
  ],
};

describe('precise lookups', () => {
  it.each(['国发〔2007〕13号', '国发2007 13', '国发[2007]13号', '国发（2007）13号', '国发【2007】第13号', ' 国发〔2007〕13号 '])('文号 %s names the policy', (q) => {
    expect(preciseRefs(q, data)).toEqual(['policy:guofa-2007-13']);
  });

  it('a 文号 without its issuer names every policy with that year and number', () => {
    expect(preciseRefs('2007年13号', data)).toEqual(['policy:guofa-2007-13', 'policy:jiaocai-2007-13']);
  });

  it.each(['教育法 第三十八条', '教育法38条', '教育法 38', '《教育法》第38条', '中华人民共和国教育法第三十八条', '“教育法”第38条'])('%s names the article', (q) => {
    expect(preciseRefs(q, data)).toEqual(['law:jiaoyu-fa#art-38']);
  });

  it('tells 高等教育法 from 教育法', () => {
    expect(preciseRefs('高等教育法第五十四条', data)).toEqual(['law:gaodeng-jiaoyu-fa#art-54']);
  });

  it('an article the compilation does not hold names the law itself', () => {
    expect(preciseRefs('教育法第九十九条', data)).toEqual(['law:jiaoyu-fa']);
  });

  it('ordinary queries name nothing', () => {
    for (const q of ['困难职工', '12351', '2007', '教育法', '2017年12672', '国发〔2008〕13号', '刑法第38条']) expect(preciseRefs(q, data), q).toEqual([]);
  });
});

describe('Chinese numerals', () => {
  it('reads article numbers the way laws write them', () => {
    expect(['一', '十', '十一', '三十八', '五十四', '一百', '一百零五', '一百一十', '两百', '一千零一', '38'].map(parseNumber)).toEqual([1, 10, 11, 38, 54, 100, 105, 110, 200, 1001, 38]);
    expect(parseNumber('第')).toBeUndefined();
  });
});
