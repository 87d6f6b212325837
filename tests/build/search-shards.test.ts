// The search index in shards (src/lib/search/shards.ts) and the build that redoes only what
// changed, built for real with a small shard limit: the bundles and what the search page is told
// about them; a rebuild into the same folder after one news item changed and one was published
// renders, converts and indexes only what that touched, and gives the same site file by file as
// a build from nothing; and in a browser, one search finds pages of every shard, newest first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { brokenSiteLinks } from '../../scripts/lib/link-check.ts';
import { withSite } from '../../scripts/lib/search-probe.ts';
import { syntheticNews } from '../../scripts/lib/synthetic-news.ts';
import { PROJECT, copyContent, edit } from '../helpers/content-copy.ts';

let copy: ReturnType<typeof copyContent>;
let cache: string;
const LIMIT = 40;

/** astro build + the index step, as `npm run build` runs them; Astro's log and the index step's. */
function build(out: string): { astro: string; index: string } {
  const env = { ...process.env, PORTAL_CONTENT_DIR: copy.content, PORTAL_OUT_DIR: out, PORTAL_SAMPLES: '1', PORTAL_SEARCH_SHARD: String(LIMIT), PORTAL_INDEX_CACHE: cache, NO_COLOR: '1' };
  const astro = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], { cwd: PROJECT, encoding: 'utf8', env });
  if (astro.status !== 0) throw new Error(astro.stdout + astro.stderr);
  const index = spawnSync(process.execPath, ['scripts/build-index.ts'], { cwd: PROJECT, encoding: 'utf8', env });
  if (index.status !== 0) throw new Error(index.stdout + index.stderr);
  return { astro: astro.stdout, index: index.stdout };
}

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
const json = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
interface SearchData { shards: { path: string; tag: string }[]; parts?: string[]; index: { path: string; chunks: [string, string, string][] }[] }

let first: string;
let fresh: string;
let logs: { astro: string; index: string }[];
let before: string[];
const TODAY = new Date().toISOString().slice(0, 10);

