/**
 * The site's two script editions. Simplified is canonical at the root; Traditional is
 * generated from every built page under /zh-hant/ (src/integrations/traditional-edition.ts).
 * Pages are rendered once, in Simplified, and never need to know which edition they are in.
 */
export const EDITIONS = {
  'zh-hans': { lang: 'zh-Hans', prefix: '', label: '简体', ogLocale: 'zh_CN' },
  'zh-hant': { lang: 'zh-Hant', prefix: '/zh-hant', label: '繁體', ogLocale: 'zh_TW' },
} as const;

export type EditionId = keyof typeof EDITIONS;
export const EDITION_IDS = Object.keys(EDITIONS) as EditionId[];
export const TRADITIONAL = EDITIONS['zh-hant'];

/** Set PORTAL_TRADITIONAL=off to build the Simplified edition alone (the benchmark compares). */
export function traditionalEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['PORTAL_TRADITIONAL'] !== 'off';
}

/** The Simplified path of any page path: /zh-hant/news/ → /news/. */
export function canonicalPath(path: string): string {
  const { prefix } = TRADITIONAL;
  if (path === prefix || path === `${prefix}/`) return '/';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** The same page in the given edition: /news/ → /zh-hant/news/. */
export function pathIn(edition: EditionId, path: string): string {
  return `${EDITIONS[edition].prefix}${canonicalPath(path)}`;
}

/** The path Astro reports for a page, as a visitor's URL: the 404 page is served as /404.html. */
export function pagePath(astroPathname: string): string {
  return /^\/404\/?$/.test(astroPathname) ? '/404.html' : astroPathname;
}

/** One entry per edition plus x-default (Simplified), for <link rel="alternate" hreflang>. */
export function alternates(path: string, site: string): { hreflang: string; href: string }[] {
  const abs = (edition: EditionId) => new URL(pathIn(edition, path), site).href;
  return [
    ...EDITION_IDS.map((e) => ({ hreflang: EDITIONS[e].lang, href: abs(e) })),
    { hreflang: 'x-default', href: abs('zh-hans') },
  ];
}

/**
 * Does this href lead to a page (which has a twin in each edition), rather than a shared
 * asset such as CSS, an icon, a download or the search index?
 */
export function isPageHref(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const path = href.replace(/[?#].*$/, '');
  if (/^\/(?:_astro|pagefind)\//.test(path)) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  // The news feed has a twin in each edition too (the Traditional one is converted with the pages),
  // and so has the web app manifest (src/integrations/web-app.ts).
  return last === '' || last.endsWith('.html') || last === 'rss.xml' || last === 'manifest.webmanifest' || !last.includes('.');
}
