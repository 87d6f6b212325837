// The search page's preloads (src/lib/search/preload.ts), written by the index step: what a
// first search needs starts with the page instead of one request after another.
import { describe, expect, it } from 'vitest';
import { EARLY_CHUNKS, EARLY_SCRIPT, earlyIndex, importedModules, pagefindFiles, WARM_FILES, withPreloads, type PagefindEntry } from '../../src/lib/search/preload.ts';

const entry: PagefindEntry = { languages: { 'zh-hans': { hash: 'zh-hans_81cee92', wasm: null }, 'zh-hant': { hash: 'zh-hant_3a6c342', wasm: 'zh' } } };
const PAGE = '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>搜索</title><script type="module" src="/_astro/search.A1.js"></script><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"><link rel="icon" href="/favicon.svg"></head><body></body></html>';

describe('the modules a page imports', () => {
  const files: Record<string, string> = {
    '/_astro/search.A1.js': 'import{t as e}from"./page-text.B2.js";import"./style.C3.js";const p=import(`${b}pagefind.js`);import.meta.url',
    '/_astro/page-text.B2.js': 'import{x}from"./tiny.D4.js";export function t(){}',
    '/_astro/style.C3.js': 'import"./page-text.B2.js";',
    '/_astro/tiny.D4.js': 'export const x=1',
  };
  it('are followed all the way down, each once; dynamic imports (Pagefind, loaded by path) are not', () => {
    expect(importedModules(PAGE, (url) => files[url] ?? '').sort()).toEqual(['/_astro/page-text.B2.js', '/_astro/style.C3.js', '/_astro/tiny.D4.js']);
  });
});

describe("Pagefind's files for a first search", () => {
  it("are its script, the entry file under the index's own tag, the metadata, the WebAssembly and our folding tables", () => {
    const f = pagefindFiles('/pagefind/zh-hans/', entry, 'zh-hans');
    expect(f.tag).toBe('zh-hans_81cee92');
    expect(f.script).toBe('/pagefind/zh-hans/pagefind.js');
    expect(f.fetches).toEqual([
      '/pagefind/zh-hans/pagefind-entry.json?ts=zh-hans_81cee92',
      '/pagefind/zh-hans/pagefind.zh-hans_81cee92.pf_meta',
      '/pagefind/zh-hans/wasm.unknown.pagefind',
      '/pagefind/zh-hans/search-data.json',
    ]);
    // A language Pagefind has its own WebAssembly for is named after it.
    expect(pagefindFiles('/pagefind/zh-hant/', entry, 'zh-hant').fetches).toContain('/pagefind/zh-hant/wasm.zh.pagefind');
  });

  it("include every older shard's entry file and metadata, never the word index (a query's own chunks are fetched by the page)", () => {
    const shards = [{ path: '/p.2019-07/', tag: 'zh-hans_b2' }];
    expect(pagefindFiles('/p/', entry, 'zh-hans', shards).fetches.slice(4)).toEqual(['/p.2019-07/pagefind-entry.json?ts=zh-hans_b2', '/p.2019-07/pagefind.zh-hans_b2.pf_meta']);
  });

  it('name the edition when the index lacks it', () => {
    expect(() => pagefindFiles('/p/', entry, 'en')).toThrow('搜索索引里没有 en 版（pagefind-entry.json 只有 zh-hans、zh-hant）');
  });

  it("cover everything the header's search box warms up", () => {
    const f = pagefindFiles('/pagefind/zh-hans/', entry, 'zh-hans');
    for (const file of WARM_FILES) expect([f.script, ...f.fetches]).toContain(`/pagefind/zh-hans/${file}`);
  });
});

