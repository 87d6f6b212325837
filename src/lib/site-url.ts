/**
 * The portal's public address, set once: PORTAL_SITE_URL (for example
 * https://zhuxue.sdgh.example). Every absolute URL the site writes comes from it: canonical,
 * hreflang, sitemap, robots.txt, feeds, Open Graph, JSON-LD, open data and citations.
 * Unset, the build uses a placeholder that a deploy refuses to publish (scripts/deploy.ts).
 */
export const PLACEHOLDER_SITE = 'https://zhuxue.example.org';

/** The address with no trailing slash; throws a Chinese message naming the setting when it is malformed. */
export function siteUrl(value = process.env['PORTAL_SITE_URL']): string {
  if (!value) return PLACEHOLDER_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PORTAL_SITE_URL「${value}」不是网址：请写成 https://zhuxue.sdgh.example 这样的完整地址`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`PORTAL_SITE_URL「${value}」应只有协议和域名（可带端口），例如 https://zhuxue.sdgh.example：网站发布在域名的根目录`);
  }
  return url.origin;
}

export const isPlaceholderSite = (url: string) => new URL(url).origin === PLACEHOLDER_SITE;
