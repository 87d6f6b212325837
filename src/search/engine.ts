import { FACETS, type Facet } from '../lib/search/facets.ts';
import { createFolder, type FoldData } from '../lib/search/fold.ts';
import { preciseRefs, type LookupData } from '../lib/search/lookup.ts';
import { isIdle, type SearchState } from '../lib/search/state.ts';

/** The parts of Pagefind's browser API this page uses (Pagefind ships no types for it). */
export interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
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
}
interface PagefindModule {
  createInstance: (o: { basePath: string; noWorker?: boolean }) => Pagefind;
}

export interface Engine {
  /** Search: the results for a state, with facet counts when asked for. */
  run: (state: SearchState, withCounts: boolean) => Promise<Outcome | undefined>;
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
}

const omit = (filters: Filters, key: string) => Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));

/**
 * Search one edition's bundle. The query is folded into the bundle's script first, so it
 * may be typed in Simplified or Traditional. Sample content ranks after real content.
 */
export async function createEngine(bundle: string): Promise<Engine> {
  const [module, data] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>,
    fetch(`${bundle}search-data.json`).then((r) => r.json() as Promise<{ fold: FoldData; lookup: LookupData }>),
  ]);
  // No worker: one search costs a few milliseconds here, a round trip to a worker more, and
  // the worker script is 12 kB more to download on a phone.
  const pagefind = module.createInstance({ basePath: bundle, noWorker: true });
  await pagefind.options({ excerptLength: 36 });
  await pagefind.init();
  const fold = createFolder(data.fold);
  // Every filter index, for the facet counts: fetched only when the reader opens the filters
  // or arrives with one set (at 10,000 news they weigh ~100 kB, more than a query's index).
  let filtersLoaded: Promise<unknown> | undefined;
  async function search(term: string | null, filters: Filters, sort = {}): Promise<PagefindSearch> {
    return (await pagefind.search(term, { filters, sort })) ?? { results: [], filters: {} };
  }

  const warm = (q: string) => {
    const term = fold.toIndex(q.trim());
    if (term) void pagefind.preload(term).catch(() => undefined);
  };
  const run: Engine['run'] = async (state, withCounts) => {
    if (isIdle(state)) return undefined;
    if (withCounts) await (filtersLoaded ??= pagefind.filters());
    const term = fold.toIndex(state.q.trim()) || null;
    const filters: Filters = Object.fromEntries(Object.entries(state.filters));
    // With no words there is no relevance: newest first is the useful order.
    const newest = state.sort === 'newest' || !term;
    const refs = preciseRefs(fold.toSimplified(state.q), data.lookup);
    // The searches run side by side: each waits on its own small fetches (index, filter).
    const [all, realOnly, pinnedSets] = await Promise.all([
      search(term, filters, newest ? { date: 'desc' } : {}),
      // Only real content carries the "real" filter, so this index stays tiny however many samples there are.
      newest ? undefined : search(term, { ...filters, real: 'yes' }),
      Promise.all(refs.map((ref) => search(null, { ...filters, ref }))),
    ]);
    let results = all.results;
    if (realOnly) {
      const real = new Set(realOnly.results.map((r) => r.id));
      results = [...results.filter((r) => real.has(r.id)), ...results.filter((r) => !real.has(r.id))];
    }
    const pinned = pinnedSets.flatMap((s) => s.results);
    if (pinned.length) {
      const ids = new Set(pinned.map((r) => r.id));
      results = [...pinned, ...results.filter((r) => !ids.has(r.id))];
    }
    const counts: Outcome['counts'] = {};
    for (const facet of withCounts ? FACETS : []) {
      const source = facet in filters ? await search(term, omit(filters, facet)) : all;
      counts[facet] = source.filters[facet] ?? {};
    }
    return { results, counts };
  };
  return { run, warm };
}
