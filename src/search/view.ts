import { FACETS, type Facet } from '../lib/search/facets.ts';
import type { SearchState } from '../lib/search/state.ts';
import { formatDate } from '../lib/format.ts';
import type { pageText } from '../scripts/page-text.ts';
import type { Outcome, PagefindData } from './engine.ts';
import { wrapNumbersInText } from '../lib/number-text.ts';

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

/**
 * The section of a guide that answers the question (Pagefind's sub-results follow the headings
 * with ids): one whose title the question says (金秋助学什么时候申请: the 一看就懂 box's
 * 什么时候申请), else one whose title names most words of the question (能领多少钱 for 钱), else the
 * one with most of the words. The 一看就懂 box is the top of the page: linking there adds nothing.
 * (Pagefind lists only the sections a word falls in, so the top is named, not taken as the first.)
 */
/** The id of the box at the top of guide and aid pages (their search records' first section). */
export const TOP_SECTION = 'at-a-glance';

export function bestSection(data: PagefindData, words: readonly string[], asked = ''): { hash: string; title: string } | undefined {
  const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#') && !s.url.endsWith(`#${TOP_SECTION}`) && s.locations.length > 0);
  const most = (list: typeof sections) => list.reduce<(typeof list)[number] | undefined>((a, b) => (!a || b.locations.length > a.locations.length ? b : a), undefined);
  // Among titles that name words of the question, the one naming most of them (研究生补助:
  // 研究生国家助学金, not 研究生国家奖学金), then the shortest (寄宿生补助: not 非寄宿生…).
  // A word inside a longer one the title also names (高中 in 普通高中, its synonym) counts once.
  const count = (title: string) => {
    const hit = words.filter((w) => title.includes(w));
    return hit.filter((w) => !hit.some((v) => v !== w && v.includes(w))).length;
  };
  const named = sections.map((s) => ({ s, n: count(s.title) })).filter((x) => x.n > 0);
  const top = Math.max(0, ...named.map((x) => x.n));
  const closest = named.filter((x) => x.n === top).map((x) => x.s);
  const shortest = Math.min(...closest.map((s) => s.title.length));
  const best = most(sections.filter((s) => s.title.length > 1 && asked.includes(s.title)))
    ?? most(closest.filter((s) => s.title.length === shortest)) ?? most(sections);
  return best && { hash: decodeURIComponent(best.url.slice(best.url.indexOf('#'))), title: best.title };
}

/**
 * One result: title link, kind, date, 文号 and validity for policies, the words of the question
 * it lacks, a link to the guide section the words are in, excerpt with matches marked.
 */
function item(data: PagefindData, text: Text, matched: string[] | undefined, words: readonly string[], asked: string): HTMLLIElement {
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
  if (matched) {
    const only = document.createElement('span');
    only.className = 'tag tag-partial ml-2';
    only.textContent = text('matchedOnly', { words: matched.join('、') });
    meta.append(only);
  }
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around the matched words.
  // Numbers kept whole on one line, as on every page (src/lib/number-text.ts).
  excerpt.innerHTML = wrapNumbersInText(data.excerpt);
  li.append(h, meta);
  const section = data.meta['kind'] === 'guide' ? bestSection(data, words, asked) : undefined;
  if (section) {
    const p = document.createElement('p');
    p.className = 'search-section';
    const link = document.createElement('a');
    link.href = `${a.getAttribute('href') ?? ''}${section.hash}`;
    link.textContent = section.title;
    p.append(text('section'), link);
    li.append(p);
  }
  li.append(excerpt);
  return li;
}

/** The heading between the pages that hold a precise term and the others. */
function otherGroup(term: string, text: Text): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'results-other';
  li.dataset['otherGroup'] = '';
  const h = document.createElement('h2');
  h.textContent = text('otherGroup', { term });
  li.append(h);
  return li;
}

/**
 * Append results [from, to) to the list, each as soon as it and those before it have their
 * text (on a slow connection the first is read while the rest arrive); returns how many are
 * now shown. `current` says whether this list is still wanted (a newer search replaces it).
 */
export async function showResults(list: HTMLOListElement, outcome: Outcome, from: number, to: number, text: Text, current = () => true): Promise<number> {
  const slice = outcome.results.slice(from, to);
  const pending = slice.map((r) => r.data());
  for (const [i, data] of pending.entries()) {
    const d = await data;
    if (!current()) return from + i;
    // After the pages that hold a 文号 or law article, the rest as a group of its own, said to be one.
    if (outcome.precise && from + i === outcome.precise.count) list.append(otherGroup(outcome.precise.term, text));
    const li = item(d, text, outcome.partial?.matched.get(slice[i]?.id ?? ''), outcome.words, outcome.asked);
    if (outcome.precise && from + i >= outcome.precise.count) li.classList.add('result-other');
    list.append(li);
  }
  return from + slice.length;
}
