// The offline page's list of the pages this reader opened (saved by the service worker), in the
// page's edition, each under its own title; the essential pages are listed by the page itself.
import { PAGES_CACHE } from '../lib/offline.ts';

const box = document.querySelector<HTMLElement>('[data-opened]');
const prefix = document.documentElement.lang.toLowerCase() === 'zh-hant' ? '/zh-hant/' : '/';
const inEdition = (path: string) => (prefix === '/' ? !path.startsWith('/zh-hant/') : path.startsWith(prefix));

async function list(box: HTMLElement): Promise<void> {
  const cache = await caches.open(PAGES_CACHE);
  const listed = new Set([...document.querySelectorAll<HTMLAnchorElement>('[data-essentials] a')].map((a) => a.pathname));
  const items: HTMLLIElement[] = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!inEdition(path) || listed.has(path) || path.endsWith('/offline/')) continue;
    const html = await (await cache.match(request))?.text();
    const title = new DOMParser().parseFromString(html ?? '', 'text/html').title.replace(/ - [^-]+$/, '') || path;
    const li = document.createElement('li');
    li.append(Object.assign(document.createElement('a'), { href: path, textContent: title }));
    items.push(li);
  }
  box.querySelector('ul')?.replaceChildren(...items);
  box.querySelector<HTMLElement>('[data-opened-none]')!.hidden = items.length > 0;
  box.hidden = false;
}
if (box && 'caches' in window) void list(box).catch(() => undefined);
