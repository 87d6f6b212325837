/**
 * The portal's public address, set once: PORTAL_SITE_URL (for example
 * https://zhuxue.sdgh.example). Every absolute URL the site writes comes from it: canonical,
 * hreflang, sitemap, robots.txt, feeds, Open Graph, JSON-LD, open data and citations.
 * Unset, the build uses the local preview's own address (npm start serves there, so every
 * link works on this computer), which a deploy refuses to publish (scripts/deploy.ts).
 */
export const PLACEHOLDER_SITE = 'http://localhost:4321';

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

/** The build's warning when the public address is still the placeholder (printouts and their QR codes would point at it). */
export function placeholderWarning(site: string): string | undefined {
  return isPlaceholderSite(site)
    ? `没有设置网站的公开地址 PORTAL_SITE_URL：网址、订阅、引用和打印版的二维码用的是本机预览地址 ${new URL(site).origin}，只在这台电脑上能打开。正式构建前请设置它，例如 PORTAL_SITE_URL=https://zhuxue.sdgh.example npm run build（见 docs/deploy.md）。`
    : undefined;
}
