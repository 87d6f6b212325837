import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { carryForward, prune, recyclable, releaseName, releases, switchTo, walk } from '../../scripts/lib/deploy.ts';
import { assemble, precompress, pruneCompressed, unpackPagefind } from '../../scripts/lib/store.ts';
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

describe('releases assembled from a kept build folder through the content store', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  /** Write files into the build folder the way a build does: over the old file, in place (same inode). */
  const build = (files: Record<string, string | Buffer>) => {
    const dir = join(root, '.build');
    for (const [f, data] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), data);
    }
    return dir;
  };
  const store = () => join(root, '.compressed');
  const release = (name: string) => join(root, 'releases', name);

  it('store and compress each content once: an unchanged file is the same file in both releases, a changed one its own, and a release never changes when the build folder is built into again', async () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-assemble-'));
    const src = build({ 'index.html': '<p>首页</p>'.repeat(50), 'news/a/index.html': '<p>旧的动态</p>'.repeat(50), 'icon.png': Buffer.from([1, 2, 3]), '.git/HEAD': 'ref' });
    expect(await assemble(src, release('1'), store())).toMatchObject({ files: 2, reused: 0, stored: 3 });
    // The next build writes over the build folder: the home page the same, the news item edited.
    build({ 'index.html': '<p>首页</p>'.repeat(50), 'news/a/index.html': '<p>改过的动态</p>'.repeat(50) });
    expect(await assemble(src, release('2'), store())).toMatchObject({ files: 2, reused: 1, stored: 1 });
    for (const f of ['index.html', 'index.html.br', 'index.html.gz', 'icon.png']) expect(statSync(join(release('2'), f)).ino, f).toBe(statSync(join(release('1'), f)).ino);
    expect(statSync(join(release('2'), 'news/a/index.html')).ino).not.toBe(statSync(join(release('1'), 'news/a/index.html')).ino);
    // The live release still has what it was released with.
    expect(readFileSync(join(release('1'), 'news/a/index.html'), 'utf8')).toBe('<p>旧的动态</p>'.repeat(50));
    for (const f of ['index.html', 'news/a/index.html']) {
      expect(brotliDecompressSync(readFileSync(join(release('2'), `${f}.br`)))).toEqual(readFileSync(join(release('2'), f)));
      expect(gunzipSync(readFileSync(join(release('2'), `${f}.gz`)))).toEqual(readFileSync(join(src, f)));
    }
    expect(existsSync(join(release('2'), '.git'))).toBe(false);
  });

  it('make a release in the folders of one that would be pruned: the same files as a new one, changed only where they differ', async () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-assemble-'));
    const src = build({ 'index.html': '<p>首页</p>'.repeat(50), 'news/a/index.html': '<p>旧</p>'.repeat(50), 'news/gone/index.html': '<p>撤下</p>'.repeat(50) });
    await assemble(src, release('1'), store());
    const kept = statSync(join(release('1'), 'index.html')).ino;
    const folder = statSync(join(release('1'), 'news')).ino;
    rmSync(join(src, 'news/gone'), { recursive: true });
    build({ 'news/a/index.html': '<p>新</p>'.repeat(50), 'news/b/index.html': '<p>新的一条</p>'.repeat(50) });
    await assemble(src, release('2'), store(), undefined, release('1'));
    expect(existsSync(release('1'))).toBe(false);
    await assemble(src, release('3'), store());
    // Recycled and new: the same files, each the store's, and no leftover (the withdrawn page and its folder are gone).
    expect(walk(release('2')).sort()).toEqual(walk(release('3')).sort());
    for (const f of walk(release('3'))) expect(statSync(join(release('2'), f)).ino, f).toBe(statSync(join(release('3'), f)).ino);
    expect(existsSync(join(release('2'), 'news/gone'))).toBe(false);
    // The folders and the unchanged file are the old release's own.
    expect(statSync(join(release('2'), 'news')).ino).toBe(folder);
    expect(statSync(join(release('2'), 'index.html')).ino).toBe(kept);
    expect(readFileSync(join(release('2'), 'news/a/index.html'), 'utf8')).toBe('<p>新</p>'.repeat(50));
  });

  it('recycle only a release that would be pruned next: never the live one or the one a rollback goes to', () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-assemble-'));
    for (const r of ['1', '2', '3', '4']) mkdirSync(release(r), { recursive: true });
    expect(recyclable(root)).toBeUndefined();
    mkdirSync(release('5'), { recursive: true });
    expect(recyclable(root)).toBe('1');
    switchTo(root, '1');
    switchTo(root, '2');
    // 1 is where a rollback goes, 2 is live; 3–6 and the new one are the newest five.
    mkdirSync(release('6'), { recursive: true });
    expect(recyclable(root)).toBeUndefined();
    mkdirSync(release('7'), { recursive: true });
    expect(recyclable(root)).toBe('3');
  });

  it('let go of what no release uses any more, and keep what is in use', async () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-assemble-'));
    const src = build({ 'a.html': '旧'.repeat(100), 'b.html': '同'.repeat(100) });
    await assemble(src, release('1'), store());
    build({ 'a.html': '新'.repeat(100) });
    await assemble(src, release('2'), store());
    expect(pruneCompressed(store())).toBe(0);
    rmSync(release('1'), { recursive: true });
    // The old a.html, its .br and .gz: linked from release 1 only.
    expect(pruneCompressed(store())).toBe(3);
    expect(brotliDecompressSync(readFileSync(join(release('2'), 'a.html.br'))).toString()).toBe('新'.repeat(100));
    expect(walk(store())).toHaveLength(6);
  });

  it('release Pagefind files unpacked without changing the build folder’s (linked from the index cache)', async () => {
    root = mkdtempSync(join(tmpdir(), 'zhuxue-assemble-'));
    const kept = join(root, 'index-cache.pf_index');
    const packed = gzipSync(Buffer.from(`pagefind_dcd${'索引'.repeat(100)}`));
    writeFileSync(kept, packed);
    const src = build({});
    mkdirSync(join(src, 'pagefind/zh-hans/index'), { recursive: true });
    linkSync(kept, join(src, 'pagefind/zh-hans/index/zh-hans_a1.pf_index'));
    await assemble(src, release('1'), store());
    expect(readFileSync(kept)).toEqual(packed);
    expect(readFileSync(join(release('1'), 'pagefind/zh-hans/index/zh-hans_a1.pf_index')).subarray(0, 12).toString()).toBe('pagefind_dcd');
    expect(brotliDecompressSync(readFileSync(join(release('1'), 'pagefind/zh-hans/index/zh-hans_a1.pf_index.br'))).subarray(0, 12).toString()).toBe('pagefind_dcd');
  });
});
