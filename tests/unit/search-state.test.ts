import { describe, expect, it } from 'vitest';
import { isIdle, readState, writeState } from '../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  it('reads the query, the facets and the order, ignoring anything else', () => {
    expect(readState(new URLSearchParams('q=%20困难职工%20&kind=news&city=jinan&sort=newest&utm=x&year='))).toEqual({
      q: '困难职工', filters: { kind: 'news', city: 'jinan' }, sort: 'newest',
    });
    expect(readState(new URLSearchParams('sort=random')).sort).toBe('relevance');
  });

  it('writes one URL per search: fixed order, no defaults, round trip exact', () => {
    const state = { q: '教育法 38', filters: { year: '2018', kind: 'law' }, sort: 'relevance' as const };
    const url = writeState(state);
    expect(url).toBe('?q=%E6%95%99%E8%82%B2%E6%B3%95+38&kind=law&year=2018');
    expect(readState(new URLSearchParams(url))).toEqual({ ...state, filters: { kind: 'law', year: '2018' } });
    expect(writeState({ q: ' ', filters: {}, sort: 'relevance' })).toBe('');
  });

  it('is idle with neither words nor filters', () => {
    expect(isIdle(readState(new URLSearchParams('')))).toBe(true);
    expect(isIdle(readState(new URLSearchParams('kind=law')))).toBe(false);
  });
});