describe('the preload links', () => {
  const files = pagefindFiles('/pagefind/zh-hans/', entry, 'zh-hans');
  const html = withPreloads(PAGE, files, ['/_astro/page-text.B2.js']);

  it("come right after the page's stylesheets (its CSS is asked for first), modules as modulepreload, the rest as fetch in cors mode", () => {
    const after = '<link rel="stylesheet" href="/_astro/b.css">';
    const head = html.slice(html.indexOf(after) + after.length, html.indexOf('<link rel="icon"'));
    expect(head).toBe([
      '<link rel="modulepreload" href="/pagefind/zh-hans/pagefind.js">',
      '<link rel="modulepreload" href="/_astro/page-text.B2.js">',
      '<link rel="preload" href="/pagefind/zh-hans/pagefind-entry.json?ts=zh-hans_81cee92" as="fetch" crossorigin data-index-tag="zh-hans_81cee92">',
      '<link rel="preload" href="/pagefind/zh-hans/pagefind.zh-hans_81cee92.pf_meta" as="fetch" crossorigin>',
      '<link rel="preload" href="/pagefind/zh-hans/wasm.unknown.pagefind" as="fetch" crossorigin>',
      '<link rel="preload" href="/pagefind/zh-hans/search-data.json" as="fetch" crossorigin>',
    ].join(''));
  });

  it('are written once, however often the index step runs', () => {
    expect(withPreloads(html, files, ['/_astro/page-text.B2.js'])).toBe(html);
  });

  it('go at the end of <head> on a page without stylesheets, and need a <head>', () => {
    expect(withPreloads('<html><head><title>x</title></head></html>', files, [])).toMatch(/<title>x<\/title><link rel="modulepreload"[^]*crossorigin><\/head>/);
    expect(() => withPreloads('<html><body></body></html>', files, [])).toThrow('搜索页没有 </head>');
  });
});

describe("the word ranges the search page carries for a query's index chunks (public/search-early.js)", () => {
  const index = [
    { path: '/pagefind/zh-hans/', chunks: [['00', '在多', 'zh-hans_a'], ['在学', '龄儿', 'zh-hans_b']] as [string, string, string][] },
    { path: '/pagefind/zh-hans.2019-07/', chunks: [['00', '龄儿', 'zh-hans_c']] as [string, string, string][] },
  ];
  it("list every bundle's chunks with their bundle, and the question words once each", () => {
    expect(earlyIndex(index, ['怎么', '吗', '怎么', '怎麼'])).toEqual({
      chunks: [['/pagefind/zh-hans/', '00', '在多', 'zh-hans_a'], ['/pagefind/zh-hans/', '在学', '龄儿', 'zh-hans_b'], ['/pagefind/zh-hans.2019-07/', '00', '龄儿', 'zh-hans_c']],
      skip: ['怎么', '吗', '怎麼'],
    });
  });

  it('are left off a large site, whose page they would make kilobytes heavier', () => {
    const many = [{ path: '/p/', chunks: Array.from({ length: EARLY_CHUNKS + 1 }, (_, i): [string, string, string] => [`${i}a`, `${i}b`, `h${i}`]) }];
    expect(earlyIndex(many, [])).toBeUndefined();
    expect(earlyIndex([{ path: '/p/', chunks: many[0]!.chunks.slice(1) }], [])?.chunks).toHaveLength(EARLY_CHUNKS);
  });

  it("ride on the entry file's link, and the plain script that reads them follows the links, neither holding up the page", () => {
    const page = '<html><head><link rel="stylesheet" href="/a.css"></head><body></body></html>';
    const early = earlyIndex(index.slice(0, 1), ['吗'])!;
    const out = withPreloads(page, pagefindFiles('/pagefind/zh-hans/', entry, 'zh-hans'), [], early);
    const attr = /data-index-chunks="([^"]*)"/.exec(out)?.[1] ?? '';
    expect(JSON.parse(attr.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))).toEqual(early);
    expect(out).toMatch(new RegExp(`data-index-tag="zh-hans_81cee92" data-index-chunks="[^"]+">.*<script src="${EARLY_SCRIPT}" async fetchpriority="high"></script></head>`));
    expect(withPreloads(page, pagefindFiles('/pagefind/zh-hans/', entry, 'zh-hans'), [])).not.toContain('<script');
  });
});
