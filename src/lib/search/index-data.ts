import type { LoadedContent } from '../content/loaded.ts';
import { escapeText } from '../content/html-jsx.ts';
import type { LookupData } from './lookup.ts';
import type { SearchRecord } from './records.ts';

const attribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
const empty = (attr: string, value: string) => `<span ${attr}="${attribute(value)}"></span>`;

/**
 * The HTML document Pagefind indexes for one record (never published): the title and
 * strong words weigh 10, the rest 1; filters, sort and meta ride on empty elements, so
 * they add no words. `href` (meta) is the result's address in its edition, anchor
 * included: the file's own path is only a place to keep it. The Traditional edition
 * converts this document like any page. `said`: the word-list words the record says (wordsSaid);
 * `part`: the index shard it is in, when there are several (src/lib/search/shards.ts).
 */
export function recordDocument(r: SearchRecord, href: string, said: readonly string[] = [], part?: string): string {
  const filters = Object.entries(r.filters).flatMap(([facet, values]) => values.map((v) => empty('data-pagefind-filter', `${facet}:${v}`)));
  const meta = [
    ['href', href], ['kind', r.kind], ['date', r.date], ['docNumber', r.docNumber], ['validity', r.validity],
  ].flatMap(([k, v]) => (v ? [empty('data-pagefind-meta', `${k}:${v}`)] : []));
  const title = escapeText(r.title);
  return [
    `<!doctype html><html lang="zh-Hans"><head><title>${title}</title></head><body><main data-pagefind-body>`,
    `<h1 data-pagefind-weight="10">${title}</h1>`,
    ...r.strong.map((s) => `<p data-pagefind-weight="10">${escapeText(s)}</p>`),
    r.html,
    ...filters,
    // Real content is marked, samples are not: the filter index stays as small as the real content.
    ...(r.sample ? [] : [empty('data-pagefind-filter', 'real:yes')]),
    ...(r.ref ? [empty('data-pagefind-filter', `ref:${r.ref}`)] : []),
    ...(r.holds ?? []).map((ref) => empty('data-pagefind-filter', `holds:${ref}`)),
    // The word lists' words this record says verbatim (wordsSaid; question.ts, QueryWords.says); the Traditional edition's are converted with the document.
    ...said.map((w) => empty('data-pagefind-filter', `says:${w}`)),
    // Which shard: the search page searches each alone for "newest first" (src/search/engine.ts).
    ...(part ? [empty('data-pagefind-filter', `part:${part}`)] : []),
    ...meta,
    empty('data-pagefind-sort', `date:${r.date}`),
    '</main></body></html>',
  ].join('');
}

/** The words of `says` (QueryWords.says) a record's text holds verbatim: its `says:` filter values. */
export const wordsSaid = (text: string, says: readonly string[] = []) => says.filter((w) => text.includes(w));

const DOC_NUMBER = /^(.+)〔(\d{4})〕(\d+)号$/;

/** The tables precise lookups need (lookup.ts): policies by 文号, laws by their names. */
export function lookupData(c: LoadedContent): LookupData {
  return {
    policies: [...c.policies].flatMap(([id, p]) => {
      const m = p.docNumber ? DOC_NUMBER.exec(p.docNumber) : null;
      return m ? [{ ref: `policy:${id}`, org: m[1] ?? '', year: Number(m[2]), num: Number(m[3]) }] : [];
    }),
    laws: [...c.law].map(([id, l]) => ({
      ref: `law:${id}`,
      names: [...new Set([l.shortName, l.title, l.title.replace(/^中华人民共和国/, '')])],
      articles: l.articles.map((a) => a.number).sort((a, b) => a - b),
    })),
  };
}
