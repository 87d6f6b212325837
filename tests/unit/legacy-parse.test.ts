import { describe, expect, it } from 'vitest';
import { decodeLegacy } from '../../src/lib/legacy/decode.ts';
import { buildEntry, detectCities, detectPrograms, firstSentence, slugFor } from '../../src/lib/legacy/entry.ts';
import { findFigureCandidates } from '../../src/lib/legacy/figure-candidates.ts';
import { parseLegacy } from '../../src/lib/legacy/parse.ts';

const article = (dateLine: string, title = '山東省工會“金秋助學”成效凸顯') => `${title}\n${dateLine}\n\n第一段金(jin)秋助學。\n\n第二段,濟南市。\n`;

describe('parseLegacy', () => {
  it.each([
    ['齊魯人才網 . 2018-09-30發布', '齐鲁人才网'],
    ['齐鲁人才网．2018-09-30发布', '齐鲁人才网'],
    ['齊魯人才網 · 2018-9-30 發布', '齐鲁人才网'],
    ['2018-09-30發布', undefined],
    [' . 2018-09-30发布', undefined],
  ])('reads the date line %j', (line, source) => {
    const parsed = parseLegacy(article(line));
    expect(parsed.ok && parsed.article).toMatchObject({ date: '2018-09-30', source, title: '山东省工会“金秋助学”成效凸显' });
  });
  it('cleans every paragraph and counts the annotations it removed', () => {
    const parsed = parseLegacy(article('齊魯人才網 . 2018-09-30發布').replace(/\n/g, '\r\n'));
    expect(parsed.ok && parsed.article.paragraphs).toEqual(['第一段金秋助学。', '第二段，济南市。']);
    expect(parsed.ok && parsed.article.removed).toBe(1);
  });
  it('refuses a missing date line', () => {
    expect(parseLegacy('标题\n\n正文。')).toEqual({ ok: false, message: '第二行应为“来源 . YYYY-MM-DD发布”，例如“齐鲁人才网 . 2018-09-30发布”，实际是“正文。”' });
  });
  it('refuses an impossible date', () => {
    expect(parseLegacy(article('齊魯人才網 . 2018-02-30發布'))).toEqual({ ok: false, message: '发布日期 2018-02-30 不存在，请核对第二行的日期' });
  });
  it('refuses a title over 80 characters', () => {
    expect(parseLegacy(article('2018-09-30发布', '字'.repeat(81)))).toEqual({ ok: false, message: '标题有 81 个字，超过 80 字的上限：请确认第一行只有标题' });
  });
  it('refuses an article without body text', () => {
    expect(parseLegacy('标题\n2018-09-30发布\n\n')).toEqual({ ok: false, message: '没有正文：日期行之后应有以空行分隔的段落' });
  });
});

describe('decodeLegacy', () => {
  const gbk = Uint8Array.from([0xc9, 0xbd, 0xb6, 0xab, 0xca, 0xa1, 0xb9, 0xa4, 0xbb, 0xe1]);
  const big5 = Uint8Array.from([0xa4, 0x73, 0xaa, 0x46, 0xac, 0xd9, 0xa4, 0x75, 0xb7, 0x7c]);
  it('has fixtures that really are GBK and Big5', () => {
    expect(new TextDecoder('gbk').decode(gbk)).toBe('山东省工会');
    expect(new TextDecoder('big5').decode(big5)).toBe('山東省工會');
  });
  it('reads UTF-8 with or without BOM, and UTF-16 with BOM', () => {
    expect(decodeLegacy(new TextEncoder().encode('\uFEFF标题'))).toEqual({ ok: true, text: '标题' });
    expect(decodeLegacy(Uint8Array.from([0xff, 0xfe, 0x07, 0x68, 0x98, 0x98]))).toEqual({ ok: true, text: '标题' });
  });
  it('refuses empty, blank and binary files', () => {
    expect(decodeLegacy(new Uint8Array())).toEqual({ ok: false, message: '文件是空的' });
    expect(decodeLegacy(new TextEncoder().encode(' \n\u3000\n'))).toEqual({ ok: false, message: '文件是空的（只有空白）' });
    expect(decodeLegacy(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ ok: false, message: expect.stringContaining('这不是文本文件') });
  });
  it('refuses GBK and Big5 with the fix, instead of guessing', () => {
    for (const bytes of [gbk, big5]) {
      expect(decodeLegacy(bytes)).toEqual({
        ok: false,
        message: '文件不是 UTF-8 编码（看起来是 GBK 或 Big5）：请用记事本打开，选择“另存为”，编码选 UTF-8，保存后再导入',
      });
    }
  });
});

