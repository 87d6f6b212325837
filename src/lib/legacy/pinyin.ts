import { pinyin } from 'pinyin-pro';

/**
 * Toneless Mandarin syllables, and which ones a character can be read as, from pinyin-pro's
 * dictionary. ü may be written ü, v or u (nü → nv, nu; lüe → lve, lue), as the old export did.
 */
const options = { toneType: 'none', type: 'array', multiple: true } as const;

function spellings(reading: string): string[] {
  return reading.includes('ü') ? [reading, reading.replaceAll('ü', 'v'), reading.replaceAll('ü', 'u')] : [reading];
}

let inventory: Set<string> | undefined;

/** Every toneless syllable of the CJK Unified Ideographs (basic block and extension A). */
export function syllables(): ReadonlySet<string> {
  if (!inventory) {
    inventory = new Set();
    for (const [from, to] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff]] as const) {
      for (let c = from; c <= to; c++) {
        for (const r of pinyin(String.fromCodePoint(c), options)) {
          if (/^[a-zü]+$/.test(r)) for (const s of spellings(r)) inventory.add(s);
        }
      }
    }
  }
  return inventory;
}

export function isPinyinSyllable(text: string): boolean {
  return syllables().has(text);
}

/** The spellings of every reading of one Han character (heteronyms included). */
export function readingsOf(char: string): string[] {
  return pinyin(char, options).flatMap(spellings);
}

/**
 * English words that are also pinyin syllables. After a Han character whose reading they are
 * not, they are more likely English than a reading aid, so they are kept (see docs/staff/import.md).
 */
export const ENGLISH_SYLLABLES: ReadonlySet<string> = new Set([
  'a', 'an', 'ban', 'bang', 'bin', 'can', 'die', 'fan', 'gang', 'gun', 'hang', 'he', 'hen',
  'lie', 'long', 'man', 'me', 'men', 'pan', 'pen', 'pie', 'pin', 'ping', 'ran', 'run', 'sang',
  'she', 'sun', 'tan', 'tie', 'wan', 'ye', 'yo', 'zen',
]);

/**
 * Is `annotation` (the text inside the parentheses) a reading aid for `char`?
 *  1. a reading of that very character → yes (the export wrote the character's own reading);
 *  2. otherwise any valid syllable → yes, unless it is also an English word (then no).
 */
export function isAnnotationFor(annotation: string, char: string): boolean {
  if (!isPinyinSyllable(annotation)) return false;
  if (readingsOf(char).includes(annotation)) return true;
  return !ENGLISH_SYLLABLES.has(annotation);
}
