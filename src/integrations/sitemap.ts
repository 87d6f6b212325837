import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITION_IDS, EDITIONS, canonicalPath, isPageHref, pathIn, traditionalEnabled } from '../lib/editions/editions.ts';
import { siteUrl } from '../lib/site-url.ts';

/** Pages that are public but not for search engines (noindex): the component examples, the 注音 versions, the offline page. */
const NOT_LISTED = [/^\/examples\//, /\/zhuyin\/$/, /^\/offline\/$/];

/** Is this URL a public page that belongs in the sitemap? Feeds, data files and 404 are not. */
export function inSitemap(url: string): boolean {
  const path = canonicalPath(new URL(url).pathname);
  return isPageHref(path) && !path.endsWith('rss.xml') && !path.startsWith('/404') && !NOT_LISTED.some((re) => re.test(path));
}

/** URLs per sitemap file: the protocol allows 50,000. */
export const SITEMAP_LIMIT = 45_000;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The sitemap files for Simplified pages' paths (as Astro names them: "news/x/"): every listed
 * page in each edition, each linking to both with hreflang. Made here in one pass: @astrojs/sitemap
 * compared every URL with every other to pair the editions, 4.9 s of a build at 10,000 news.
 */
export function sitemapFiles(pathnames: readonly string[], site: string, editions = EDITION_IDS, limit = SITEMAP_LIMIT): Map<string, string> {
  const paths = [...new Set(pathnames.map((p) => `/${p.replace(/^\//, '')}`))].filter((p) => inSitemap(new URL(p, site).href)).sort();
  const urls = paths.flatMap((path) => {
    const links = editions.length > 1
      ? editions.map((e) => `<xhtml:link rel="alternate" hreflang="${EDITIONS[e].lang}" href="${escape(new URL(pathIn(e, path), site).href)}"/>`).join('')
      : '';
    return editions.map((e) => `<url><loc>${escape(new URL(pathIn(e, path), site).href)}</loc>${links}</url>`);
  });
  const files = new Map<string, string>();
  const head = '<?xml version="1.0" encoding="UTF-8"?>';
  const maps: string[] = [];
  for (let i = 0; i * limit < Math.max(urls.length, 1); i++) {
    const name = `sitemap-${i}.xml`;
    maps.push(`<sitemap><loc>${escape(new URL(name, site).href)}</loc></sitemap>`);
    files.set(name, `${head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.slice(i * limit, (i + 1) * limit).join('')}</urlset>`);
  }
  files.set('sitemap-index.xml', `${head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${maps.join('')}</sitemapindex>`);
  return files;
}

/**
 * /sitemap-index.xml and its sitemap files: every public page of both editions (the Traditional
 * pages, written after Astro's build by traditional-edition.ts, are each Simplified page's twin).
 */
export function portalSitemap(): AstroIntegration {
  let site = `${siteUrl()}/`;
  return {
    name: 'zhuxue:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site.endsWith('/') ? config.site : `${config.site}/`;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const files = sitemapFiles(pages.map((p) => p.pathname), site, traditionalEnabled() ? EDITION_IDS : ['zh-hans']);
        for (const [name, xml] of files) writeFileSync(join(fileURLToPath(dir), name), xml);
        logger.info(`网站地图：${files.size - 1} 个文件`);
      },
    },
  };
}
