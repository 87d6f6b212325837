import { hasHan, type Converter } from './convert.ts';
import type { TargetEdition } from './html.ts';

const TEXT = /<(title|description|category)>([\s\S]*?)<\/\1>/g;
const URL_ELEMENT = /<(link|guid)(\s[^>]*)?>([^<]+)<\/\1>/g;

/**
 * The news feed in another edition: titles, summaries and categories converted, links to
 * this site's pages moved under the edition's prefix, <language> set. The feed is the one
 * src/pages/news/rss.xml.ts writes, so its elements hold plain escaped text (no CDATA).
 */
export function convertFeed(xml: string, convert: Converter, to: TargetEdition, site: string): string {
  const origin = new URL(site).origin;
  return xml
    .replace(TEXT, (whole, tag: string, text: string) => (hasHan(text) ? `<${tag}>${convert(text)}</${tag}>` : whole))
    .replace(URL_ELEMENT, (whole, tag: string, attrs: string | undefined, url: string) => {
      if (!URL.canParse(url)) return whole;
      const u = new URL(url);
      if (u.origin !== origin || u.pathname === to.prefix || u.pathname.startsWith(`${to.prefix}/`)) return whole;
      u.pathname = `${to.prefix}${u.pathname}`;
      return `<${tag}${attrs ?? ''}>${u.href}</${tag}>`;
    })
    .replace(/<language>[^<]*<\/language>/, `<language>${to.lang}</language>`);
}
