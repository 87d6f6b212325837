// The last step of `npm run build`, after the search index (whose runtime it precaches): one
// service worker per edition (/sw.js, /zh-hant/sw.js; each edition's readers keep only their
// own pages), from src/sw/service-worker.ts bundled with esbuild, its precache list written in
// by Workbox (injectManifest: the worker is ours, the caching is Workbox's). Prints each
// edition's precache in compressed bytes and stops the build over PRECACHE_BUDGET.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { EDITIONS, EDITION_IDS, pathIn } from '../src/lib/editions/editions.ts';
import { ESSENTIAL_PAGES, PRECACHE_BUDGET, serviceWorkerPath } from '../src/lib/offline.ts';
import { indexTag, WARM_FILES, type PagefindEntry } from '../src/lib/search/preload.ts';
import type { ShardRef } from '../src/lib/search/shards.ts';
import { SEARCH_DATA } from '../src/lib/search/staging.ts';

const SITE = resolve(process.env['PORTAL_OUT_DIR'] ?? 'dist');
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'zhuxue-sw-'));
const source = join(work, 'sw.js');
await build({
  entryPoints: [join(import.meta.dirname, '../src/sw/service-worker.ts')],
  bundle: true, format: 'iife', minify: true, target: 'es2022', outfile: source, logLevel: 'warning',
  // Workbox logs only in development builds.
  define: { 'process.env.NODE_ENV': '"production"' },
});

/** The older shards' entry files under their tags, as the search page asks for them. */
function shardEntries(bundle: string): { url: string; revision: string }[] {
  const data = join(SITE, bundle, SEARCH_DATA);
  const shards = existsSync(data) ? ((JSON.parse(readFileSync(data, 'utf8')) as { shards?: ShardRef[] }).shards ?? []) : [];
  return shards.map((s) => ({ url: `${s.path}pagefind-entry.json?ts=${s.tag}`, revision: s.tag }));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
let failed = false;
for (const edition of EDITION_IDS.filter((e) => existsSync(join(SITE, pathIn(e, '/index.html'))))) {
  const prefix = EDITIONS[edition].prefix;
  const file = (path: string) => `${pathIn(edition, path).slice(1)}${path.endsWith('/') ? 'index.html' : ''}`;
  const bundle = `pagefind/${edition}/`;
  const entryFile = join(SITE, bundle, 'pagefind-entry.json');
  const entry = existsSync(entryFile) ? (JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry) : undefined;
  // The essential pages of this edition, what they load, and the search runtime (the index's
  // chunks and fragments are kept as they are used: src/sw/service-worker.ts).
  const globPatterns = [...ESSENTIAL_PAGES.map(file), '_astro/*.{css,js}', 'aids-init.js', 'search-early.js', 'favicon.svg', 'icons/*.png',
    file('/manifest.webmanifest'), ...WARM_FILES.map((f) => `${bundle}${f}`)];
  const { count, size, warnings } = await injectManifest({
    swSrc: source,
    swDest: join(SITE, serviceWorkerPath(prefix)),
    globDirectory: SITE,
    globPatterns,
    // Pagefind asks for its entry file under the index's tag (src/lib/search/preload.ts).
    // So do the older shards' entry files (src/lib/search/shards.ts), listed in the bundle's search-data.json.
    additionalManifestEntries: entry ? [{ url: `/${bundle}pagefind-entry.json?ts=${indexTag(entry, edition)}`, revision: indexTag(entry, edition) }, ...shardEntries(bundle)] : [],
    // Addresses from the site's root (the Traditional worker lives in /zh-hant/), pages by their address.
    manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: e.url.startsWith('/') ? e.url : `/${e.url.replace(/(^|\/)index\.html$/, '$1')}` })), warnings: [] })],
    dontCacheBustURLsMatching: /^\/_astro\//,
  });
  for (const w of warnings) console.warn(`离线缓存（${edition}）：${w}`);
  // What a reader's phone downloads for it, compressed as the server sends it (Pagefind's own files as they are).
  const { manifestEntries = [] } = await getManifest({ globDirectory: SITE, globPatterns });
  const compressed = manifestEntries.reduce((sum, e) => {
    const data = readFileSync(join(SITE, e.url));
    return sum + (/\.(pagefind|png)$/.test(e.url) ? data.length : gzipSync(data, { level: 9 }).length);
  }, 0);
  const over = compressed > PRECACHE_BUDGET;
  failed ||= over;
  console.log(`离线缓存 ${edition}：${count} 个文件，${kb(size)}，压缩后 ${kb(compressed)}（上限 ${kb(PRECACHE_BUDGET)}）${over ? ' —— 超出上限' : ''} → ${serviceWorkerPath(prefix)}`);
}
rmSync(work, { recursive: true, force: true });
console.log(`离线缓存完成，用时 ${((performance.now() - started) / 1000).toFixed(2)} s`);
if (failed) {
  console.error('离线缓存超出上限：请减少 src/lib/offline.ts 的 ESSENTIAL_PAGES，或先缩小这些页面和它们加载的文件。');
  process.exitCode = 1;
}
