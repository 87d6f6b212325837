/**
 * The search page asks for everything a first search needs as soon as the page arrives, not
 * one request after another (each a round trip: 150 ms on a phone's "Slow 4G"). What Pagefind
 * will fetch is known only once the index is built, so scripts/build-index.ts writes these
 * links into each edition's search page then.
 */

import type { BundleChunks } from './chunks.ts';
import type { ShardRef } from './shards.ts';

/** What Pagefind's pagefind-entry.json says about one edition's index (the parts we read). */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * The tag Pagefind adds to its entry file's address (`?ts=`, its `metaCacheTag` option;
 * otherwise the time, which no preload can guess). The index's own hash: a new index, a new address.
 */
export function indexTag(entry: PagefindEntry, edition: string): string {
  const language = entry.languages[edition];
  if (!language) throw new Error(`搜索索引里没有 ${edition} 版（pagefind-entry.json 只有 ${Object.keys(entry.languages).join('、')}）`);
  return language.hash;
}

/**
 * What the header's search box starts to fetch when a reader focuses it (src/scripts/search-warm.ts),
 * in the edition's bundle: the files whose names do not change with the content. Pagefind names
 * its WebAssembly after the index's language, "unknown" for Chinese (it has no Chinese stemmer);
 * a test checks these are among the search page's preloads.
 */
export const WARM_FILES = ['pagefind.js', 'wasm.unknown.pagefind', 'search-data.json'] as const;

/**
 * The files Pagefind itself loads before its first search: its script, entry file, metadata
 * and WebAssembly; our folding tables; each older shard's entry file and metadata (merged by
 * the search page, src/lib/search/shards.ts). Not the word index: which of its chunks a search
 * needs depends on the query, and the search page fetches those as soon as it has our tables
 * (src/lib/search/chunks.ts), so a page opened without a query does not download them at all.
 */
export function pagefindFiles(bundle: string, entry: PagefindEntry, edition: string, shards: readonly ShardRef[] = []): { script: string; fetches: string[]; tag: string } {
  const tag = indexTag(entry, edition);
  const wasm = entry.languages[edition]?.wasm ?? 'unknown';
  return {
    script: `${bundle}pagefind.js`,
    tag,
    fetches: [
      `${bundle}pagefind-entry.json?ts=${tag}`, `${bundle}pagefind.${tag}.pf_meta`, `${bundle}wasm.${wasm}.pagefind`, `${bundle}search-data.json`,
      ...shards.flatMap((s) => [`${s.path}pagefind-entry.json?ts=${s.tag}`, `${s.path}pagefind.${s.tag}.pf_meta`]),
    ],
  };
}

/**
 * Up to this many index chunks (all bundles), their word ranges go onto the search page itself,
 * for public/search-early.js (~30 bytes each; the shipped index has 3). A larger site's page
 * would grow by kilobytes: there the module fetches a query's chunks once our tables are here.
 */
export const EARLY_CHUNKS = 32;
/** The plain script that reads them (public/). */
export const EARLY_SCRIPT = '/search-early.js';

/** What public/search-early.js reads: each chunk as [bundle, from, to, hash], and the question words. */
export interface EarlyIndex { chunks: [string, string, string, string][]; skip: string[] }

/**
 * The ranges for the page, or none beyond EARLY_CHUNKS. `skip`: the question words (怎么, 多少)
 * in both scripts; a question holding one is left to the module, which drops them as the search
 * does (src/lib/search/question.ts): the plain script would fetch chunks no search reads.
 */
export function earlyIndex(index: readonly BundleChunks[], skip: readonly string[]): EarlyIndex | undefined {
  const chunks = index.flatMap((b) => b.chunks.map(([from, to, hash]) => [b.path, from, to, hash] as [string, string, string, string]));
  return chunks.length <= EARLY_CHUNKS ? { chunks, skip: [...new Set(skip)] } : undefined;
}

// Bundled modules import one another as `import{…}from"./x.js"` or `import"./x.js"`.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+\s*from\s*)?["'](\.\/[^"']+\.js)["']/g;
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;

/** The modules a page's module scripts import, all the way down (each a request the browser would only find after the one before). */
export function importedModules(html: string, read: (url: string) => string): string[] {
  const found = new Set<string>();
  const visit = (url: string) => {
    for (const m of read(url).matchAll(STATIC_IMPORT)) {
      const next = new URL(m[1] ?? '', `https://x${url}`).pathname;
      if (!found.has(next)) {
        found.add(next);
        visit(next);
      }
    }
  };
  for (const m of html.matchAll(MODULE_SCRIPT)) visit(m[1] ?? '');
  return [...found];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page with its preload links, right after its stylesheets (or at the end of <head>): the
 * browser asks for the page's own CSS first, as the page shows nothing before it (#30), then for
 * the search files, before it reaches the body. The entry file's link carries the tag for the
 * search script (data-index-tag) and, with `early`, the word ranges of the index's chunks
 * (data-index-chunks) for public/search-early.js, which follows the links: with a query in the
 * address it asks for the chunks the query needs, cutting and comparing words as Pagefind 1.6
 * does (src/lib/search/chunks.ts). It is `async`: the page's module, and a plain script without
 * `async` after a stylesheet, run only once the stylesheet is here (on a phone the chunks would
 * start ~0.3 s later), and it holds up neither the page nor its first paint. The module then asks
 * for what this plain reading misses (synonyms, the other script); tests/e2e/search-preload.e2e.ts
 * checks both against Pagefind. A page that already has the links (a second run of the index
 * step) is returned unchanged.
 */
export function withPreloads(html: string, files: { script: string; fetches: string[]; tag: string }, modules: string[], early?: EarlyIndex): string {
  if (html.includes('data-index-tag=')) return html;
  const tagged = ` data-index-tag="${escape(files.tag)}"${early ? ` data-index-chunks="${escape(JSON.stringify(early))}"` : ''}`;
  const links = [
    ...[files.script, ...modules].map((m) => `<link rel="modulepreload" href="${escape(m)}">`),
    // `crossorigin`: the same request mode as Pagefind's own fetch(), so the browser reuses the answer.
    ...files.fetches.map((f, i) => `<link rel="preload" href="${escape(f)}" as="fetch" crossorigin${i === 0 ? tagged : ''}>`),
    ...(early ? [`<script src="${EARLY_SCRIPT}" async fetchpriority="high"></script>`] : []),
  ].join('');
  const close = html.indexOf('</head>');
  if (close < 0) throw new Error('搜索页没有 </head>，无法写入预加载链接');
  const sheets = [...html.slice(0, close).matchAll(/<link rel="stylesheet"[^>]*>/g)];
  const last = sheets.at(-1);
  const end = last ? (last.index ?? 0) + last[0].length : close;
  return html.slice(0, end) + links + html.slice(end);
}
