import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../src/lib/check-all.ts';
import { createConverter, createSegmenter } from '../../src/lib/editions/convert.ts';
import { buildFolds } from '../../src/lib/search/fold-build.ts';
import { createFolder } from '../../src/lib/search/fold.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { PROJECT } from '../helpers/content-copy.ts';

const overrides = [{ from: '范先生', to: '范先生' }];
const convert = createConverter(overrides);
const segment = createSegmenter(overrides);
const corpus = ['头发很长', '发展经济', '发放助学款', '干部', '干净', '范先生说', '劳动模范', '扩大救助范围', '12351 热线'];
const folds = buildFolds(corpus, convert, segment);

describe('query folding derived from the site text', () => {
  it('on the Simplified edition, folds any Traditional character to the site’s Simplified one', () => {
    const { toIndex } = createFolder(folds['zh-hans']);
    expect(toIndex('頭髮 發展 幹部 乾淨 範圍')).toBe('头发 发展 干部 干净 范围');
    expect(toIndex('扩大救助范围')).toBe('扩大救助范围');
    expect(toIndex('１２３５１')).toBe('12351');
  });

  it('on the Traditional edition, writes a query exactly as the site’s conversion did, whichever script it came in', () => {
    const { toIndex } = createFolder(folds['zh-hant']);
    for (const text of corpus) {
      expect(toIndex(text), text).toBe(convert(text));
      expect(toIndex(convert(text)), convert(text)).toBe(convert(text));
    }
    // 发 is 發 usually, 髮 in 头发; 干 is 幹 in 干部, 乾 in 干净: the phrases carry the exceptions.
    expect(toIndex('头发')).toBe('頭髮');
    expect(toIndex('干净')).toBe('乾淨');
    expect(toIndex('范先生')).toBe('范先生');
  });

  it('is small: only characters the site uses', () => {
    const size = JSON.stringify(folds['zh-hant']).length;
    expect(size).toBeLessThan(2000);
    expect(folds['zh-hans'].st).toBeUndefined();
  });

  it('on the real content, folds every phrase of every search record the way the site converts it', async () => {
    const { content, bodies, overrides: real } = await checkAll(join(PROJECT, 'content'));
    const texts = searchRecords(content, bodies).map((r) => `${r.title}\n${r.html.replace(/<[^>]*>/g, '')}`);
    const siteConvert = createConverter(real);
    const siteSegment = createSegmenter(real);
    const { toIndex } = createFolder(buildFolds(texts, siteConvert, siteSegment)['zh-hant']);
    const wrong = texts.flatMap((t) => siteSegment(t)).filter((phrase) => toIndex(phrase) !== siteConvert(phrase) || toIndex(siteConvert(phrase)) !== siteConvert(phrase));
    expect(wrong).toEqual([]);
  });
});
