import type { QueryPart } from '../lib/search/question.ts';
import type { PagefindResult } from './engine.ts';

/** A result found for some of the question's parts. */
export interface PartialHit {
  result: PagefindResult;
  /** The parts (as typed) this page matches. */
  matched: string[];
  /** Pagefind's relevance, added up over the parts. */
  score: number;
}

export interface PartialOutcome {
  hits: PartialHit[];
  /** Parts no page matches at all. */
  missing: string[];
  /** How many parts the question has. */
  of: number;
}

/**
 * Search each meaningful part of a question on its own (any of its alternatives counts) and
 * rank the pages by how much of the question they match. `search` runs one Pagefind search.
 * For each page, the result kept is the one of its rarest part: its excerpt and sections
 * are about the most telling word (材料 rather than 助学金).
 */
export async function searchParts(
  parts: readonly QueryPart[],
  search: (term: string) => Promise<PagefindResult[]>,
  says: (content: string, part: QueryPart) => boolean,
): Promise<PartialOutcome> {
  const perPart = await Promise.all(parts.map(async (p) => {
    const lists = await Promise.all(p.alternatives.map(search));
    const best = new Map<string, PagefindResult>();
    for (const r of lists.flat()) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
    // A word the index does not have is matched character by character (上海 finds every 上):
    // when even the best page does not say the word, nothing does.
    const top = [...best.values()].sort((a, b) => b.score - a.score)[0];
    return top && says((await top.data()).content ?? '', p) ? best : new Map<string, PagefindResult>();
  }));
  const pages = new Map<string, { result: PagefindResult; rarest: number; parts: number[]; score: number }>();
  perPart.forEach((found, i) => {
    for (const [id, r] of found) {
      const page = pages.get(id) ?? { result: r, rarest: found.size, parts: [], score: 0 };
      if (found.size < page.rarest) Object.assign(page, { result: r, rarest: found.size });
      page.parts.push(i);
      page.score += r.score;
      pages.set(id, page);
    }
  });
  const hits = [...pages.values()].map((p) => ({ result: p.result, score: p.score, matched: p.parts.map((i) => parts[i]?.text ?? '') }));
  return { hits, missing: parts.filter((_, i) => perPart[i]?.size === 0).map((p) => p.text), of: parts.length };
}

/** Best first: most parts matched, then real content before samples (as for whole questions), then relevance. */
export function rankHits(found: PartialOutcome, isReal: (id: string) => boolean): PartialOutcome {
  const hits = [...found.hits].sort((a, b) =>
    b.matched.length - a.matched.length || Number(isReal(b.result.id)) - Number(isReal(a.result.id)) || b.score - a.score);
  return { ...found, hits };
}
