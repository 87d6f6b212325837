import { FACETS, SORTS, type Facet, type Sort } from './facets.ts';

/** Everything a search page shows is decided by this, and it lives in the URL. */
export interface SearchState {
  q: string;
  filters: Partial<Record<Facet, string>>;
  sort: Sort;
}

/** ?q=困难职工&kind=news&year=2018&sort=newest → state; unknown parameters and values are ignored. */
export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const f of FACETS) {
    const v = params.get(f)?.trim();
    if (v) filters[f] = v;
  }
  const sort = params.get('sort');
  return { q: params.get('q')?.trim() ?? '', filters, sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance' };
}

/** State → "?q=…&kind=…", in a fixed order and without defaults, so equal searches share one URL. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const f of FACETS) if (state.filters[f]) params.set(f, state.filters[f] as string);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when there is nothing to search for: no words and no filter. */
export const isIdle = (state: SearchState) => !state.q.trim() && Object.keys(state.filters).length === 0;
