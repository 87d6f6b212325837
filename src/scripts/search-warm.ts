// The header's search box, on every page but the search page: when a reader starts to use it,
// the browser starts fetching what the search page will need (Pagefind's runtime and our
// folding tables, ~65 kB), so that by the time 搜索 is pressed they are here. Nothing is
// fetched before that: a reader who never searches pays nothing.
import { WARM_FILES } from '../lib/search/preload.ts';

const input = document.querySelector<HTMLInputElement>('#site-q');
const warm = () => {
  const bundle = `/pagefind/${document.documentElement.lang.toLowerCase()}/`;
  for (const file of WARM_FILES) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = bundle + file;
    // The same request mode as the search page's preloads and Pagefind's fetch(): one cached copy serves both.
    link.crossOrigin = 'anonymous';
    document.head.append(link);
  }
};
input?.addEventListener('focus', warm, { once: true });