beforeAll(() => {
  copy = copyContent();
  cache = mkdtempSync(join(tmpdir(), 'zhuxue-index-cache-'));
  // 60 news over ten years: with the real content, four or five shards of at most 40 records.
  for (let i = 0; i < 60; i++) {
    const n = syntheticNews(i);
    writeFileSync(join(copy.content, 'news', n.file), n.text);
  }
  [first, fresh] = ['dist-1', 'dist-2'].map((d) => join(copy.root, d)) as [string, string];
  logs = [build(first)];
  before = files(first);
  // One old news item changed and one published today, built again into the same folder, as a deploy does …
  edit(copy.content, 'news/bench-00007.mdx', /工会/, '总工会基层');
  const added = syntheticNews(60);
  writeFileSync(join(copy.content, 'news', added.file), added.text.replace(/^publishedOn: .*$/m, `publishedOn: ${TODAY}`));
  logs.push(build(first));
  // … and the same content built with nothing kept.
  rmSync(cache, { recursive: true, force: true });
  logs.push(build(fresh));
}, 300_000);
afterAll(() => {
  copy.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

describe('the search index in shards', () => {
  it('puts the newest shard in the edition bundle and the older ones beside it, each within the limit', () => {
    const bundles = readdirSync(join(first, 'pagefind')).sort();
    const older = bundles.filter((b) => b.startsWith('zh-hans.'));
    expect(bundles).toContain('zh-hans');
    expect(older.length).toBeGreaterThanOrEqual(2);
    expect(bundles.filter((b) => b.startsWith('zh-hant.')).map((b) => b.slice(8))).toEqual(older.map((b) => b.slice(8)));
    // An older shard carries its index only: the runtime and WebAssembly are the edition bundle's.
    expect(readdirSync(join(first, 'pagefind', older[0]!)).some((f) => f.endsWith('.js') || f.endsWith('.pagefind'))).toBe(false);
    for (const m of logs[0]!.index.matchAll(/(\d+) 条（/g)) expect(Number(m[1])).toBeLessThanOrEqual(LIMIT);
  });

  it('tells the search page every older shard, newest first, and preloads their entry files', () => {
    const data = json<SearchData>(join(first, 'pagefind/zh-hans/search-data.json'));
    const older = readdirSync(join(first, 'pagefind')).filter((b) => b.startsWith('zh-hans.')).sort().reverse();
    expect(data.shards.map((s) => s.path)).toEqual(older.map((b) => `/pagefind/${b}/`));
    expect(data.parts).toHaveLength(older.length + 1);
    const page = readFileSync(join(first, 'search/index.html'), 'utf8');
    for (const s of data.shards) expect(page).toContain(`<link rel="preload" href="${s.path}pagefind-entry.json?ts=${s.tag}"`);
  });

  it("gives the search page every bundle's word ranges, read from Pagefind's metadata: each index file once, in word order", () => {
    const data = json<SearchData>(join(first, 'pagefind/zh-hans/search-data.json'));
    expect(data.index.map((b) => b.path)).toEqual(['/pagefind/zh-hans/', ...data.shards.map((s) => s.path)]);
    for (const { path, chunks } of data.index) {
      expect(chunks.map(([, , hash]) => `${hash}.pf_index`).sort(), path).toEqual(readdirSync(join(first, path, 'index')).sort());
      const bounds = chunks.flatMap(([from, to]) => [from, to]);
      expect(bounds, path).toEqual([...bounds].sort());
    }
  });

  it('indexes again only the shards of the changed and the new item, one each per edition, and the rest is kept', () => {
    const count = (log: string) => /新建 (\d+) 个，沿用 (\d+) 个/.exec(log)?.slice(1).map(Number);
    const [made, kept] = count(logs[1]!.index) ?? [];
    expect(made).toBe(4);
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(count(logs[2]!.index)?.[1]).toBe(0);
  });

  it('renders and converts again only the pages the two items touched', () => {
    // Astro logs each page it kept from the last build as (cached).
    const news = logs[1]!.astro.split('\n').filter((l) => /\/news\/.*index\.html/.test(l));
    const rendered = news.filter((l) => !l.includes('(cached)'));
    expect(news.length - rendered.length).toBeGreaterThan(100);
    // The two items and their 注音 versions, and the first page of each list they are in (the older pages stay).
    expect(rendered.length).toBeLessThan(30);
    expect(rendered.some((l) => l.includes('/news/bench-00007/index.html'))).toBe(true);
    expect(rendered.some((l) => l.includes('/news/bench-00060/index.html'))).toBe(true);
    const [, all, kept] = /繁体版：(\d+) 页（(\d+) 页未变/.exec(logs[1]!.astro) ?? [];
    expect(Number(all) - Number(kept)).toBeLessThan(40);
    expect(/繁体版：\d+ 页（0 页未变/.test(logs[2]!.astro)).toBe(true);
  });

  it('gives, after the change and the new item, the same site file by file as a build from nothing, Pagefind’s index names aside', () => {
    // Pagefind names its metadata, index and filter files by their bytes, and orders a filter's
    // values as its hash map does: the same documents may give other names. Those are compared by search below.
    const named = /^pagefind\/[^/]+\/(index|filter)\/|\.pf_meta$/;
    const names = (text: string) => text.replace(/(zh-han[st])_[0-9a-f]{7,}/g, '$1_…');
    expect(files(first).filter((f) => !named.test(f))).toEqual(files(fresh).filter((f) => !named.test(f)));
    const differ = files(first).filter((f) => !named.test(f)).filter((f) => {
      const [a, b] = [readFileSync(join(first, f)), readFileSync(join(fresh, f))];
      return !a.equals(b) && !(/\.(html|json)$/.test(f) && names(a.toString()) === names(b.toString()));
    });
    expect(differ).toEqual([]);
    // The same number of each kind of Pagefind file; and the change is in the index (a fragment is new).
    const kinds = (dir: string) => files(dir).filter((f) => named.test(f)).map((f) => f.replace(/[^/]+$/, ''));
    expect(kinds(first)).toEqual(kinds(fresh));
    // The names compared away above must still resolve: every link, preload and asset of the rebuilt site.
    expect(brokenSiteLinks(first)).toEqual([]);
    expect(files(first).filter((f) => f.includes('/fragment/')).filter((f) => !before.includes(f)).length).toBeGreaterThan(0);
  });

  it('in a browser, finds pages of every shard, lists news newest first across shards, and answers as the build from nothing does', async () => {
    const everything = async (base: string, browser: Browser, query: string) => {
      const page = await browser.newPage();
      await page.goto(`${base}/search/${query}`);
      await page.locator('[data-results] > li').first().waitFor({ timeout: 30_000 });
      // 显示更多结果 until every result the status counts is shown (10 more each time).
      await page.locator('[data-status]').filter({ hasText: /找到 \d+ 条/ }).waitFor();
      const total = Number(/找到 (\d+) 条/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[1]);
      // Each batch is waited for whole: a click while one is still being added would add it again.
      for (let shown = await page.locator('[data-results] > li').count(); shown < total; shown = Math.min(shown + 10, total)) {
        await page.locator('[data-more]').click();
        await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length >= n, Math.min(shown + 10, total));
      }
      expect(await page.locator('[data-results] > li').count(), `${query}：${await page.locator('[data-status]').textContent()}`).toBe(total);
      const hrefs = await page.locator('[data-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      // Shown as 2019年7月5日: compared as numbers.
      const dates = (await page.locator('[data-results] .meta').allTextContents())
        .map((t) => /(\d{4})年(\d+)月(\d+)日/.exec(t)?.slice(1).map(Number))
        .map((d) => (d ? d[0]! * 10000 + d[1]! * 100 + d[2]! : 0));
      await page.close();
      return { hrefs, dates };
    };
    const queries = [`?q=${encodeURIComponent('总工会基层')}`, `?q=${encodeURIComponent('助学')}`, `?q=${encodeURIComponent('就业')}&sort=newest`, '?kind=news'];
    const answers = (dist: string) => withSite(dist, findChromium(), async (base, browser) => {
      const out = [];
      for (const q of queries) out.push(await everything(base, browser, q));
      return out;
    });
    const [changed, fromNothing] = [await answers(first), await answers(fresh)];
    // 总工会基层 is said only by the changed item, in an old shard.
    expect(changed[0]!.hrefs).toContain('/news/bench-00007/');
    // All 62 news (61 generated, 1 real), newest first, across every shard: today's first.
    const news = changed[3]!;
    expect(news.hrefs).toHaveLength(62);
    expect(news.hrefs[0]).toBe('/news/bench-00060/');
    expect(news.dates).not.toContain(0);
    expect(news.dates).toEqual([...news.dates].sort((a, b) => b - a));
    // A question sorted newest first: the dated results in order (contacts have no date; Pagefind places them as it does in one index).
    const dated = changed[2]!.dates.filter((d) => d > 0);
    expect(dated.length).toBeGreaterThan(20);
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    // Sorted by date, pages of the same date (or none: the self-check, the aid pages updated the same
    // day) come in an order Pagefind does not fix for a tie (seen to differ between a rebuilt shard
    // and one built from nothing): compared as a set within each run of equal dates. The
    // relevance-ordered answers must match exactly.
    const byDate = (a: { hrefs: string[]; dates: number[] }) => {
      const runs: string[][] = [];
      a.hrefs.forEach((href, i) => (i > 0 && a.dates[i] === a.dates[i - 1] ? runs.at(-1)!.push(href) : runs.push([href])));
      return runs.map((run) => run.sort());
    };
    expect(changed.slice(0, 2).map((a) => a.hrefs)).toEqual(fromNothing.slice(0, 2).map((a) => a.hrefs));
    expect(changed.slice(2).map(byDate)).toEqual(fromNothing.slice(2).map(byDate));
    expect(changed.slice(2).map((a) => a.dates)).toEqual(fromNothing.slice(2).map((a) => a.dates));
  }, 180_000);
});
