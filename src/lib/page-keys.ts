import { createHash } from 'node:crypto';
import type { NewsListPage } from './news-view.ts';
import type { Site } from './site-data.ts';

/**
 * Cache keys for Astro's incremental build (astro.config.mjs: experimental.incrementalBuild):
 * a page whose key and code are unchanged since the last build is not rendered again. Only the
 * pages there are thousands of carry one (news, their 注音 versions, news lists); every other
 * page is rendered on every build. A key covers what a page may show besides its own data:
 * all content except news (a news page cites the law, quotes figures, names regions) and the
 * build's settings. Not the date: what a page shows because of today (published, review due)
 * is in its own data, which the routes put into its key.
 */
const sharedKeys = new WeakMap<Site, string>();

function shared(site: Site): string {
  let key = sharedKeys.get(site);
  if (key === undefined) {
    const entries = (list: readonly { id: string; data: unknown; rendered?: { html: string } | undefined }[]) => list.map((e) => [e.id, e.data, e.rendered?.html]);
    const settings = Object.entries(process.env).filter(([k]) => k.startsWith('PORTAL_') && k !== 'PORTAL_OUT_DIR').sort();
    key = createHash('sha256').update(JSON.stringify([
      settings, entries(site.policies), entries(site.guides), entries(site.law), entries(site.figures),
      site.cumulative?.data, site.regions, site.selfCheck?.data, [...site.aid.aid], [...site.aid.aidContacts], site.readingOverrides,
    ])).digest('hex');
    sharedKeys.set(site, key);
  }
  return key;
}

/** A page's cache key: the site's shared content and settings, and what this page shows of its own. */
export function pageKey(site: Site, ...own: unknown[]): string {
  return createHash('sha256').update(shared(site)).update(JSON.stringify(own)).digest('hex');
}

/**
 * A news list page's key: what it lists and links to. An older page shows no count (so its key
 * has none either): it stays as it was when an item is added (src/lib/news-lists.ts).
 */
export function listKey(site: Site, list: NewsListPage): string {
  return pageKey(site, 'list', { ...list, total: list.page === 0 ? list.total : undefined });
}
