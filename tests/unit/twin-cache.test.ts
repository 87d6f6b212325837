// What the Traditional edition keeps from the last build into the same folder (src/lib/editions/twin-cache.ts).
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { conversionMemo, twinCache } from '../../src/lib/editions/twin-cache.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** One build: the Simplified pages as given, the twins the cache says to convert written; returns what was converted. */
function build(out: string, twins: string, cacheDir: string, pages: Record<string, string>, converter = 'v1'): string[] {
  const cache = twinCache(cacheDir, twins, converter);
  const converted: string[] = [];
  for (const [rel, text] of Object.entries(pages)) {
    const path = join(out, rel);
    const changed = cache.changed(rel, statSync(path), () => text);
    if (changed !== undefined) {
      converted.push(rel);
      mkdirSync(join(twins, rel, '..'), { recursive: true });
      writeFileSync(join(twins, rel), `繁：${changed}`);
    }
  }
  cache.save();
  return converted;
}

function write(out: string, pages: Record<string, string>, mtime?: Date): void {
  for (const [rel, text] of Object.entries(pages)) {
    mkdirSync(join(out, rel, '..'), { recursive: true });
    writeFileSync(join(out, rel), text);
    if (mtime) utimesSync(join(out, rel), mtime, mtime);
  }
}

describe('the Traditional edition’s record of what it converted', () => {
  it('converts a page again only when its Simplified text changed, whatever its time; or when the converter or the twin changed', () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-twins-'));
    const [out, twins, cacheDir] = ['dist', 'dist/zh-hant', 'cache'].map((d) => join(root, d)) as [string, string, string];
    const pages = { 'index.html': '首页', 'news/a/index.html': '动态' };
    write(out, pages, new Date(2020, 0, 1));
    expect(build(out, twins, cacheDir, pages)).toEqual(['index.html', 'news/a/index.html']);
    // Untouched (a page Astro kept): not even read.
    expect(build(out, twins, cacheDir, { 'index.html': '首页', 'news/a/index.html': '不会读到' })).toEqual([]);
    // Written again with the same text (a page rendered again the same), and one changed.
    write(out, { 'index.html': '首页', 'news/a/index.html': '改过的动态' });
    expect(build(out, twins, cacheDir, { 'index.html': '首页', 'news/a/index.html': '改过的动态' })).toEqual(['news/a/index.html']);
    // Another converter (code, packages, overrides, address): everything again.
    expect(build(out, twins, cacheDir, { 'index.html': '首页', 'news/a/index.html': '改过的动态' }, 'v2')).toEqual(['index.html', 'news/a/index.html']);
    // A twin gone from the output (a Simplified-only build removed them): converted again.
    rmSync(join(twins, 'index.html'));
    expect(build(out, twins, cacheDir, { 'index.html': '首页', 'news/a/index.html': '改过的动态' }, 'v2')).toEqual(['index.html']);
    // A twin changed after it was written (the search page gets its preloads once the index is built): converted again.
    writeFileSync(join(twins, 'news/a/index.html'), '繁：改过的动态<link rel="preload">');
    utimesSync(join(twins, 'news/a/index.html'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(build(out, twins, cacheDir, { 'index.html': '首页', 'news/a/index.html': '改过的动态' }, 'v2')).toEqual(['news/a/index.html']);
    expect(build(out, twins, cacheDir, { 'index.html': '首页', 'news/a/index.html': '改过的动态' }, 'v2')).toEqual([]);
  });

  it('keeps converted texts by their Simplified text, and only those this build used', () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-twins-'));
    let calls = 0;
    const convert = (t: string) => `繁：${t}${++calls}`;
    const one = conversionMemo(root, 'docs', 'v1');
    expect(one.convert('甲', convert)).toBe('繁：甲1');
    expect(one.convert('乙', convert)).toBe('繁：乙2');
    one.save();
    const two = conversionMemo(root, 'docs', 'v1');
    expect(two.convert('甲', convert)).toBe('繁：甲1');
    two.save();
    const three = conversionMemo(root, 'docs', 'v1');
    expect(three.convert('乙', convert)).toBe('繁：乙3');
    expect(conversionMemo(root, 'docs', 'v2').convert('甲', convert)).toBe('繁：甲4');
  });
});
