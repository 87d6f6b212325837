import type { Program } from '../schemas/common.ts';

/** News per list page: short enough for a cheap phone, long enough to scan a season. */
export const PAGE_SIZE = 20;

/** The ways news is grouped, each with its own list pages. */
export const LIST_KINDS = ['program', 'city', 'year', 'tag'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export interface NewsLike {
  id: string;
  data: { publishedOn: string; programs: Program[]; cities: string[]; tags: string[] };
}

export interface NewsList<N extends NewsLike> {
  kind: ListKind;
  /** The URL segment: a program or region id, a year, or the tag as written. */
  key: string;
  items: N[];
}

/** The list's own address (its newest page); older pages add page/N/, N counted from the oldest. */
export function listPath(kind: ListKind | 'all', key = ''): string {
  return kind === 'all' ? '/news/' : `/news/${kind}/${encodeURIComponent(key)}/`;
}

/** Page 0 is the list's own address. */
export function pagePath(base: string, page: number): string {
  return page < 1 ? base : `${base}page/${page}/`;
}

/**
 * Every list a news item belongs to, built once: by program, city, year and tag, with the
 * items newest first (as given). Lists keep the order of first appearance of their keys
 * within each kind, except years (newest first) and programs and cities (catalogue order).
 */
export function newsLists<N extends NewsLike>(news: readonly N[], order: { programs: readonly string[]; cities: readonly string[] }): NewsList<N>[] {
  const groups = new Map<string, NewsList<N>>();
  const add = (kind: ListKind, key: string, item: N) => {
    const id = `${kind}\u0000${key}`;
    const list = groups.get(id) ?? { kind, key, items: [] };
    list.items.push(item);
    groups.set(id, list);
  };
  for (const n of news) {
    for (const p of n.data.programs) add('program', p, n);
    for (const c of n.data.cities) add('city', c, n);
    add('year', n.data.publishedOn.slice(0, 4), n);
    for (const tag of new Set(n.data.tags)) add('tag', tag, n);
  }
  const rank = (l: NewsList<N>) =>
    l.kind === 'program' ? order.programs.indexOf(l.key) : l.kind === 'city' ? order.cities.indexOf(l.key) : l.kind === 'year' ? -Number(l.key) : 0;
  return [...groups.values()].sort((a, b) => LIST_KINDS.indexOf(a.kind) - LIST_KINDS.indexOf(b.kind) || rank(a) - rank(b) || (a.kind === 'tag' ? b.items.length - a.items.length || a.key.localeCompare(b.key, 'zh') : 0));
}

/** One page of a list: `page` 0 is the list's own address, N ≥ 1 its page/N/. */
export interface ListPage<T> { page: number; items: T[] }

/**
 * Split a list (newest first) into pages that keep their items as news is added. Counted from
 * the oldest, page N holds the (N−1)·20+1-th to the N·20-th oldest item, so it never changes
 * once full; the list's own address shows the newest page, with the one before it while the
 * newest holds fewer than half a page (so 10–29 items there). Publishing one item changes the
 * first page only, and every 20 items one more (a page left behind). Why: at 10,000 news,
 * numbering from the newest moved every item of every page of every list it was filed under,
 * 2,500 pages per edition to build, convert and compress again for one item (#29).
 * Pages in reading order: the first, then from the newest to page 1. An empty list has one empty page.
 */
export function stablePages<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const n = items.length;
  const full = Math.ceil(n / size);
  if (full <= 1) return [{ page: 0, items: [...items] }];
  const newest = n - (full - 1) * size;
  const onFirst = newest < size / 2 ? 2 : 1;
  const pages: ListPage<T>[] = [{ page: 0, items: items.slice(0, newest + (onFirst - 1) * size) }];
  for (let k = full - onFirst; k >= 1; k--) pages.push({ page: k, items: items.slice(n - k * size, n - (k - 1) * size) });
  return pages;
}
