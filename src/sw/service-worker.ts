// The service worker of one edition (/sw.js for Simplified, /zh-hant/sw.js for Traditional),
// bundled and given its precache list by scripts/build-sw.ts (Workbox injectManifest).
// Pages: network first, so a reader online never sees an outdated policy; the saved copy when
// the network fails or is slow, marked 离线副本 with the time it was saved; else the offline page.
// Assets and Pagefind's files: from the cache (their names change with their content).
// It holds no Chinese: the words of the offline notice are in every page, hidden (BaseLayout).
import { cacheNames, clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { HASHED } from '../lib/hashed-files.ts';
import { PAGES_CACHE, markSaved, offlinePage, PAGEFIND_CACHE, RUNTIME_CACHE } from '../lib/offline.ts';

interface Scope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  registration: { scope: string };
  skipWaiting: () => Promise<void>;
  addEventListener: (type: 'activate', listener: (e: { waitUntil: (p: Promise<unknown>) => void }) => void) => void;
}
declare const self: Scope;

// The edition this worker serves: its scope's path ('/' or '/zh-hant/').
const prefix = new URL(self.registration.scope).pathname.replace(/\/$/, '');

// A new release takes over at once: its pages are what the network serves anyway.
void self.skipWaiting();
clientsClaim();
// The essential pages, their assets and the search runtime (the list is the build's, with revisions).
const manifest = self.__WB_MANIFEST;
precache(manifest);
cleanupOutdatedCaches();

/** Keep at most `maxEntries` in a cache, and give way when the phone runs out of room. (Workbox's class
 *  declares its optional hooks as `T | undefined`, which its own plugin type does not allow under
 *  exactOptionalPropertyTypes; it is the same object.) */
const expire = (maxEntries: number) => new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true }) as WorkboxPlugin;
const saved = { cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response | undefined }) => cachedResponse && markSaved(cachedResponse) };
const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: 4,
  plugins: [saved, expire(300)],
});
registerRoute(({ request }) => request.mode === 'navigate', pages);

// Hashed files never change under their name; nor does the entry file under the index's tag.
const TAGGED_ENTRY = /^\/pagefind\/[^/]+\/pagefind-entry\.json\?ts=/;
const immutable = (url: URL) => HASHED.test(url.pathname.slice(1)) || TAGGED_ENTRY.test(url.pathname + url.search);
registerRoute(({ url }) => url.origin === location.origin && immutable(url), async (options) => {
  // What the build precached (the runtime, this edition's entry file) is served from there.
  const precached = await matchPrecache(options.request);
  if (precached) return precached;
  const cache = /^\/pagefind\//.test(options.url.pathname) ? pagefind : runtime;
  return cache.handle(options);
});
const pagefind = new CacheFirst({ cacheName: PAGEFIND_CACHE, plugins: [expire(400)] });
const runtime = new CacheFirst({ cacheName: RUNTIME_CACHE, plugins: [expire(100)] });
// The rest (Pagefind's runtime and tables, icons, CSS): the precached copy, else the network.
registerRoute(({ url }) => url.origin === location.origin, async ({ request }) => (await matchPrecache(request)) ?? fetch(request));

// No network and no copy the reader saved: an essential page as the build saved it (marked
// 离线副本 too), else the edition's offline page, listing what can be read.
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  const essential = await matchPrecache(new URL(request.url).pathname);
  if (essential) return markSaved(essential);
  return (await matchPrecache(offlinePage(prefix))) ?? Response.error();
});

self.addEventListener('activate', (e) => {
  // A new release: caches of an older scheme go; so do the reader's copies of the essential
  // pages, which this release has just saved afresh (else an old copy would be read offline).
  // The other pages the reader saved stay, marked with the time they were saved.
  const keep = new Set([cacheNames.precache, PAGES_CACHE, PAGEFIND_CACHE, RUNTIME_CACHE]);
  const essentials = manifest.map((m) => (typeof m === 'string' ? m : m.url)).filter((url) => url.endsWith('/'));
  e.waitUntil(Promise.all([
    caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith('zhuxue-') && !keep.has(n)).map((n) => caches.delete(n)))),
    caches.open(PAGES_CACHE).then((cache) => Promise.all(essentials.map((url) => cache.delete(new URL(url, location.origin).href)))),
  ]));
});
