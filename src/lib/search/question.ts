/**
 * Turning a family's question into what the index can answer (browser and build share it).
 * Question words and particles (怎么, 吗) are dropped, everyday words gain the documents'
 * words (贫困生 → 家庭经济困难学生), and the rest is cut into meaningful parts, so that a
 * page matching most of the question can be shown when no page matches all of it.
 */
export interface QueryWords {
  /** Question words and particles, Simplified: they need not match (content/search/question-words.yaml). */
  skip: readonly string[];
  /** Everyday word → the documents' words, Simplified (content/search/synonyms.yaml). */
  synonyms: Readonly<Record<string, readonly string[]>>;
  /**
   * Words of several characters that the build marks on every page saying them verbatim (a
   * `says` filter), Simplified: the programme names and the synonyms' words. Pagefind matches
   * Chinese it cannot segment (金秋助学) character by character; a page that says the word
   * ranks before one that only shares its characters.
   */
  says?: readonly string[];
}

export interface QueryPart {
  /** As typed (Simplified). */
  text: string;
  /** Any of these counts as a match for the part: the text itself, then its synonyms. */
  alternatives: string[];
}

export interface QueryPlan {
  /** The query for the whole-question search: unchanged unless question words were dropped. */
  term: string;
  parts: QueryPart[];
  /** The question words and particles that were dropped, in order. */
  skipped: string[];
}

const HAN = /\p{Script=Han}/u;
const WORD_LIKE = /[\p{L}\p{N}]/u;

/** The browser's (and Node's) own word breaker: ICU's dictionary, as Pagefind uses for queries. */
export function segmentWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike ?? WORD_LIKE.test(s.segment)).map((s) => s.segment);
}

export function planQuery(query: string, words: QueryWords, segment: (text: string) => string[] = segmentWords): QueryPlan {
  const q = query.trim();
  const skip = new Set(words.skip);
  const synonyms = new Map(Object.entries(words.synonyms));
  const parts: QueryPart[] = [];
  const skipped: string[] = [];
  // Runs of one-character pieces are one word the breaker did not know (助|学|金 is 助学金);
  // a single character left on its own (交, 上) says too little to search for.
  const flush = (stretch: string) => {
    let run = '';
    const end = () => {
      if ([...run].length > 1 || (run && !HAN.test(run))) parts.push({ text: run, alternatives: [run] });
      run = '';
    };
    for (const piece of segment(stretch)) {
      if (skip.has(piece)) {
        end();
        skipped.push(piece);
      } else if ([...piece].length === 1 && HAN.test(piece)) {
        run += piece;
      } else {
        end();
        parts.push({ text: piece, alternatives: [piece] });
      }
    }
    end();
  };
  // Synonyms and multi-character question words are found in the text itself (the breaker
  // cuts 找不到工作 and 怎么办 apart); single characters (吗, 了) only where the breaker
  // leaves them alone, so 了 in 了解 stays.
  const longest = Math.max(1, ...[...synonyms.keys(), ...skip].map((w) => [...w].length));
  const chars = [...q];
  let stretch = '';
  for (let i = 0; i < chars.length; ) {
    let taken = 0;
    for (let n = Math.min(longest, chars.length - i); n >= 1 && !taken; n--) {
      const piece = chars.slice(i, i + n).join('');
      const means = synonyms.get(piece);
      if (means) {
        flush(stretch);
        stretch = '';
        parts.push({ text: piece, alternatives: [piece, ...means.filter((m) => m !== piece)] });
        taken = n;
      } else if (n > 1 && skip.has(piece)) {
        flush(stretch);
        stretch = '';
        skipped.push(piece);
        taken = n;
      }
    }
    if (!taken) {
      stretch += chars[i];
      taken = 1;
    }
    i += taken;
  }
  flush(stretch);
  const seen = new Set<string>();
  const unique = parts.filter((p) => !seen.has(p.text) && seen.add(p.text));
  return { term: skipped.length ? unique.map((p) => p.text).join(' ') : q, parts: unique, skipped };
}

/** Does a text say something for every part (any of its alternatives)? How build-time checks model a match. */
export function partsMatched(plan: QueryPlan, text: string): boolean[] {
  return plan.parts.map((p) => p.alternatives.some((a) => a.split(' ').every((w) => text.includes(w))));
}
