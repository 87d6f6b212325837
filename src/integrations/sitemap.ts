import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { EDITIONS, TRADITIONAL, canonicalPath, isPageHref, traditionalEnabled } from '../lib/editions/editions.ts';

type Hooks = AstroIntegration['hooks'];
type BuildDone = Parameters<NonNullable<Hooks['astro:build:done']>>[0];

/** Pages that are public but not for search engines (noindex): the component examples, the 注音 versions, the offline page. */
const NOT_LISTED = [/^\/examples\//, /\/zhuyin\/$/, /^\/offline\/$/];

/** Is this URL a public page that belongs in the sitemap? Feeds, data files and 404 are not. */
export function inSitemap(url: string): boolean {
  const path = canonicalPath(new URL(url).pathname);
  return isPageHref(path) && !path.endsWith('rss.xml') && !path.startsWith('/404') && !NOT_LISTED.some((re) => re.test(path));
}

/**
 * @astrojs/sitemap for both editions. The Traditional pages are written after Astro's
 * build (traditional-edition.ts), so Astro does not list them: they are added here, one
 * twin per Simplified page, and the sitemap links each pair with hreflang alternates.
 */
export function portalSitemap(): AstroIntegration {
  const inner = sitemap({
    filter: inSitemap,
    i18n: { defaultLocale: 'zh-hans', locales: { 'zh-hans': EDITIONS['zh-hans'].lang, 'zh-hant': EDITIONS['zh-hant'].lang } },
  });
  const hooks = inner.hooks as Record<string, ((params: unknown) => void | Promise<void>) | undefined>;
  return {
    name: 'zhuxue:sitemap',
    hooks: {
      'astro:routes:resolved': async (params) => hooks['astro:routes:resolved']?.(params),
      'astro:config:done': async (params) => hooks['astro:config:done']?.(params),
      'astro:build:done': async (params: BuildDone) => {
        const twins = traditionalEnabled() ? params.pages.map((p) => ({ pathname: `${TRADITIONAL.prefix.slice(1)}/${p.pathname.replace(/^\//, '')}` })) : [];
        await hooks['astro:build:done']?.({ ...params, pages: [...params.pages, ...twins] });
      },
    },
  };
}
