import { chunkFiles, type BundleChunks } from '../lib/search/chunks.ts';
import { FACETS, type Facet } from '../lib/search/facets.ts';
import { createFolder, type FoldData } from '../lib/search/fold.ts';
import { preciseRefs, type LookupData } from '../lib/search/lookup.ts';
import { planQuery, type QueryWords } from '../lib/search/question.ts';
import type { ShardRef } from '../lib/search/shards.ts';
import { isIdle, type SearchState } from '../lib/search/state.ts';
import { rankHits, searchParts, type PartialOutcome } from './partial.ts';

/** The parts of Pagefind's browser API this page uses (Pagefind ships no types for it). */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
/** One heading of a result's page that the search words fall under (Pagefind's sub-results). */
export interface PagefindSection { title: string; url: string; locations: number[] }
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's whole indexed text. */
  content?: string;
  sub_results?: PagefindSection[];
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
type Filters = Record<string, string>;
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Counts>;
  search: (term: string | null, o: { filters?: Filters; sort?: Record<string, string> }) => Promise<PagefindSearch | null>;
  preload: (term: string, o?: { filters?: Filters }) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
}
interface PagefindModule {
  createInstance: (o: { basePath: string; noWorker?: boolean; metaCacheTag?: string }) => Pagefind;
}

export interface Engine {
  /** Search: the results for a state, with facet counts when asked for; the first `prefetch` results' texts are fetched at once. */
  run: (state: SearchState, withCounts: boolean, prefetch: number) => Promise<Outcome | undefined>;
  /**
   * Start fetching the index for a query still being typed, so that the search, once the
   * reader pauses, finds it loaded: on a phone's connection that is most of the wait.
   */
  warm: (q: string) => void;
}

export interface Outcome {
  /** Ordered: precise lookups first, then real content by relevance (or newest), then samples. */
  results: PagefindResult[];
  /** For each facet, how many results each value would give with the other filters kept (when asked for). */
  counts: Partial<Record<Facet, Record<string, number>>>;
  /**
   * The parts of the question, searched one by one: `missing` those no page matches; when the
   * whole question found fewer than FEW pages, the pages found by its parts were added, and
   * `matched` holds the parts each added page matches, for those that match only some.
   */
  partial?: { matched: Map<string, string[]>; missing: string[] };
  /** The question's meaningful words and their synonyms, in the index's script: a section titled with one is the answer. */
  words: string[];
  /** The question as typed, in the index's script: a section whose title it says (什么时候申请) is the answer. */
  asked: string;
  /**
   * A query that is a 文号 or a law article: the first `count` results are the item itself and
   * the pages that hold it; the rest only share some of its characters, and are shown apart.
   */
  precise?: { term: string; count: number };
}

/** Below this many results for the whole question, its parts are searched one by one. */
const FEW = 3;

const omit = (filters: Filters, key: string) => Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));

interface SearchData { fold: FoldData; lookup: LookupData; words: QueryWords; shards?: ShardRef[]; parts?: string[]; index?: BundleChunks[] }

/**
 * Search one edition's bundle. The query is folded into the bundle's script first, so it
 * may be typed in Simplified or Traditional. Sample content ranks after real content.
 * `first`: the query in the page's address, whose index chunks are fetched as soon as our
 * tables are here, beside Pagefind's WebAssembly instead of after it.
 */
