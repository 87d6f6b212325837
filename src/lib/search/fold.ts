/**
 * Script folding for search queries, in the browser. Each edition's index holds its own
 * script, so a query is folded to that script before Pagefind sees it: any Traditional
 * character to its Simplified one, and on the Traditional edition, the Simplified text on
 * to the exact Traditional forms the site's own conversion produced. The tables are derived
 * at build time from the site's text (fold-build.ts), a few kB instead of OpenCC's 450 kB.
 */
export interface FoldData {
  /** Pairs "TS": a Traditional (or variant) character followed by its Simplified one. */
  ts: string;
  /** Traditional edition only. Pairs "ST": a Simplified character and its usual Traditional one. */
  st?: string;
  /** Traditional edition only. Phrases where a character is converted otherwise than usual (头发 → 頭髮). */
  phrases?: Record<string, string>;
}

const pairs = (text: string): Map<string, string> => {
  const chars = [...text];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] as string, chars[i + 1] as string);
  return map;
};

/** Full-width digits and letters (１２３５１, ＡＢ), typed on many phones, as ASCII; punctuation stays. */
const halfWidth = (text: string) => text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The folding function for one edition: query in, query in the index's script out. */
export function createFolder(data: FoldData): { toIndex: (query: string) => string; toSimplified: (query: string) => string } {
  const ts = pairs(data.ts);
  const st = pairs(data.st ?? '');
  const phrases = new Map(Object.entries(data.phrases ?? {}));
  const longest = Math.max(0, ...[...phrases.keys()].map((p) => [...p].length));
  const toSimplified = (query: string) => [...halfWidth(query)].map((c) => ts.get(c) ?? c).join('');
  const toTraditional = (simplified: string) => {
    const chars = [...simplified];
    let out = '';
    for (let i = 0; i < chars.length; ) {
      let matched = 0;
      for (let n = Math.min(longest, chars.length - i); n > 1; n--) {
        const hit = phrases.get(chars.slice(i, i + n).join(''));
        if (hit) {
          out += hit;
          matched = n;
          break;
        }
      }
      if (!matched) {
        const c = chars[i] as string;
        out += st.get(c) ?? c;
        matched = 1;
      }
      i += matched;
    }
    return out;
  };
  return { toSimplified, toIndex: data.st ? (q) => toTraditional(toSimplified(q)) : toSimplified };
}
