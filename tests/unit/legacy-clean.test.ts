import { describe, expect, it } from 'vitest';
import { cleanText, collapseWhitespace, normalizePunctuation, stripAnnotations, toSimplified } from '../../src/lib/legacy/clean.ts';
import { ENGLISH_SYLLABLES, isAnnotationFor, isPinyinSyllable, syllables } from '../../src/lib/legacy/pinyin.ts';

describe('syllable inventory', () => {
  it('holds the Mandarin syllables and nothing else', () => {
    // The standard table has a little over 400 toneless syllables; ü spellings add a few.
    expect(syllables().size).toBeGreaterThan(400);
    expect(syllables().size).toBeLessThan(450);
    for (const s of ['a', 'zhuang', 'chuang', 'shuang', 'nv', 'lv', 'lve', 'nve', 'lüe', 'nu', 'lue', 'er', 'yo']) expect(isPinyinSyllable(s), s).toBe(true);
    for (const s of ['gv', 'pdf', 'app', 'excel', 'zhuangg', 'bv', 'ti1', '']) expect(isPinyinSyllable(s), s).toBe(false);
  });
  it('lists only real syllables as English look-alikes', () => {
    for (const s of ENGLISH_SYLLABLES) expect(isPinyinSyllable(s), s).toBe(true);
  });
  it('decides the English-word ambiguity by the annotated character', () => {
    expect(isAnnotationFor('men', '们')).toBe(true); // 们 is read men
    expect(isAnnotationFor('men', '目')).toBe(false); // English "men" after 目
    expect(isAnnotationFor('an', '案')).toBe(true);
    expect(isAnnotationFor('an', '全')).toBe(false);
    expect(isAnnotationFor('zhong', '目')).toBe(true); // a syllable that is no English word
  });
});

describe('stripAnnotations', () => {
  const strip = (t: string) => stripAnnotations(t).text;
  it('removes repeated annotations after a character', () => {
    expect(strip('就(jiu)(jiu)(jiu)業(ye)(ye)')).toBe('就業');
    expect(stripAnnotations('困(kun)(kun)難(nan)').removed).toBe(3);
  });
  it('keeps a Chinese parenthesis and cleans the characters inside it', () => {
    expect(strip('服務(wu)中心(xin)(xin)(站(zhan)點(dian))')).toBe('服務中心(站點)');
  });
  it('keeps numbers, English words, abbreviations and mixed content', () => {
    expect(strip('2017年(2017)')).toBe('2017年(2017)');
    expect(strip('下載(PDF)文件，手機(app)，表格(Excel)，附件(PDF文件)，姓(Ma)')).toBe('下載(PDF)文件，手機(app)，表格(Excel)，附件(PDF文件)，姓(Ma)');
  });
  it('leaves full-width parentheses alone', () => {
    expect(strip('中心（站点）(zhan)')).toBe('中心（站点）(zhan)');
  });
  it('only removes what directly follows a Han character or a removed annotation', () => {
    expect(strip('abc(an) 2017(nian) 字 (zi)')).toBe('abc(an) 2017(nian) 字 (zi)');
    expect(strip('字(zi)(PDF)(zi)')).toBe('字(PDF)(zi)');
  });
  it('accepts ü written v or u', () => {
    expect(strip('子女(nv)(nu)(nü)，策略(lve)(lue)')).toBe('子女，策略');
  });
  it('keeps English words that are not the character’s reading, and reports them', () => {
    expect(stripAnnotations('他们(men)')).toEqual({ text: '他们', removed: 1, kept: [] });
    expect(stripAnnotations('項目(men)，安全(an)')).toEqual({ text: '項目(men)，安全(an)', removed: 0, kept: ['目(men)', '全(an)'] });
  });
});

describe('toSimplified', () => {
  it('converts phrase by phrase', () => {
    expect(toSimplified('並擴大救助範圍')).toBe('并扩大救助范围');
    expect(toSimplified('山東省工會“陽光就業”')).toBe('山东省工会“阳光就业”');
    expect(toSimplified('發布於網上')).toBe('发布于网上');
  });
});

describe('normalizePunctuation', () => {
  it('makes marks in Chinese text full-width', () => {
    expect(normalizePunctuation('困难职工,就业难;问题:是否?是!')).toBe('困难职工，就业难；问题：是否？是！');
    expect(normalizePunctuation('中心(站点)')).toBe('中心（站点）');
    expect(normalizePunctuation('下载(PDF)文件')).toBe('下载（PDF）文件');
  });
  it('never touches numbers or Latin text', () => {
    expect(normalizePunctuation('3807.91万元,50.59万元')).toBe('3807.91万元，50.59万元');
    expect(normalizePunctuation('共1,000个 10:30 f(x) a, b; c')).toBe('共1,000个 10:30 f(x) a, b; c');
  });
  it('drops the space a half-width comma left behind', () => {
    expect(normalizePunctuation('职工 , 家庭')).toBe('职工，家庭');
  });
});

describe('collapseWhitespace', () => {
  it('folds stray spaces, none between Chinese characters', () => {
    expect(collapseWhitespace('\u3000\u3000为推动  解决 困难，\t职工 ')).toBe('为推动解决困难，职工');
    expect(collapseWhitespace('Excel  表格 and  PDF')).toBe('Excel 表格 and PDF');
  });
});

describe('cleanText', () => {
  it('strips, converts and normalises in one go', () => {
    expect(cleanText('並(bing)擴(kuo)大救助範(fan)圍,提供(gong)就業(ye)崗位46316個;').text).toBe('并扩大救助范围，提供就业岗位46316个；');
  });
});
