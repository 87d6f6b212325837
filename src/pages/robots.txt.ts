import type { APIContext } from 'astro';
import { siteUrl } from '../lib/site-url.ts';

/** Everything public may be crawled; the sitemap lists both editions. /admin/ is never deployed, and says so. */
export function GET(context: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', context.site ?? siteUrl()).href;
  return new Response(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
