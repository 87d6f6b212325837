import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { carryForward, precompress, prune, pruneCompressed, releaseName, releases, switchTo, unpackPagefind, walk } from '../../scripts/lib/deploy.ts';
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

describe('compressed files kept between deploys', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const release = (name: string, files: Record<string, string | Buffer>) => {
    const dir = join(root, 'releases', name);
    for (const [f, data] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), data);
    }
    return dir;
  };

  it('are compressed once per content: an unchanged file reuses the earlier .br and .gz, a changed one gets its own', async () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-compressed-'));
    const cache = join(root, '.compressed');
    const one = release('1', { 'index.html': '<p>首页</p>'.repeat(50), 'news/a/index.html': '<p>旧的动态</p>'.repeat(50) });
    expect(await precompress(one, cache)).toMatchObject({ files: 2, reused: 0 });
    // The next build: the same home page, the news item edited; a stale .br left beside it (a copied folder) must not survive.
    const two = release('2', { 'index.html': '<p>首页</p>'.repeat(50), 'news/a/index.html': '<p>改过的动态</p>'.repeat(50), 'news/a/index.html.br': readFileSync(join(one, 'news/a/index.html.br')) });
    expect(await precompress(two, cache)).toMatchObject({ files: 2, reused: 1 });
    expect(statSync(join(two, 'index.html.br')).ino).toBe(statSync(join(one, 'index.html.br')).ino);
    for (const f of ['index.html', 'news/a/index.html']) {
      expect(brotliDecompressSync(readFileSync(join(two, `${f}.br`)))).toEqual(readFileSync(join(two, f)));
      expect(gunzipSync(readFileSync(join(two, `${f}.gz`)))).toEqual(readFileSync(join(two, f)));
    }
  });

  it('go when no release uses them any more, and those in use stay', async () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-compressed-'));
    const cache = join(root, '.compressed');
    await precompress(release('1', { 'a.html': '旧'.repeat(100), 'b.html': '同'.repeat(100) }), cache);
    const two = release('2', { 'a.html': '新'.repeat(100), 'b.html': '同'.repeat(100) });
    await precompress(two, cache);
    expect(pruneCompressed(cache)).toBe(0);
    rmSync(join(root, 'releases/1'), { recursive: true });
    // The old a.html's .br and .gz: linked from release 1 only.
    expect(pruneCompressed(cache)).toBe(2);
    expect(brotliDecompressSync(readFileSync(join(two, 'a.html.br'))).toString()).toBe('新'.repeat(100));
    expect(walk(cache)).toHaveLength(4);
  });

  it('never change a Pagefind file linked from elsewhere (the index cache) when unpacking it', async () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-compressed-'));
    const kept = join(root, 'index-cache.pf_index');
    const packed = gzipSync(Buffer.from(`pagefind_dcd${'索引'.repeat(100)}`));
    writeFileSync(kept, packed);
    const dir = release('1', {});
    mkdirSync(join(dir, 'pagefind/zh-hans/index'), { recursive: true });
    linkSync(kept, join(dir, 'pagefind/zh-hans/index/zh-hans_a1.pf_index'));
    await precompress(dir, join(root, '.compressed'));
    expect(readFileSync(kept)).toEqual(packed);
    expect(readFileSync(join(dir, 'pagefind/zh-hans/index/zh-hans_a1.pf_index')).subarray(0, 12).toString()).toBe('pagefind_dcd');
  });
});
