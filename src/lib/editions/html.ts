import { Parser } from 'htmlparser2';
import { hasHan, type Converter } from './convert.ts';
import { applyEdits, type Edit } from '../html-edits.ts';
import { isPageHref } from './editions.ts';
import { RUN_CLOSE, RUN_OPEN, RUN_PATTERN, RUN_PLAIN } from '../zhuyin/markup.ts';

/** Text in these is not prose for readers: code, scripts and styles stay as written. */
const VERBATIM = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var']);
/**
 * Attributes a reader sees or hears: a tooltip, an image description, a screen-reader label,
 * and the values of data-pagefind-* attributes shown beside search results (their keys are
 * ASCII ids, which conversion never touches).
 */
const READER_ATTRIBUTES = new Set([
  'alt', 'title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext',
  'aria-placeholder', 'placeholder', 'label', 'data-pagefind-filter', 'data-pagefind-meta',
]);
/** <meta> whose content is shown by browsers, search engines and link previews. */
const READER_META = /^(?:description|keywords|application-name|og:title|og:description|og:site_name|og:image:alt|twitter:title|twitter:description)$/;

export interface TargetEdition {
  /** The <html lang> of the result, e.g. zh-Hant. */
  lang: string;
  /** The path prefix of the result, e.g. /zh-hant. */
  prefix: string;
  /** og:locale of the result, e.g. zh_TW. */
  ogLocale?: string;
}

type Attribute = { name: string; value: string; quote: string | null | undefined };

/** Rewrite one start tag's attributes for the target edition; true when anything changed. */
function rewrite(tag: string, attrs: Attribute[], verbatim: boolean, convert: Converter, to: TargetEdition): boolean {
  let changed = false;
  const get = (name: string) => attrs.find((a) => a.name === name);
  const set = (a: Attribute, value: string) => {
    if (a.value === value) return;
    a.value = value;
    // A bare attribute that gains a value needs quotes; others keep their own.
    if (a.quote === undefined) a.quote = '"';
    changed = true;
  };
  const prefixPath = (href: string) => `${to.prefix}${href}`;
  for (const a of attrs) {
    if (READER_ATTRIBUTES.has(a.name) && !verbatim && hasHan(a.value)) set(a, convert(a.value));
  }
  const key = get('name')?.value ?? get('property')?.value ?? '';
  const content = get('content');
  if (tag === 'html' && get('lang')) set(get('lang')!, to.lang);
  if (tag === 'meta' && content && READER_META.test(key) && !verbatim) set(content, convert(content.value));
  if (tag === 'meta' && content && key === 'og:url') set(content, absolute(content.value, to));
  if (tag === 'meta' && content && key === 'og:locale' && to.ogLocale) set(content, to.ogLocale);
  // The news feed, and the web app manifest (each edition installs as its own app).
  const feed = tag === 'link' && (get('type')?.value === 'application/rss+xml' || get('rel')?.value === 'manifest') ? get('href') : undefined;
  if (feed && isPageHref(feed.value) && !isInside(feed.value, to)) set(feed, prefixPath(feed.value));
  if (tag === 'link' && get('rel')?.value === 'canonical' && get('href')) set(get('href')!, absolute(get('href')!.value, to));
  if (tag === 'input' && /^(?:submit|reset|button)$/.test(get('type')?.value ?? '') && get('value') && !verbatim) {
    set(get('value')!, convert(get('value')!.value));
  }
  const hreflang = get('hreflang');
  if ((tag === 'a' || tag === 'area') && hreflang) {
    // An explicit edition link (the 简体/繁體 switcher) keeps its target; only "current" moves.
    const current = hreflang.value.toLowerCase() === to.lang.toLowerCase();
    const existing = get('aria-current');
    if (current && !existing) {
      attrs.push({ name: 'aria-current', value: 'true', quote: '"' });
      changed = true;
    }
    if (!current && existing) {
      attrs.splice(attrs.indexOf(existing), 1);
      changed = true;
    }
  } else {
    const target = tag === 'form' ? get('action') : tag === 'a' || tag === 'area' ? get('href') : undefined;
    if (target && isPageHref(target.value) && !isInside(target.value, to)) set(target, prefixPath(target.value));
  }
  return changed;
}

const isInside = (href: string, to: TargetEdition) => href === to.prefix || href.startsWith(`${to.prefix}/`);

/** An absolute URL of this site in the target edition (its path under the edition's prefix). */
export function absolute(url: string, to: TargetEdition): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  if (!isInside(u.pathname, to)) u.pathname = `${to.prefix}${u.pathname}`;
  return u.href;
}

function serialize(tag: string, attrs: Attribute[], selfClosing: boolean): string {
  const parts = attrs.map((a) =>
    a.quote === undefined && a.value === '' ? a.name : `${a.name}="${a.quote === '"' ? a.value : a.value.replace(/"/g, '&quot;')}"`,
  );
  return `<${[tag, ...parts].join(' ')}${selfClosing ? ' /' : ''}>`;
}

/**
 * The same HTML page in another edition: reader text and reader-facing attributes
 * converted, <html lang> set, and every link to a page moved under the edition's prefix.
 * Untouched bytes stay byte-identical. Not converted: code, scripts, styles, anything
 * inside translate="no" (staff write <Keep>), ids, classes, URLs and other attributes.
 */
