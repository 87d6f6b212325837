// 注音: pinyin-pro's context-aware readings, the staff overrides and their checks, the ruby
// markup, and the Traditional edition carrying the readings of the Simplified text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { TRADITIONAL } from '../../src/lib/editions/editions.ts';
import { convertPage, convertRuby } from '../../src/lib/editions/html.ts';
import { checkReadingOverrides } from '../../src/lib/zhuyin/overrides.ts';
import { readingInContext, readings } from '../../src/lib/zhuyin/reading.ts';
import { rubyHtml, rubyText } from '../../src/lib/zhuyin/ruby.ts';
import { PROJECT, copyContent } from '../helpers/content-copy.ts';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.cleanup());
const shipped = async () => (await checkReadingOverrides(join(PROJECT, 'content'))).overrides;

describe('多音字 read in context', () => {
  const cases: [string, string, string][] = [
    ['阳光就业行动', '行', 'xíng'], ['银行', '行', 'háng'], ['成长', '长', 'zhǎng'], ['长期', '长', 'cháng'],
    ['重点', '重', 'zhòng'], ['重新', '重', 'chóng'], ['还是', '还', 'hái'], ['还款', '还', 'huán'],
    ['为推动', '为', 'wèi'], ['成为', '为', 'wéi'], ['处长', '长', 'zhǎng'],
  ];
  it.each(cases)('%s: %s reads %s', async (text, char, reading) => {
    expect(readingInContext(text, char, await shipped())).toBe(reading);
  });

  it('needs the shipped overrides for 还款 and 处长 (pinyin-pro alone reads them wrong)', async () => {
    expect(readingInContext('按时还款', '还款')).toBe('hái kuǎn');
    expect(readingInContext('处长说', '处长')).toBe('chù cháng');
    const overrides = await shipped();
    expect(overrides.map((o) => o.word)).toEqual(['还款', '处长']);
    expect(readingInContext('按时还款', '还款', overrides)).toBe('huán kuǎn');
    expect(readingInContext('副处长说', '处长', overrides)).toBe('chù zhǎng');
  });

  it('reads nothing over digits, Latin letters and punctuation', () => {
    expect(readings('2017年，ABC。')).toEqual([undefined, undefined, undefined, undefined, 'nián', undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('the reading overrides are checked like the conversion overrides', () => {
  const write = (yaml: string) => {
    copy = copyContent();
    writeFileSync(join(copy.content, 'pinyin/overrides.yaml'), yaml);
    return checkReadingOverrides(copy.content);
  };
  it('names the entry and field of each mistake', async () => {
    const { problems, overrides } = await write([
      '- { word: 还款, reading: huan2 kuan3, why: 归还, example: 按时还款 }',
      '- { word: 还款期, reading: huán kuǎn, why: 归还, example: 还款期到了 }',
      '- { word: 银行, reading: yín háng, why: 不需要, example: 去银行 }',
      '- { word: 处长, reading: chù zhǎng, why: 职务, example: 局长说 }',
      '- { word: 长, reading: zhǎng, why: 单字, example: 成长 }',
      '- { word: 处长, reading: chù zhǎng, why: 职务, example: 处长说 }',
    ].join('\n'));
    expect(overrides.map((o) => o.word)).toEqual(['处长']);
    expect(problems.map((p) => `${p.field} ${p.message.slice(0, 24)}`)).toEqual([
      expect.stringMatching(/^第 1 项 reading.* 读音「huan2 kuan3」应是带声调符号/),
      expect.stringMatching(/^第 2 项 reading.* 读音「huán kuǎn」有 2 个音节/),
      expect.stringMatching(/^第 4 项 example.* 例句「局长说」里没有词「处长」/),
      expect.stringMatching(/^第 5 项 word.* 词只能是 2 到 8 个汉字/),
      expect.stringMatching(/^第 3 项 reading.* 这条例外已经不起作用/),
    ]);
  });
});

describe('ruby markup', () => {
  it('puts pinyin over each Han character, gives screen readers the plain text once, and leaves the rest alone', () => {
    const html = rubyHtml('<p class="x">去<a href="/银行/">银行</a>办理。2017年<code>行</code></p>');
    expect(html).toBe('<p class="x"><span data-zy aria-hidden="true"><ruby>去<rt>qù</rt></ruby></span><span class="sr-only">去</span><a href="/银行/">'
      + '<span data-zy aria-hidden="true"><ruby>银<rt>yín</rt>行<rt>háng</rt></ruby></span><span class="sr-only">银行</span></a>'
      + '<span data-zy aria-hidden="true"><ruby>办<rt>bàn</rt>理<rt>lǐ</rt></ruby>。2017<ruby>年<rt>nián</rt></ruby></span><span class="sr-only">办理。2017年</span><code>行</code></p>');
  });

  it('in the Traditional edition converts the text as phrases and keeps the Simplified readings', () => {
    const simplified = rubyHtml('<p>头发很长，发展银行。</p>');
    const traditional = convertPage(simplified, createConverter([]), TRADITIONAL);
    const bases = (h: string) => h.replace(/<span class="sr-only">[^<]*<\/span>/g, '').replace(/<rt[^>]*>[^<]*<\/rt>/g, '').replace(/<[^>]+>/g, '');
    const plain = (h: string) => [...h.matchAll(/<span class="sr-only">([^<]*)<\/span>/g)].map((m) => m[1]).join('');
    const rts = (h: string) => [...h.matchAll(/<rt[^>]*>([^<]*)<\/rt>/g)].map((m) => m[1]);
    expect(bases(traditional)).toBe('頭髮很長，發展銀行。'); // 发 → 髮 in 头发, 發 in 发展: phrase-level, in context
    expect(plain(traditional)).toBe('頭髮很長，發展銀行。'); // the screen readers' copy reads the same
    expect(rts(traditional)).toEqual(rts(simplified));
    expect(rts(simplified)).toContain('háng');
  });

  it('in the Traditional edition leaves annotated text that staff keep as written (translate="no")', () => {
    const simplified = `<p>${rubyHtml('<span translate="no">发展银行</span>')}${rubyHtml('发展')}</p>`;
    const traditional = convertPage(simplified, createConverter([]), TRADITIONAL);
    expect(traditional).toContain(rubyHtml('<span translate="no">发展银行</span>'));
    expect(traditional).toContain('<span class="sr-only">發展</span>');
  });

  it('leaves a placeholder-like span that the page itself contains', () => {
    const page = '<p><span data-zy-run="7"></span>发展</p>';
    expect(convertPage(page, createConverter([]), TRADITIONAL)).toBe('<p><span data-zy-run="7"></span>發展</p>');
  });

  it('converts each piece alone when conversion would change the length, and never touches the pinyin', () => {
    const run = rubyText('头发长', []);
    const lengthening = (t: string) => t.replace(/发/g, '發發').replace(/头/g, '頭').replace(/长/g, '長');
    const out = convertRuby(run, lengthening);
    expect(out).toBe(lengthening(run));
    const rts = (h: string) => [...h.matchAll(/<rt>([^<]*)<\/rt>/g)].map((m) => m[1]);
    expect(rts(out)).toEqual(rts(run));
    expect(rts(run)).toHaveLength(3);
  });
});
