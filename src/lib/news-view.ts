import type { CollectionEntry } from 'astro:content';
import { PROGRAMS } from '../schemas/common.ts';
import { ui } from '../i18n/index.ts';
import type { EntryItem } from '../components/EntryList.astro';
import { fill, formatDate } from './format.ts';
import { LIST_KINDS, listPath, newsLists, pagePath, stablePages, type ListKind } from './news-lists.ts';
import { routes } from './routes.ts';
import type { Site } from './site-data.ts';

type News = CollectionEntry<'news'>;

/** Links between a list's pages; absent where there is none (or it is the same as the next one over). */
export interface ListNav { newest?: string | undefined; newer?: string | undefined; older?: string | undefined; oldest?: string | undefined }

/** One page of a news list, ready to render. */
export interface NewsListPage {
  path: string;
  /** The list's name; undefined for all news. */
  name: string | undefined;
  kind: ListKind | 'all';
  key: string;
  /** The list's length: said on its first page only (every other page stays as it was when an item is added). */
  total: number;
  items: EntryItem[];
  /** 0: the list's own address; N: page/N/, counted from the oldest (src/lib/news-lists.ts). */
  page: number;
  /** The dates the page spans, oldest to newest, as shown: 2024年3月1日至3月20日. */
  range: string;
  /** The newest item's date on this page (the page's “updated”), if any. */
  updated: string | undefined;
  nav: ListNav;
}

/** A link to one list, with its count: what the “browse” box and news pages show. */
export interface ListLink { kind: ListKind; key: string; name: string; href: string; count: number }

export function listName(kind: ListKind, key: string, site: Pick<Site, 'lookups'>): string {
  const t = ui();
  if (kind === 'program') return t.programs[key as keyof typeof t.programs];
  if (kind === 'city') return site.lookups.regionName(key);
  if (kind === 'year') return fill(t.news.yearName, { name: key });
  return key;
}

export function entryItem(n: News, site: Pick<Site, 'unpublishedBadge'>): EntryItem {
  const t = ui();
  return {
    href: routes.newsItem(n.id),
    title: n.data.title,
    meta: [formatDate(n.data.publishedOn), n.data.unit, n.data.programs.map((p) => t.programs[p]).join('、')],
    summary: n.data.summary,
    sample: n.data.sample,
    status: site.unpublishedBadge('news', n.data),
  };
}

const built = new WeakMap<Site, NewsListPage[]>();

/**
 * Every news list page of the site: all news, then each program, city, year and tag, in pages
 * that stay put as news is added (src/lib/news-lists.ts). Built once per build: three routes and the browse box all read it.
 */
export function newsListPages(site: Site): NewsListPage[] {
  let pages = built.get(site);
  if (!pages) built.set(site, (pages = buildListPages(site)));
  return pages;
}

function buildListPages(site: Site): NewsListPage[] {
  const t = ui();
  const lists = [
    { kind: 'all' as const, key: '', items: site.news },
    ...newsLists(site.news, { programs: PROGRAMS, cities: site.regions.map((r) => r.id) }),
  ];
  return lists.flatMap((list) => {
    const base = listPath(list.kind, list.key);
    const pages = stablePages(list.items);
    const hrefs = pages.map((p) => pagePath(base, p.page));
    const oldest = pages.length > 1 ? hrefs.at(-1) : undefined;
    return pages.map((p, i) => {
      const from = p.items.at(-1)?.data.publishedOn;
      const to = p.items[0]?.data.publishedOn;
      const older = hrefs[i + 1];
      const newer = i > 0 ? hrefs[i - 1] : undefined;
      return {
        path: hrefs[i]!,
        name: list.kind === 'all' ? undefined : listName(list.kind, list.key, site),
        kind: list.kind, key: list.key, total: list.items.length,
        items: p.items.map((n) => entryItem(n, site)), page: p.page,
        range: from && to ? (from === to ? formatDate(to) : fill(t.news.range, { from: formatDate(from), to: formatDate(to) })) : '',
        updated: to,
        nav: {
          newest: i > 1 ? base : undefined,
          newer,
          older,
          oldest: older !== oldest ? oldest : undefined,
        },
      };
    });
  });
}

/** The browse box: every list by kind, with counts (the first page of each list knows its total). */
export function browseLinks(site: Site): { kind: ListKind; links: ListLink[] }[] {
  const firsts = newsListPages(site).filter((p) => p.page === 0);
  return LIST_KINDS.map((kind) => ({
    kind,
    links: firsts.filter((p) => p.kind === kind).map((p) => ({ kind, key: p.key, name: p.name ?? p.key, href: p.path, count: p.total })),
  })).filter((g) => g.links.length > 0);
}

/** The lists one news item is filed under: its programs, cities, year and tags. */
export function filedUnder(n: News, site: Site): Omit<ListLink, 'count'>[] {
  const keys: [ListKind, string][] = [
    ...n.data.programs.map((p) => ['program', p] as [ListKind, string]),
    ...n.data.cities.map((c) => ['city', c] as [ListKind, string]),
    ['year', n.data.publishedOn.slice(0, 4)],
    ...n.data.tags.map((tag) => ['tag', tag] as [ListKind, string]),
  ];
  return keys.map(([kind, key]) => ({ kind, key, name: listName(kind, key, site), href: listPath(kind, key) }));
}
