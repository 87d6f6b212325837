import type { ChunkRange } from './pagefind-meta.ts';

/**
 * Which files of Pagefind's word index a search will read, worked out before Pagefind's
 * WebAssembly (46 kB) has arrived, so that they download beside it rather than after it: on a
 * phone that is a round trip less, and the chunks the query does not need are not fetched at all
 * (measured in docs/benchmarks.md). This repeats Pagefind 1.6's own steps (pagefind.js `search`,
 * pagefind_web `request_indexes`); if a later Pagefind chooses differently it fetches what it
 * lacks itself, only later, and tests/e2e/search-preload.e2e.ts fails.
 */

/** One bundle's index chunks (the edition's, or an older shard's), as the index step writes them into search-data.json. */
export interface BundleChunks { path: string; chunks: ChunkRange[] }

// Pagefind's own test for the punctuation it drops (its precedence included: ^Pd … Ps$).
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;
const normalizeDiacritics = (s: string) => {
  const stripped = s.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
};

/** The words Pagefind looks up for `term` in an index of `language` (Chinese: split into words by the browser's segmenter). */
export function pagefindWords(term: string, language: string): string[] {
  const locale = Intl.getCanonicalLocales(language)[0] ?? language;
  const graphemes = new Intl.Segmenter(locale, { granularity: 'grapheme' });
  const words = new Intl.Segmenter(locale, { granularity: 'word' });
  const kept = [...words.segment(term)].map(({ segment }) =>
    [...graphemes.segment(segment)].filter(({ segment: g }) => !PUNCTUATION.test(g)).map(({ segment: g }) => g.toLocaleLowerCase()).join(''));
  return kept.filter((w) => w).join(' ').replace(/\s{2,}/g, ' ').trim().split(' ').map(normalizeDiacritics).filter((w) => w);
}

// Rust compares strings byte by byte (UTF-8), which is code point order; JavaScript's < compares UTF-16 units.
const compare = (a: string, b: string) => {
  const x = [...a].map((c) => c.codePointAt(0) ?? 0);
  const y = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
};
const prefix = (s: string, bytes: number) => {
  const utf8 = new TextEncoder().encode(s);
  return bytes >= utf8.length ? s : new TextDecoder('utf-8', { fatal: true }).decode(utf8.subarray(0, bytes));
};

/** The chunk each word falls in (Pagefind's `request_indexes`): strictly by range, or, when no word has one, any chunk a longer or shorter form could be in. */
function hashesFor(words: string[], chunks: ChunkRange[]): string[] {
  const strict = words.flatMap((w) => chunks.find(([from, to]) => compare(w, from) >= 0 && compare(w, to) <= 0)?.[2] ?? []);
  if (strict.length || !words.length) return [...new Set(strict)];
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const loose = words.flatMap((w) => chunks.find(([from, to]) => {
    try {
      const f = Math.min(bytes(w), bytes(from));
      const t = Math.min(bytes(w), bytes(to));
      return compare(prefix(w, f), prefix(from, f)) >= 0 && compare(prefix(w, t), prefix(to, t)) <= 0;
    } catch {
      return false; // Cut inside a character: Rust's get() finds no prefix either.
    }
  })?.[2] ?? []);
  return [...new Set(loose)];
}

/** The index files (addresses) the searches for `terms` will read, in every bundle. */
export function chunkFiles(terms: string[], language: string, bundles: BundleChunks[]): string[] {
  const files = bundles.flatMap((b) => terms.flatMap((t) => hashesFor(pagefindWords(t, language), b.chunks)).map((h) => `${b.path}index/${h}.pf_index`));
  return [...new Set(files)];
}
