import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { carryForward, precompress, prune, releaseName, releases, switchTo, unpackPagefind } from '../../scripts/lib/deploy.ts';
import { isPlaceholderSite, siteUrl } from '../../src/lib/site-url.ts';
import { PROJECT } from '../helpers/content-copy.ts';

describe('the public address setting', () => {
  it('is the local preview\'s own address until set, and only an origin', () => {
    expect(siteUrl(undefined)).toBe('http://localhost:4321');
    // That is where `npm start` serves the site, so the feed's and the citations' links open there.
    const start = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start'];
    expect(start).toMatch(/astro preview --port 4321$/);
    expect(isPlaceholderSite(siteUrl(undefined))).toBe(true);
    expect(siteUrl('https://zhuxue.sdgh.example/')).toBe('https://zhuxue.sdgh.example');
    expect(isPlaceholderSite('https://zhuxue.sdgh.example/news/')).toBe(false);
    expect(() => siteUrl('zhuxue.sdgh.example')).toThrow(/PORTAL_SITE_URL「zhuxue.sdgh.example」不是网址/);
    expect(() => siteUrl('https://sdgh.example/zhuxue/')).toThrow(/应只有协议和域名/);
  });
});

describe('releases', () => {
  let target = '';
  afterEach(() => rmSync(target, { recursive: true, force: true }));
  const make = (name: string, files: Record<string, string>) => {
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(target, 'releases', name, f, '..'), { recursive: true });
      writeFileSync(join(target, 'releases', name, f), text);
    }
  };

  it('are named by time and commit, so that they sort in order', () => {
    expect(releaseName(new Date('2026-12-03T09:05:07Z'), 'abcdef1234')).toBe('20261203-090507-abcdef1');
  });

  it('switch by renaming a new link over current, remember the one they left, and keep the five newest, the live one and that one', () => {
    target = mkdtempSync(join(tmpdir(), 'zhuxue-releases-'));
    const names = ['20260101-000000-a', '20260102-000000-b', '20260103-000000-c', '20260104-000000-d', '20260105-000000-e', '20260106-000000-f', '20260107-000000-g', '20260108-000000-h'];
    for (const n of names) make(n, { 'index.html': n });
    switchTo(target, names[0]!);
    switchTo(target, names[2]!);
    switchTo(target, names[1]!);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${names[1]}`);
    // A rollback goes to the release live before the last switch, not the one before it in time.
    expect(readlinkSync(join(target, 'previous'))).toBe(`releases/${names[2]}`);
    expect(prune(target)).toEqual([names[0]]);
    expect(releases(target)).toEqual(names.slice(1));
  });

  it('carry the previous release’s own hashed files forward once, never its carried ones or its pages', () => {
    target = mkdtempSync(join(tmpdir(), 'zhuxue-releases-'));
    make('1', { '_astro/a.css': 'a', '_astro/a.css.br': 'a', 'pagefind/zh-hans/index/x.pf_index': 'x', 'old/index.html': 'old', 'pagefind/zh-hans/pagefind-entry.json': '{}' });
    make('2', { '_astro/b.css': 'b', 'index.html': 'new' });
    expect(carryForward(join(target, 'releases/1'), join(target, 'releases/2'))).toEqual(['_astro/a.css', 'pagefind/zh-hans/index/x.pf_index']);
    expect(existsSync(join(target, 'releases/2/_astro/a.css.br'))).toBe(true);
    expect(existsSync(join(target, 'releases/2/old/index.html'))).toBe(false);
    expect(existsSync(join(target, 'releases/2/pagefind/zh-hans/pagefind-entry.json'))).toBe(false);
    make('3', { '_astro/c.css': 'c' });
    // Release 2 carried a.css; release 3 gets only what release 2 built itself.
    expect(carryForward(join(target, 'releases/2'), join(target, 'releases/3'))).toEqual(['_astro/b.css']);
  });
});

describe("Pagefind's files in a release", () => {
  // Pagefind's own format: its signature, then the data, gzip-compressed.
  const packed = (data: string) => gzipSync(Buffer.from(`pagefind_dcd${data}`));
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are unpacked only when they are gzip with Pagefind\'s signature', () => {
    expect(unpackPagefind(packed('词表'))?.toString()).toBe('pagefind_dcd词表');
    expect(unpackPagefind(gzipSync(Buffer.from('something else')))).toBeUndefined();
    expect(unpackPagefind(Buffer.from('pagefind_dcd already unpacked'))).toBeUndefined();
  });

  it('are stored unpacked with Brotli and gzip beside them, which decode to what Pagefind reads; other binary files are left alone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhuxue-precompress-'));
    const files: Record<string, Buffer> = {
      'pagefind/zh-hans/index/zh-hans_a1.pf_index': packed('索引'.repeat(200)),
      'pagefind/zh-hans/fragment/zh-hans_b2.pf_fragment': packed('{"url":"/"}'),
      'pagefind/zh-hans/wasm.unknown.pagefind': packed('\0asm'),
      'pagefind/zh-hans/pagefind.zh-hans_c3.pf_meta': packed('meta'),
      'favicon.png': packed('not Pagefind'),
    };
    for (const [f, data] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), data);
    }
    await precompress(dir);
    for (const f of Object.keys(files).filter((f) => f.startsWith('pagefind/'))) {
      const raw = readFileSync(join(dir, f));
      expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
      expect(brotliDecompressSync(readFileSync(join(dir, `${f}.br`)))).toEqual(raw);
      expect(gunzipSync(readFileSync(join(dir, `${f}.gz`)))).toEqual(raw);
    }
    expect(readFileSync(join(dir, 'favicon.png'))).toEqual(files['favicon.png']);
    expect(existsSync(join(dir, 'favicon.png.br'))).toBe(false);
  });
});