export function convertPage(html: string, convert: Converter, to: TargetEdition): string {
  // A 注音 page's annotated runs are set aside first: tokenising them would mean a callback
  // per character, and they convert as whole phrases anyway (see convertRuby).
  const runs: string[] = [];
  const input = html.replace(RUBY_RUN, (run) => `<span ${RUN_SLOT}="${runs.push(run) - 1}"></span>`);
  const keepRun: boolean[] = [];
  const edits: Edit[] = [];
  /** The open <script type="application/ld+json">, whose text is converted as data. */
  let jsonLd: { start: number; text: string } | undefined;
  /** Per open element: is its text verbatim? The root is prose. */
  const verbatim: boolean[] = [false];
  let attrs: Attribute[] = [];
  const parser = new Parser(
    {
      onopentagname: () => {
        attrs = [];
      },
      onattribute: (name, value, quote) => {
        attrs.push({ name, value, quote });
      },
      onopentag: (tag, _attribs, implied) => {
        const translate = attrs.find((a) => a.name === 'translate')?.value;
        const inherited = verbatim[verbatim.length - 1] ?? false;
        const mine = translate === 'no' ? true : translate === 'yes' ? false : inherited || VERBATIM.has(tag);
        verbatim.push(mine);
        if (tag === 'script' && attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json')) jsonLd = { start: -1, text: '' };
        const slot = runs.length ? attrs.find((a) => a.name === RUN_SLOT) : undefined;
        if (slot) keepRun[Number(slot.value)] = mine;
        if (implied || !rewrite(tag, attrs, mine, convert, to)) return;
        const source = input.slice(parser.startIndex, parser.endIndex + 1);
        edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text: serialize(tag, attrs, source.endsWith('/>')) });
      },
      onclosetag: () => {
        verbatim.pop();
        if (jsonLd && jsonLd.start >= 0) {
          edits.push({ start: jsonLd.start, end: jsonLd.start + jsonLd.text.length, text: convertJsonLd(jsonLd.text, convert, to) });
        }
        jsonLd = undefined;
      },
      ontext: (text) => {
        if (jsonLd) {
          if (jsonLd.start < 0) jsonLd.start = parser.startIndex;
          jsonLd.text += text;
          return;
        }
        if (verbatim[verbatim.length - 1] || !hasHan(text)) return;
        const out = convert(text);
        if (out !== text) edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text: out });
      },
    },
    { decodeEntities: false },
  );
  parser.end(input);
  const out = applyEdits(input, edits);
  if (!runs.length) return out;
  return out.replace(SLOT_TAG, (slot, n: string) => {
    const run = runs[Number(n)];
    // A placeholder that this call did not make (written in the page itself) stays as it is.
    if (run === undefined) return slot;
    return keepRun[Number(n)] ? run : convertRuby(run, convert);
  });
}

/** Keys of schema.org JSON-LD that hold this site's page URLs. */
const LD_URLS = new Set(['url', 'mainEntityOfPage', '@id']);

/**
 * A page's JSON-LD in another edition: text values converted, the page's own URLs moved
 * under the edition's prefix, inLanguage set. Other URLs (sources, schema.org) stay.
 */
export function convertJsonLd(json: string, convert: Converter, to: TargetEdition): string {
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value !== 'string') return value;
    if (key === 'inLanguage') return to.lang;
    if (LD_URLS.has(key)) return absolute(value, to);
    return hasHan(value) ? convert(value) : value;
  };
  return JSON.stringify(walk(JSON.parse(json), '')).replace(/</g, '\\u003c');
}

/** One annotated run of a 注音 page (src/lib/zhuyin/markup.ts), anywhere in a page and alone. */
const RUBY_RUN = new RegExp(RUN_PATTERN, 'g');
const RUN_PARTS = new RegExp(`^${RUN_PATTERN}$`);
/** The placeholder a run waits in while the rest of the page is converted. */
const RUN_SLOT = 'data-zy-run';
const SLOT_TAG = new RegExp(`<span ${RUN_SLOT}="(\\d+)"></span>`, 'g');
/**
 * One annotated run (see RUBY_RUN) in the Traditional edition. The plain text converts as
 * one phrase, and its characters replace the bases one by one, so 发/發/髮 follow their
 * context although each character stands alone before its <rt>. The pinyin is not
 * touched: both editions carry the readings computed on the Simplified text. When
 * conversion changes the length (it practically never does), each piece converts alone.
 */
export function convertRuby(run: string, convert: Converter): string {
  const [, annotated = '', plain = ''] = RUN_PARTS.exec(run) ?? [];
  const whole = hasHan(plain) ? convert(plain) : plain;
  if (whole === plain) return run;
  const chars = [...whole];
  if (chars.length !== [...plain].length) return run.replace(/(?<=>)[^<]+/g, (piece) => convert(piece));
  // The bases, in order, are the plain text: copy markup (and each <rt> whole), swap characters.
  let out = '';
  let next = 0;
  for (let i = 0; i < annotated.length; ) {
    if (annotated[i] === '<') {
      const close = annotated.startsWith('<rt>', i) ? annotated.indexOf('</rt>', i) + 5 : annotated.indexOf('>', i) + 1;
      out += annotated.slice(i, close);
      i = close;
    } else {
      const step = annotated.codePointAt(i)! > 0xffff ? 2 : 1;
      out += chars[next++];
      i += step;
    }
  }
  return `${RUN_OPEN}${out}${RUN_PLAIN}${whole}${RUN_CLOSE}`;
}