describe('building the entry', () => {
  const cities = [{ id: 'jinan', name: '济南市' }, { id: 'rizhao', name: '日照市' }, { id: 'dezhou', name: '德州市' }, { id: 'binzhou', name: '滨州市' }];
  it('derives a stable slug from date and title', () => {
    expect(slugFor('2018-09-30', '山东省工会“阳光就业”“金秋助学”成效凸显')).toBe('2018-09-30-a907c374');
    expect(slugFor('2018-09-30', '另一个标题')).not.toBe('2018-09-30-a907c374');
  });
  it('detects programs by name', () => {
    expect(detectPrograms('阳光就业和金秋助学')).toEqual(['golden-autumn', 'sunshine-employment']);
    expect(detectPrograms('困难职工帮扶')).toEqual([]);
  });
  it('detects cities in regions.yaml order; 日照 and 德州 only as city names', () => {
    expect(detectCities('滨州和济南', cities)).toEqual(['jinan', 'binzhou']);
    expect(detectCities('日照时间长，德州扑克', cities)).toEqual([]);
    expect(detectCities('日照市、德州市', cities)).toEqual(['rizhao', 'dezhou']);
  });
  it('summarises with the first sentence, at most 120 characters', () => {
    expect(firstSentence('第一句。第二句。')).toBe('第一句。');
    expect(firstSentence('字'.repeat(130))).toBe(`${'字'.repeat(119)}…`);
  });
  it('writes frontmatter the news schema reads', () => {
    const parsed = parseLegacy(article('齊魯人才網 . 2018-09-30發布'));
    if (!parsed.ok) throw new Error(parsed.message);
    const entry = buildEntry(parsed.article, { cities, unit: '山东省总工会', fallbackSource: '旧站' });
    expect(entry.text).toBe([
      '---', 'title: 山东省工会“金秋助学”成效凸显', 'publishedOn: 2018-09-30', 'source:', '  name: 齐鲁人才网',
      'unit: 山东省总工会', 'cities: [jinan]', 'programs: [golden-autumn]', 'tags: []', 'summary: 第一段金秋助学。', '---', '',
      '第一段金秋助学。\n\n第二段，济南市。', '',
    ].join('\n'));
  });
  it('quotes a title YAML would misread', () => {
    const parsed = parseLegacy(article('2018-09-30发布', '通知: 金秋助学 #1'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(buildEntry(parsed.article, { cities, unit: 'x', fallbackSource: '旧站' }).text).toContain('title: "通知：金秋助学 #1"');
  });
});

describe('figure candidates', () => {
  it('finds number + unit with the words before it', () => {
    const found = findFigureCandidates(['据统计，全省工会共发放助学款3807.91万元，资助困难职工子女12672人。', '全省各级工会共举办就业招聘会等就业服务系列活动322场；2335人次通过职业技能鉴定。']);
    expect(found.map((f) => [f.label, f.value, f.unit])).toEqual([
      ['发放助学款', 3807.91, '万元'],
      ['资助困难职工子女', 12672, '人'],
      ['举办就业招聘会等就业服务系列活动', 322, '场'],
      ['通过职业技能鉴定', 2335, '人次'],
    ]);
  });
  it('ignores years and numbers without a unit', () => {
    expect(findFigureCandidates(['2017年“211工程”院校，拨打12351热线'])).toEqual([]);
  });
});
