import { hasHan, type Converter } from './convert.ts';
import { absolute, type TargetEdition } from './html.ts';

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
    .replace(URL_ELEMENT, (whole, tag: string, attrs: string | undefined, url: string) =>
      (URL.canParse(url) && new URL(url).origin === origin ? `<${tag}${attrs ?? ''}>${absolute(url, to)}</${tag}>` : whole))
    .replace(/<language>[^<]*<\/language>/, `<language>${to.lang}</language>`);
}
