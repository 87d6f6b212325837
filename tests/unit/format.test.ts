import { describe, expect, it } from 'vitest';
import { articleLabel, byDateDesc, chineseNumeral, formatDate, formatNumber, latestDate } from '../../src/lib/format.ts';
import { isRealDate } from '../../src/schemas/common.ts';
import { isDocNumber, suggestDocNumber } from '../../src/schemas/doc-number.ts';
import { articleAnchor, routes } from '../../src/lib/routes.ts';
import { parseNumber } from '../../src/lib/search/lookup.ts';

describe('formatDate', () => {
  it('writes dates the Chinese way without leading zeros', () => {
    expect(formatDate('2018-09-30')).toBe('2018年9月30日');
    expect(formatDate('2007-05-03')).toBe('2007年5月3日');
  });
  it('says no more than is known of a partial date', () => {
    expect(formatDate('2018-07')).toBe('2018年7月');
    expect(formatDate('2025')).toBe('2025年');
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps up to two decimals', () => {
    expect(formatNumber(46316)).toBe('46,316');
    expect(formatNumber(3807.91)).toBe('3,807.91');
    expect(formatNumber(50.59)).toBe('50.59');
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [38, '三十八'], [54, '五十四'],
    [100, '一百'], [105, '一百零五'], [110, '一百一十'], [1001, '一千零一'], [2010, '二千零一十'],
  ])('%i → %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });
  // Written out the way the law books number articles, independently of the code under test:
  // 十 not 一十 below 20, 零 for a missing tens digit, 一十 after 百.
  const D = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const belowHundred = (n: number, afterHundred: boolean) => {
    const [t, u] = [Math.floor(n / 10), n % 10];
    if (t === 0) return (afterHundred && u ? '零' : '') + D[u];
    return `${t === 1 && !afterHundred ? '' : D[t]}十${D[u]}`;
  };
  const spelled = (n: number) => (n < 100 ? belowHundred(n, false) : `${D[Math.floor(n / 100)]}百${belowHundred(n % 100, true)}`);
  it('spells every article number from 1 to 200', () => {
    const wrong = Array.from({ length: 200 }, (_, i) => i + 1).filter((n) => chineseNumeral(n) !== spelled(n));
    expect(wrong).toEqual([]);
    expect([10, 11, 20, 100, 101, 110, 111, 120, 199, 200].map(chineseNumeral)).toEqual([
      '十', '十一', '二十', '一百', '一百零一', '一百一十', '一百一十一', '一百二十', '一百九十九', '二百',
    ]);
  });
  it('reads back what it writes (the search lookup parses 第…条 typed by readers)', () => {
    const wrong = Array.from({ length: 200 }, (_, i) => i + 1).filter((n) => parseNumber(chineseNumeral(n)) !== n);
    expect(wrong).toEqual([]);
  });
  it('refuses numbers an article cannot have', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
  it('labels articles', () => {
    expect(articleLabel(38)).toBe('第三十八条');
  });
});

describe('dates', () => {
  it('knows real calendar days', () => {
    expect(isRealDate(2020, 2, 29)).toBe(true);
    expect(isRealDate(2019, 2, 29)).toBe(false);
    expect(isRealDate(2018, 13, 1)).toBe(false);
    expect(isRealDate(2018, 4, 31)).toBe(false);
  });
  it('finds the newest date and ignores gaps', () => {
    expect(latestDate(['2017-01-01', undefined, '2018-09-30', '2018-01-01'])).toBe('2018-09-30');
    expect(latestDate([])).toBeUndefined();
  });
  it('sorts newest first, then by title', () => {
    const items = [{ d: '2017-01-01', t: '乙' }, { d: '2018-01-01', t: '甲' }, { d: '2017-01-01', t: '甲' }];
    expect(items.sort(byDateDesc((i) => i.d, (i) => i.t)).map((i) => `${i.d}${i.t}`)).toEqual([
      '2018-01-01甲', '2017-01-01甲', '2017-01-01乙',
    ]);
  });
});

describe('文号', () => {
  it.each(['国发〔2007〕13号', '教财〔2018〕16号', '鲁工发〔2019〕5号', '财教〔2021〕310号'])('accepts %s', (n) => {
    expect(isDocNumber(n)).toBe(true);
  });
  it.each(['国发[2007]13号', '国发（2007）13号', '国发【2007】13号', '国发2007年13号', '〔2007〕13号', '国发〔07〕13号', '国发〔2007〕13'])(
    'rejects %s',
    (n) => expect(isDocNumber(n)).toBe(false),
  );
  it('suggests the corrected spelling of near misses', () => {
    expect(suggestDocNumber('国发[2007]13号')).toBe('国发〔2007〕13号');
    expect(suggestDocNumber('国发（2007）第13号')).toBe('国发〔2007〕13号');
    expect(suggestDocNumber('国发【2007】13')).toBe('国发〔2007〕13号');
    expect(suggestDocNumber('随便写的')).toBeUndefined();
  });
});

describe('routes', () => {
  it('builds stable URLs with trailing slashes and article anchors', () => {
    expect(routes.policy('guofa-2007-13')).toBe('/policies/guofa-2007-13/');
    expect(routes.lawArticle('jiaoyu-fa', 38)).toBe('/law/jiaoyu-fa/#art-38');
    expect(articleAnchor(54)).toBe('art-54');
    expect(routes.figuresYear(2017)).toBe('/figures/2017/');
  });
});
