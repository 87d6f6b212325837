import * as OpenCC from 'opencc-js';
import { isAnnotationFor, isPinyinSyllable } from './pinyin.ts';

const HAN = /^\p{Script=Han}$/u;
/** Characters that make a neighbouring ASCII mark "Chinese context". */
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’—…·]/u;
const ANNOTATION = /\(([a-zü]{1,6})\)/y;

export interface Stripped {
  text: string;
  /** How many annotations were removed. */
  removed: number;
  /** Syllable-like parentheses that were kept (English words): shown to staff to review. */
  kept: string[];
}

/**
 * Remove the old portal's reading aids: a parenthesised toneless syllable directly after a
 * Han character, or after another removed annotation (字(zi)(zi)). Every other parenthesis
 * stays, including Chinese ones whose own characters carry annotations: 中心(站(zhan)点) → 中心(站点).
 */
export function stripAnnotations(text: string): Stripped {
  let out = '';
  let base: string | undefined;
  let removed = 0;
  const kept: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (base && text[i] === '(') {
      ANNOTATION.lastIndex = i;
      const m = ANNOTATION.exec(text);
      const syllable = m?.[1];
      if (m && syllable) {
        if (isAnnotationFor(syllable, base)) {
          removed += 1;
          i = ANNOTATION.lastIndex;
          continue;
        }
        if (isPinyinSyllable(syllable)) kept.push(`${base}${m[0]}`);
      }
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    out += ch;
    base = HAN.test(ch) ? ch : undefined;
    i += ch.length;
  }
  return { text: out, removed, kept };
}

const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Traditional (as machine-converted by the old portal) → Simplified, phrase by phrase. */
export function toSimplified(text: string): string {
  return toCn(text);
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

function neighbour(text: string, from: number, step: 1 | -1): string {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const ch = text[i] ?? '';
    if (ch !== ' ') return ch;
  }
  return '';
}

/**
 * Half-width , ; : ? ! ( ) become full-width where they stand in Chinese text. Marks between
 * digits (3,807 or 10:30) and in Latin text (PDF, Excel) stay as they are; periods are never
 * touched, so 3807.91 and 50.59 are safe.
 */
export function normalizePunctuation(text: string): string {
  const parens = text.replace(/\(([^()]*)\)/g, (whole, inner: string, at: number) => {
    const before = neighbour(text, at - 1, -1);
    const after = neighbour(text, at + whole.length, 1);
    return CJK.test(before) || CJK.test(after) || /\p{Script=Han}/u.test(inner) ? `（${inner}）` : whole;
  });
  let out = '';
  for (let i = 0; i < parens.length; i++) {
    const ch = parens[i] ?? '';
    const wide = FULL_WIDTH[ch];
    if (wide) {
      const before = neighbour(parens, i - 1, -1);
      const after = neighbour(parens, i + 1, 1);
      const numeric = /\d/.test(before) && /\d/.test(after);
      if (!numeric && (CJK.test(before) || CJK.test(after))) {
        out = out.trimEnd() + wide;
        while (parens[i + 1] === ' ') i += 1;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** One paragraph on one line: runs of white space (full-width too) fold, none between CJK. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, ' ')
    .replace(new RegExp(`(?<=${CJK.source}) (?=${CJK.source})`, 'gu'), '')
    .trim();
}

/** The whole cleaning chain, in the only order that works: annotations go before conversion. */
export function cleanText(text: string): Stripped {
  const stripped = stripAnnotations(text);
  return { ...stripped, text: collapseWhitespace(normalizePunctuation(toSimplified(stripped.text))) };
}
