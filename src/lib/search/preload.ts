/**
 * The search page asks for everything a first search needs as soon as the page arrives, not
 * one request after another (each a round trip: 150 ms on a phone's "Slow 4G"). What Pagefind
 * will fetch is known only once the index is built, so scripts/build-index.ts writes these
 * links into each edition's search page then.
 */

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
 * Below this, the whole word index is fetched with the page. A two-word query loads about two
 * of Pagefind's chunks (each up to ~30 kB), so an index of three costs a searcher one chunk
 * more, and its download then overlaps the WebAssembly's instead of waiting for it (measured
 * in docs/benchmarks.md). A larger site's chunks are fetched as Pagefind finds them needed.
 */
export const WHOLE_INDEX_BYTES = 96 * 1024;

/** One file of Pagefind's word index (`index/*.pf_index`): its name, size, and the shard's bundle when not the edition's. */
export interface IndexChunk { name: string; bytes: number; bundle?: string }

/**
 * The files Pagefind itself loads before its first search: its script, entry file, metadata
 * and WebAssembly; our folding tables; each older shard's entry file and metadata (merged by
 * the search page, src/lib/search/shards.ts); and the word index, every shard's, when it is
 * small (WHOLE_INDEX_BYTES).
 */
export function pagefindFiles(bundle: string, entry: PagefindEntry, edition: string, chunks: IndexChunk[] = [], shards: readonly ShardRef[] = []): { script: string; fetches: string[]; tag: string } {
  const tag = indexTag(entry, edition);
  const wasm = entry.languages[edition]?.wasm ?? 'unknown';
  const whole = chunks.reduce((sum, c) => sum + c.bytes, 0) <= WHOLE_INDEX_BYTES;
  return {
    script: `${bundle}pagefind.js`,
    tag,
    fetches: [
      `${bundle}pagefind-entry.json?ts=${tag}`, `${bundle}pagefind.${tag}.pf_meta`, `${bundle}wasm.${wasm}.pagefind`, `${bundle}search-data.json`,
      ...shards.flatMap((s) => [`${s.path}pagefind-entry.json?ts=${s.tag}`, `${s.path}pagefind.${s.tag}.pf_meta`]),
      ...(whole ? chunks.map((c) => `${c.bundle ?? bundle}index/${c.name}`) : []),
    ],
  };
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
 * search script (data-index-tag). A page that already has them (a second run of the index step)
 * is returned unchanged.
 */
export function withPreloads(html: string, files: { script: string; fetches: string[]; tag: string }, modules: string[]): string {
  if (html.includes('data-index-tag=')) return html;
  const links = [
    ...[files.script, ...modules].map((m) => `<link rel="modulepreload" href="${escape(m)}">`),
    // `crossorigin`: the same request mode as Pagefind's own fetch(), so the browser reuses the answer.
    ...files.fetches.map((f, i) => `<link rel="preload" href="${escape(f)}" as="fetch" crossorigin${i === 0 ? ` data-index-tag="${escape(files.tag)}"` : ''}>`),
  ].join('');
  const close = html.indexOf('</head>');
  if (close < 0) throw new Error('搜索页没有 </head>，无法写入预加载链接');
  const sheets = [...html.slice(0, close).matchAll(/<link rel="stylesheet"[^>]*>/g)];
  const last = sheets.at(-1);
  const end = last ? (last.index ?? 0) + last[0].length : close;
  return html.slice(0, end) + links + html.slice(end);
}
