// News lists at a realistic size: pages of 20 that stay put as news is added, with working links, lists by program, city,
// year and tag with their counts, every news page linking to its lists, and a feed that
// stays small. Built for real from a copy of content/ with 45 generated (sample) news.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticNews } from '../../scripts/lib/synthetic-news.ts';
import { stablePages } from '../../src/lib/news-lists.ts';
import { PROJECT, copyContent } from '../helpers/content-copy.ts';

let copy: ReturnType<typeof copyContent>;
let out: string;
const page = (path: string) => readFileSync(join(out, decodeURIComponent(path), 'index.html'), 'utf8');
const items = (html: string) => [...html.matchAll(/<li class="py-4">/g)].length;

beforeAll(() => {
  copy = copyContent();
  for (let i = 0; i < 45; i++) {
    const n = syntheticNews(i);
    writeFileSync(join(copy.content, 'news', n.file), n.text);
  }
  out = join(copy.root, 'dist');
  // What an earlier build left: a list page there were more news for then, an asset of an
  // older stylesheet, and the list's first page; and a deploy repository's .git folder. This
  // build writes over dist/ (it is not emptied first) and must remove what it does not make
  // again, except .git (which Astro's own emptying spared too).
  for (const rel of ['news/page/9/index.html', 'zh-hant/news/page/9/index.html', '_astro/earlier.css', 'news/index.html', '.git/HEAD']) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), '上次构建');
    utimesSync(join(out, rel), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
  }
  const r = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT, encoding: 'utf8', env: { ...process.env, PORTAL_CONTENT_DIR: copy.content, PORTAL_OUT_DIR: out, PORTAL_SAMPLES: '1', NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
}, 180_000);
afterAll(() => copy.cleanup());

describe('news lists', () => {
  it('keep their older pages as they are: 20 news each counted from the oldest, the newest at the list’s address, newer and older links', () => {
    // 45 generated + 1 real: page/1/ holds the oldest 20, /news/ the newest 26 (6 would be under half a page).
    expect(items(page('/news/'))).toBe(26);
    expect(items(page('/news/page/1/'))).toBe(20);
    expect(existsSync(join(out, 'news/page/2/index.html'))).toBe(false);
    const first = page('/news/');
    const older = page('/news/page/1/');
    expect(first).toContain('<a href="/news/page/1/" rel="next">较早的动态</a>');
    expect(older).toContain('<a href="/news/" rel="prev">较新的动态</a>');
    expect(older).not.toContain('rel="next"');
    // An older page says which dates it spans, not how many pages or news there are (both change with every item).
    expect(older).toMatch(/<title>工作动态（\d{4}年\d+月\d+日至\d{4}年\d+月\d+日）/);
    expect(older).not.toMatch(/共 \d+ 条|共 \d+ 页/);
    expect(page('/zh-hant/news/')).toContain('<a href="/zh-hant/news/page/1/" rel="next">較早的動態</a>');
  });

  it('replace what an earlier build left in dist/: pages no longer made are removed, with their folders', () => {
    for (const gone of ['news/page/9', 'zh-hant/news/page/9', '_astro/earlier.css']) expect(existsSync(join(out, gone)), gone).toBe(false);
    expect(existsSync(join(out, 'news/page'))).toBe(true);
    expect(page('/news/')).not.toContain('上次构建');
    expect(readFileSync(join(out, '.git/HEAD'), 'utf8')).toBe('上次构建');
  });

  it('exist for every program, city, year and tag, with counts on the news page that match their lists', () => {
    const index = page('/news/');
    const counts = [...index.matchAll(/<li><a href="(\/news\/(?:program|city|year|tag)\/[^"]+)">[^<]+<\/a> <span class="meta">（(\d+) 条）<\/span><\/li>/g)];
    expect(counts.length).toBeGreaterThan(10);
    for (const kind of ['program', 'city', 'year', 'tag']) expect(counts.some(([, href]) => href!.startsWith(`/news/${kind}/`)), kind).toBe(true);
    for (const [, href, n] of counts) {
      const total = Number(n);
      const first = page(href!);
      expect(first, href).toContain(`共 ${total} 条，最新的在前。`);
      expect(items(first), href).toBe(stablePages(Array.from({ length: total })).at(0)!.items.length);
    }
  });

  it('are linked from every news page: its programs, cities, year and tags', () => {
    const n = syntheticNews(0);
    const html = page(`/news/${n.file.replace('.mdx', '')}/`);
    const city = /cities: \[(\w+)\]/.exec(n.text)![1]!;
    const program = /programs: \[([\w-]+)\]/.exec(n.text)![1]!;
    const year = /publishedOn: (\d{4})/.exec(n.text)![1]!;
    const tag = /tags: \[(.+)\]/.exec(n.text)![1]!;
    for (const href of [`/news/program/${program}/`, `/news/city/${city}/`, `/news/year/${year}/`, `/news/tag/${encodeURIComponent(tag)}/`]) {
      expect(html, href).toContain(`href="${href}"`);
    }
    expect(page(`/news/tag/${tag}/`)).toContain(n.file.replace('.mdx', ''));
  });

  it('keep the feed to the 50 newest', () => {
    const rss = readFileSync(join(out, 'news/rss.xml'), 'utf8');
    expect([...rss.matchAll(/<item>/g)]).toHaveLength(46);
  });
});
