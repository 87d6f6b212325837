import { escapeText } from '../content/html-jsx.ts';
import { routes } from '../routes.ts';
import { articleParagraphs, citationText } from './articles.ts';

/** What a citation shows: where it links, what it reads, and the article's text for the tip. */
export interface CiteTarget {
  lawId: string;
  lawTitle: string;
  number: number;
  text: string;
}

const attr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * The marker <Cite law="jiaoyu-fa" article={38} /> leaves in a rendered MDX body: a plain
 * link to the article, so even an unresolved marker goes somewhere. Pages resolve it.
 */
export function citeMarker(lawId: string, n: number): string {
  return `<a href="${attr(routes.lawArticle(lawId, n))}" data-cite="${attr(`${lawId}#art-${n}`)}">${escapeText(`${lawId} 第${n}条`)}</a>`;
}

const MARKER = /<a href="[^"]*" data-cite="([a-z0-9-]+)#art-(\d+)">[^<]*<\/a>/g;

/** Every article a rendered body cites, for the build's reference check. */
export function citedArticles(html: string): { lawId: string; number: number }[] {
  return [...html.matchAll(MARKER)].map((m) => ({ lawId: m[1] ?? '', number: Number(m[2]) }));
}

/**
 * A citation: a link to the article whose text shows in a tip on hover, focus or tap
 * (src/scripts/cite.ts adds tap and Escape). The tip is the link's description, so a
 * screen reader hears the article too. `id` must be unique on the page.
 */
export function citeHtml(t: CiteTarget, id: string): string {
  const text = articleParagraphs(t.text).map((p) => `<span class="cite-tip-para">${escapeText(p)}</span>`).join('');
  return `<span class="cite"><a class="cite-link" href="${attr(routes.lawArticle(t.lawId, t.number))}" aria-describedby="${attr(id)}">${escapeText(citationText(t.lawTitle, t.number))}</a>`
    + `<span class="cite-tip" role="tooltip" id="${attr(id)}">${text}</span></span>`;
}

type Find = (lawId: string, n: number) => CiteTarget | undefined;

/** Replace each citation marker whose article `find` knows with `render`'s markup. */
function replaceMarkers(html: string, find: Find, render: (t: CiteTarget, i: number) => string): { html: string; count: number } {
  let count = 0;
  const out = html.replace(MARKER, (whole, lawId: string, n: string) => {
    const target = find(lawId, Number(n));
    if (!target) return whole;
    count += 1;
    return render(target, count);
  });
  return { html: out, count };
}

/** Replace the citation markers in a body with full citations; ids are prefix-1, prefix-2, … */
export function resolveCitations(html: string, find: Find, prefix: string): { html: string; count: number } {
  return replaceMarkers(html, find, (t, i) => citeHtml(t, `${prefix}-${i}`));
}

/** The markers as the words a reader sees (《中华人民共和国教育法》第三十八条), for the search index. */
export function citationsAsText(html: string, find: Find): string {
  return replaceMarkers(html, find, (t) => escapeText(citationText(t.lawTitle, t.number))).html;
}
