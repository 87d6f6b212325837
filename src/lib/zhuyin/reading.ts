import { clearCustomDict, customPinyin, pinyin } from 'pinyin-pro';

export interface Reading { word: string; reading: string }

const HAN = /^\p{Script=Han}$/u;

let installed = '';

/**
 * Readings of a Simplified text, one per character: pinyin with tone marks for Han
 * characters (context-aware, so 多音字 read right: 银行 háng, 行动 xíng), undefined for
 * everything else. Staff overrides (content/pinyin/overrides.yaml) take precedence.
 * pinyin-pro keeps custom words in one global dictionary; it is set here, once per list.
 */
export function readings(text: string, overrides: readonly Reading[] = []): (string | undefined)[] {
  const key = overrides.map((o) => `${o.word}=${o.reading}`).join('|');
  if (key !== installed) {
    clearCustomDict('pinyin');
    if (overrides.length) customPinyin(Object.fromEntries(overrides.map((o) => [o.word, o.reading])));
    installed = key;
  }
  const chars = [...text];
  const read = pinyin(text, { type: 'array', toneType: 'symbol' });
  // pinyin-pro gives one item per character; should that ever differ, read nothing rather than misplace.
  if (read.length !== chars.length) return chars.map(() => undefined);
  return chars.map((ch, i) => (HAN.test(ch) ? read[i] : undefined));
}

/** The reading of `word` where it first occurs in `text`, space-separated: for the override checks. */
export function readingInContext(text: string, word: string, overrides: readonly Reading[] = []): string {
  const at = [...text.slice(0, text.indexOf(word))].length;
  return readings(text, overrides).slice(at, at + [...word].length).join(' ');
}