export async function createEngine(bundle: string, first = ''): Promise<Engine> {
  performance.mark('search-engine'); // when Pagefind was started: tests check it waits for the reader on a page without a query
  const language = document.documentElement.lang.toLowerCase();
  const loaded = fetch(`${bundle}search-data.json`).then((r) => r.json() as Promise<SearchData>).then((data) => {
    const fold = createFolder(data.fold);
    // Question words (怎么, 吗) need not match: the plan drops them and says which parts remain.
    const plan = (q: string) => planQuery(fold.toSimplified(q), data.words);
    if (first.trim()) {
      // Those public/search-early.js did not ask for already (synonyms, a query in the other script, a large site).
      const asked = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => new URL(l.href).pathname));
      for (const href of chunkFiles(termsOf(plan(first), fold.toIndex), language, data.index ?? []).filter((f) => !asked.has(f))) {
        // `crossorigin`: the request mode of Pagefind's own fetch(), so that it takes this answer.
        document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' }));
      }
    }
    return { data, fold, plan };
  });
  const [module, { data, fold, plan }] = await Promise.all([import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>, loaded]);
  // No worker: one search costs a few milliseconds here, a round trip to a worker more, and
  // the worker script is 12 kB more to download on a phone.
  // The index's tag, written into the page with the preloads (src/lib/search/preload.ts): Pagefind
  // then asks for the very entry-file address the page already started to fetch. (Given when
  // the instance is made: it starts loading at once.)
  const tag = document.querySelector<HTMLLinkElement>('link[data-index-tag]')?.dataset['indexTag'];
  const pagefind = module.createInstance({ basePath: bundle, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
  const options = { excerptLength: 36 };
  await pagefind.options(options);
  await pagefind.init();
  // A large site's older shards (src/lib/search/shards.ts), merged into one index for the reader;
  // Pagefind shares the WebAssembly already loaded. Their files were preloaded with the page.
  await Promise.all((data.shards ?? []).map((s) => pagefind.mergeIndex(s.path, { ...options, metaCacheTag: s.tag })));
  // Each shard's `part` filter value, newest first (several only on a large site).
  const shardParts = data.parts ?? [];
  // Every filter index, for the facet counts: fetched only when the reader opens the filters
  // or arrives with one set (at 10,000 news they weigh ~100 kB, more than a query's index).
  let filtersLoaded: Promise<unknown> | undefined;
  async function search(term: string | null, filters: Filters, sort: Record<string, string> = {}): Promise<PagefindSearch> {
    if (shardParts.length > 1 && Object.keys(sort).length) {
      // Pagefind orders merged shards' results by relevance, whatever the sort: each shard is
      // searched alone (its `part` filter) and the shards follow one another, newest first.
      const each = await Promise.all(shardParts.map(async (part) => (await pagefind.search(term, { filters: { ...filters, part }, sort })) ?? { results: [], filters: {} }));
      return { results: each.flatMap((s) => s.results), filters: sumCounts(each.map((s) => s.filters)) };
    }
    return (await pagefind.search(term, { filters, sort })) ?? { results: [], filters: {} };
  }

  const says = new Set(data.words.says ?? []);
  const warm = (q: string) => {
    const term = fold.toIndex(plan(q).term.trim());
    if (term) void pagefind.preload(term).catch(() => undefined);
  };
  const run: Engine['run'] = async (state, withCounts, prefetch) => {
    if (isIdle(state)) return undefined;
    if (withCounts) await (filtersLoaded ??= pagefind.filters());
    const question = plan(state.q);
    const term = fold.toIndex(question.term.trim()) || null;
    const filters: Filters = Object.fromEntries(Object.entries(state.filters));
    // With no words there is no relevance: newest first is the useful order.
    const newest = state.sort === 'newest' || !term;
    const refs = preciseRefs(fold.toSimplified(state.q), data.lookup);
    // Each part of the question on its own as well: which words match nothing (上海 in a question
    // about another province, which Pagefind would silently leave out), and, when the whole
    // question finds few pages, the pages that match most of it. The parts' words are the
    // question's, so they need no index the whole question does not, synonyms apart.
    // Shown to the reader (the words a page lacks, or that nothing has) in the edition's script.
    const parts = term ? question.parts.map((p) => ({ ...p, text: fold.toIndex(p.text) })) : [];
    // The searches run side by side: each waits on its own small fetches (index, filter).
    // A 文号 or a law article: also the pages whose text holds it (a build-time filter, records.ts).
    const exact = refs.filter((ref) => ref.startsWith('policy:') || ref.includes('#art-'));
    // The parts that are words of the lists (金秋助学): the pages saying them verbatim, as the
    // build marked them, rank before pages that only share their characters.
    const said = term && !newest ? question.parts.filter((p) => says.has(p.text)) : [];
    const [all, realOnly, pinnedSets, heldSets, found, saidSets] = await Promise.all([
      // The first page of results is mostly these: their fragments start now, beside the other
      // searches, not after them (Pagefind keeps each fragment once fetched).
      search(term, filters, newest ? { date: 'desc' } : {}).then((r) => {
        prefetchTexts(r.results.slice(0, prefetch));
        return r;
      }),
      // Only real content carries the "real" filter, so this index stays tiny however many samples there are.
      newest ? undefined : search(term, { ...filters, real: 'yes' }),
      Promise.all(refs.map((ref) => search(null, { ...filters, ref }))),
      Promise.all(exact.map((ref) => search(null, { ...filters, holds: ref }))),
      parts.length
        ? searchParts(parts, async (alt) => (await search(fold.toIndex(alt), filters)).results, (content, p) => p.alternatives.some((a) => content.includes(fold.toIndex(a))))
        : undefined,
      Promise.all(said.map((p) => search(term, { ...filters, says: fold.toIndex(p.text) }))),
    ]);
    // Real content first; then, for a question of several parts, the pages that match more of
    // it (Pagefind leaves out a word it does not know, and weighs a single character like any word).
    const real = realOnly && new Set(realOnly.results.map((r) => r.id));
    const covered = found && parts.length > 1 && !newest ? new Map(found.hits.map((h) => [h.result.id, h.matched.length])) : undefined;
    const saying = saidSets.map((s) => new Set(s.results.map((r) => r.id)));
    const key = (r: PagefindResult) => (real?.has(r.id) ? 1000 : 0) + (covered?.get(r.id) ?? 0) + saying.filter((s) => s.has(r.id)).length;
    // No page says any word of the question: what Pagefind found, it found character by character.
    const nowhere = !!found && found.missing.length === parts.length;
    let results = nowhere ? [] : all.results.map((r, i) => ({ r, i, k: key(r) })).sort((a, b) => b.k - a.k || a.i - b.i).map(({ r }) => r);
    const pinned = pinnedSets.flatMap((s) => s.results);
    const held = heldSets.flatMap((s) => s.results);
    const first = [...new Map([...pinned, ...held].map((r) => [r.id, r])).values()];
    if (first.length) {
      const ids = new Set(first.map((r) => r.id));
      results = [...first, ...results.filter((r) => !ids.has(r.id))];
    }
    const precise = exact.length && pinned.length ? { term: state.q.trim(), count: first.length } : undefined;
    let partial: Outcome['partial'] = found && { matched: new Map(), missing: found.missing };
    if (found && !nowhere && results.length < FEW) {
      // Every real page (a filter, no words), to rank samples after real content here too.
      const real = new Set((await search(null, { ...filters, real: 'yes' })).results.map((r) => r.id));
      ({ results, partial } = withParts(results, rankHits(found, (id) => real.has(id))));
    }
    const counts: Outcome['counts'] = {};
    for (const facet of withCounts ? FACETS : []) {
      const source = facet in filters ? await search(term, omit(filters, facet)) : all;
      counts[facet] = source.filters[facet] ?? {};
    }
    const words = [...new Set(parts.flatMap((p) => p.alternatives.map((a) => fold.toIndex(a))))];
    return { results, counts, words, asked: fold.toIndex(fold.toSimplified(state.q)), ...(partial ? { partial } : {}), ...(precise ? { precise } : {}) };
  };
  return { run, warm };
}

/**
 * The words a question's searches look up (as `run` makes them): the whole question, and each
 * part's words and synonyms, folded into the index's script. Filter-only searches read no word index.
 */
function termsOf(question: ReturnType<typeof planQuery>, toIndex: (s: string) => string): string[] {
  const term = toIndex(question.term.trim());
  return term ? [term, ...question.parts.flatMap((p) => p.alternatives.map(toIndex))] : [];
}

/** Facet counts of searches that found different pages, added up. */
function sumCounts(all: Counts[]): Counts {
  const sum: Counts = {};
  for (const counts of all) {
    for (const [facet, values] of Object.entries(counts)) {
      const into = (sum[facet] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}

/**
 * Fetch results' texts, the first few alone: on a slow connection they arrive sooner when they
 * do not share it with the rest, and the first result is shown as soon as its text is here.
 */
function prefetchTexts(results: PagefindResult[], first = 3): void {
  const quietly = (r: PagefindResult) => r.data().catch(() => undefined);
  void Promise.all(results.slice(0, first).map(quietly)).then(() => results.slice(first).forEach(quietly));
}

/** The whole question's results, then the pages found by its parts (those matching all parts first). */
function withParts(results: PagefindResult[], found: PartialOutcome): { results: PagefindResult[]; partial: NonNullable<Outcome['partial']> } {
  const have = new Set(results.map((r) => r.id));
  const added = found.hits.filter((h) => !have.has(h.result.id));
  const matched = new Map(added.filter((h) => h.matched.length < found.of).map((h) => [h.result.id, h.matched]));
  return { results: [...results, ...added.map((h) => h.result)], partial: { matched, missing: found.missing } };
}
