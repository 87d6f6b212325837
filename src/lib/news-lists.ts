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

/** The first page's path of a list; later pages add page/N/. */
export function listPath(kind: ListKind | 'all', key = ''): string {
  return kind === 'all' ? '/news/' : `/news/${kind}/${encodeURIComponent(key)}/`;
}

export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
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

/** Split a list into pages of PAGE_SIZE; an empty list still has its first page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}
