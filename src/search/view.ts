import { FACETS, type Facet } from '../lib/search/facets.ts';
import type { SearchState } from '../lib/search/state.ts';
import { formatDate } from '../lib/format.ts';
import type { pageText } from '../scripts/page-text.ts';
import type { Outcome, PagefindResult } from './engine.ts';

type Text = ReturnType<typeof pageText>;

/** One <select> per facet, "全部" first; values with no result are left out unless chosen. */
export function renderFacets(box: HTMLElement, counts: Outcome['counts'], state: SearchState, text: Text): void {
  for (const facet of FACETS) {
    const select = box.querySelector<HTMLSelectElement>(`select[name="${facet}"]`);
    if (!select) continue;
    const chosen = state.filters[facet] ?? '';
    const values = Object.entries(counts[facet] ?? {})
      .filter(([v, n]) => n > 0 || v === chosen)
      .sort(([a], [b]) => (facet === 'year' ? b.localeCompare(a) : 0));
    const options = [new Option(text('all'), ''), ...values.map(([v, n]) => new Option(`${label(facet, v, text)}（${n}）`, v))];
    if (chosen && !values.some(([v]) => v === chosen)) options.push(new Option(label(facet, chosen, text), chosen));
    select.replaceChildren(...options);
    select.value = chosen;
  }
}

const label = (facet: Facet, value: string, text: Text) => (facet === 'year' ? value : text(`${facet}:${value}`));

/** One result: title link, kind, date, 文号 and validity for policies, excerpt with matches marked. */
function item(data: Awaited<ReturnType<PagefindResult['data']>>, text: Text): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const h = document.createElement('h2');
  const a = document.createElement('a');
  // The record's address in this edition, #art-N anchor included (the indexed file's path is not).
  a.href = data.meta['href'] ?? data.url;
  a.textContent = data.meta['title'] ?? data.url;
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const kind = document.createElement('span');
  kind.className = 'tag';
  kind.textContent = text(`kind:${data.meta['kind']}`);
  const facts = [data.meta['date'] && formatDate(data.meta['date']), data.meta['docNumber'] && `${text('docNumber')} ${data.meta['docNumber']}`];
  meta.append(kind, facts.filter(Boolean).join(' · '));
  if (data.meta['kind'] === 'policy') {
    // A policy no source dates the validity of says so, as its page does.
    const validity = data.meta['validity'] ?? 'unknown';
    const badge = document.createElement('span');
    badge.className = `badge badge-${validity} ml-2`;
    badge.textContent = text(`validity:${validity}`);
    meta.append(badge);
  }
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  li.append(h, meta, excerpt);
  return li;
}

/** Append results [from, to) to the list; returns how many are now shown. */
export async function showResults(list: HTMLOListElement, results: PagefindResult[], from: number, to: number, text: Text): Promise<number> {
  const page = await Promise.all(results.slice(from, to).map((r) => r.data()));
  list.append(...page.map((d) => item(d, text)));
  return from + page.length;
}
