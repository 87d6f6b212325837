import { isIdle, readState, writeState, type SearchState } from '../lib/search/state.ts';
import { createEngine, type Engine } from './engine.ts';
import { pageText } from '../scripts/page-text.ts';
import { renderFacets, showResults } from './view.ts';

/**
 * The search page (src/pages/search/index.astro), enhanced: results as you type, filters
 * with counts, the whole search in the URL. Both editions run this same file; which index
 * to use comes from <html lang>, every word shown comes from the page itself.
 */
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 120;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facets = root.querySelector<HTMLElement>('[data-facets]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const partialNote = root.querySelector<HTMLElement>('[data-partial]')!;
  const missingNote = root.querySelector<HTMLElement>('[data-missing]')!;
  const ways = root.querySelector<HTMLElement>('[data-ways]')!;
  const text = pageText(root);
  const edition = document.documentElement.lang.toLowerCase();
  // The page was laid out for this script before the first paint (public/aids-init.js): its parts
  // are shown already; with a search in the address the ways in wait for the answer, and the
  // answers' place stays unseen until it is given (data-answered, global.css).
  let state: SearchState = readState(new URLSearchParams(location.search));
  root.querySelector('.no-js-only')?.remove();
  ways.hidden = !!state.q;
  if (state.q) status.textContent = text('searching');
  if (Object.keys(state.filters).length || state.sort !== 'relevance') facets.closest('details')?.setAttribute('open', '');
  root.dataset['ready'] = '';

  // Pagefind starts with the page when the address holds a search, otherwise when the reader
  // reaches for the form (its files were preloaded with the page either way): its start-up is
  // the longest work on this page's main thread, and a reader who only looks costs none (#30).
  let engine: Promise<Engine> | undefined;
  const ready = () => (engine ??= createEngine(`/pagefind/${edition}/`, state.q).catch((e: unknown) => {
    engine = undefined; // Offline with Pagefind's runtime not yet saved: tried again next time.
    throw e;
  }));
  for (const type of ['focusin', 'pointerdown']) root.addEventListener(type, () => void ready().catch(() => undefined), { once: true });

  let shown = 0;
  let latest = 0;
  let counted = false;
  let results: Awaited<ReturnType<Engine['run']>>;

  /** Show `next`; `history` says whether it becomes a new entry (submit, filter) or replaces this one (typing). */
  async function go(next: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> {
    state = next;
    const url = `${location.pathname}${writeState(state)}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    // The 简体/繁體 links keep the search when switching edition.
    document.querySelectorAll<HTMLAnchorElement>('a[hreflang]').forEach((a) => (a.search = writeState(state)));
    input.value = state.q;
    sort.value = state.sort;
    const ticket = ++latest;
    status.style.minHeight = '';
    status.textContent = text('searching');
    const details = facets.closest('details');
    // Filters in use stay visible; on a phone the closed box keeps results near the field.
    if (Object.keys(state.filters).length || state.sort !== 'relevance') details?.setAttribute('open', '');
    counted = !!details?.open;
    let outcome: typeof results;
    try {
      outcome = isIdle(state) ? undefined : await (await ready()).run(state, counted, PAGE_SIZE);
      if (ticket !== latest) return;
      results = outcome;
      list.replaceChildren();
      shown = 0;
      renderFacets(facets, outcome?.counts ?? {}, state, text);
      if (outcome) {
        // What goes above the results is in place before the first shows, so that none of them moves.
        holdStatus(describe(outcome));
        notes(outcome);
        root.dataset['answered'] = '';
        shown = await showResults(list, outcome, 0, PAGE_SIZE, text, () => ticket === latest);
      }
    } catch {
      // Pagefind, a part of the index or a result's text could not be fetched: offline, most likely.
      if (ticket === latest) await cannotAnswer();
      return;
    }
    if (ticket !== latest) return;
    // Offline, Pagefind searches the parts of the index it has and finds nothing in the rest: that is no answer.
    if (outcome && !outcome.results.length && (await offline(edition))) {
      if (ticket === latest) await cannotAnswer();
      return;
    }
    if (ticket !== latest) return;
    status.textContent = describe(outcome);
    notes(outcome);
    const n = outcome?.results.length ?? 0;
    const some = outcome?.partial?.matched.size ?? 0;
    // No search yet, no page answers the whole question, or a word of it is nowhere: the ways in that always help.
    ways.hidden = !!outcome && n > some && !outcome.partial?.missing.length;
    more.hidden = !outcome || shown >= outcome.results.length;
    root.dataset['answered'] = '';
  }

  /**
   * The status keeps saying 正在搜索 until every result of the page is shown (tests and screen
   * readers take its words for "done"), but takes the height its final words need now (#30).
   */
  function holdStatus(final: string): void {
    const now = status.textContent;
    status.textContent = final;
    const height = status.offsetHeight;
    status.textContent = now;
    status.style.minHeight = `${Math.max(height, status.offsetHeight)}px`;
  }

  /** The notes above the results: which words only some pages have, and which none. */
  function notes(outcome: typeof results): void {
    const missing = outcome?.partial?.missing ?? [];
    partialNote.hidden = (outcome?.partial?.matched.size ?? 0) === 0;
    missingNote.hidden = missing.length === 0;
    missingNote.textContent = text('missing', { words: missing.join('、') });
  }

  /** No answer to give: say why (no network, or search failing), with the ways in that always help. */
  async function cannotAnswer(): Promise<void> {
    status.textContent = text((await offline(edition)) ? 'offline' : 'error');
    ways.hidden = false;
    root.dataset['answered'] = '';
  }

  function describe(outcome: Awaited<ReturnType<Engine['run']>>): string {
    if (!outcome) return text('idle');
    const n = outcome.results.length;
    const some = outcome.partial?.matched.size ?? 0;
    if (!n) return text('none');
    if (outcome.precise) return text(n > outcome.precise.count ? 'preciseSome' : 'preciseAll', { n: outcome.precise.count, term: outcome.precise.term, m: n - outcome.precise.count });
    if (some === n) return text('partialAll', { n });
    return some ? text('partialSome', { n, m: some }) : text('count', { n });
  }

  let pause: ReturnType<typeof setTimeout> | undefined;
  const typed = () => {
    clearTimeout(pause);
    const q = input.value;
    void ready().then((e) => e.warm(q), () => undefined);
    pause = setTimeout(() => void go({ ...state, q: input.value }, 'replace'), TYPING_PAUSE_MS);
  };
  // While a Chinese input method is composing (pinyin letters, candidate list), the field
  // holds letters the reader has not chosen yet: search when the characters are committed.
  input.addEventListener('input', (e) => {
    if (!(e as InputEvent).isComposing) typed();
  });
  input.addEventListener('compositionend', typed);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(pause);
    void go({ ...state, q: input.value }, 'push');
  });
  form.addEventListener('change', (e) => {
    const select = e.target as HTMLSelectElement;
    if (select.name === 'sort') void go({ ...state, sort: select.value === 'newest' ? 'newest' : 'relevance' }, 'push');
    else if (select.tagName === 'SELECT') {
      const filters = { ...state.filters, [select.name]: select.value };
      if (!select.value) delete filters[select.name as keyof typeof filters];
      void go({ ...state, filters }, 'push');
    }
  });
  more.addEventListener('click', async () => {
    if (!results) return;
    const first = list.children.length;
    shown = await showResults(list, results, shown, shown + PAGE_SIZE, text);
    more.hidden = shown >= results.results.length;
    // Keyboard and screen-reader users continue from the first new result.
    list.children[first]?.querySelector('a')?.focus();
  });
  // Counts are worked out when the filters are first opened.
  facets.closest('details')?.addEventListener('toggle', (e) => {
    if ((e.target as HTMLDetailsElement).open && !counted) void go(state, 'none');
  });
  window.addEventListener('popstate', () => void go(readState(new URLSearchParams(location.search)), 'none'));
  await go(state, 'none');
}

/**
 * Whether the network is gone: the browser says so, or a request no cache answers fails. Phones
 * (and browsers) do not always clear navigator.onLine without a network, e.g. on a page a
 * service worker served from its cache.
 */
async function offline(edition: string): Promise<boolean> {
  if (!navigator.onLine) return true;
  try {
    await fetch(`/pagefind/${edition}/pagefind-entry.json?online=${Date.now()}`, { method: 'HEAD', cache: 'no-store' });
    return false;
  } catch {
    return true;
  }
}
