// The search half of `npm run bench`: on a built site, the index's make-up, the first query's
// cost, how the real items rank among thousands of synthetic news, and the families' questions.
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { size } from './bench-project.ts';
import { findChromium } from './chromium.ts';
import { serveBuilt } from './nginx.ts';
import { coldReport } from './search-cold.ts';
import { askQuestion, probeQuery, rankOnPage, withSite } from './search-probe.ts';
import { FAMILY_QUESTIONS, RANKING_CASES } from './search-queries.ts';

/** The search on the last full build: index make-up, first-query cost, and ranking of the real items. */
export async function searchReport(dist: string): Promise<void> {
  const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).map((f) => size(join(dir, f))) : []);
  console.log('');
  console.log('| 搜索索引 | 索引分块 | 最大分块 | 片段 | 筛选 |');
  console.log('|---|---:|---:|---:|---:|');
  for (const e of ['zh-hans', 'zh-hant']) {
    // Every shard of the edition (src/lib/search/shards.ts): /pagefind/zh-hans/ and /pagefind/zh-hans.2019-07/ …
    const bundles = readdirSync(join(dist, 'pagefind')).filter((b) => b === e || b.startsWith(`${e}.`)).map((b) => join(dist, 'pagefind', b));
    const all = (folder: string) => bundles.flatMap((b) => files(join(b, folder)));
    const [index, fragments, filters] = [all('index'), all('fragment'), all('filter')];
    const kb = (xs: number[]) => `${(xs.reduce((a, n) => a + n, 0) / 1024).toFixed(0)} kB`;
    console.log(`| ${e}（${bundles.length} 个分片） | ${index.length} 块 ${kb(index)} | ${(Math.max(0, ...index) / 1024).toFixed(1)} kB | ${fragments.length} 个 ${kb(fragments)} | ${filters.length} 个 ${kb(filters)} |`);
  }
  const hant = createConverter();
  const queries = ['困难职工', '国发〔2007〕13号', '教育法 第三十八条', '12351', '职业资格证书'];
  await withSite(dist, findChromium(), async (base, browser) => {
    console.log('');
    console.log('| 版本 | 查询 | 结果 | 按键到结果 | 首次查询传输（脚本、wasm、索引、片段，gzip） | 页面（HTML、CSS） |');
    console.log('|---|---|---:|---:|---:|---:|');
    for (const edition of ['zh-hans', 'zh-hant'] as const) {
      for (const q of queries) {
        const query = edition === 'zh-hant' ? hant(q) : q;
        const p = await probeQuery(base, browser, dist, edition, query);
        console.log(`| ${edition} | ${query} | ${p.results} | ${p.ms} ms | ${(p.searchBytes / 1024).toFixed(1)} kB | ${(p.pageBytes / 1024).toFixed(1)} kB |`);
      }
    }
    console.log('');
    console.log('| 真实条目 | 查询 | 名次（简体版） | 排在它前面的合成动态 |');
    console.log('|---|---|---:|---:|');
    let worst = 0;
    let buried = 0;
    for (const { item, queries: qs } of RANKING_CASES) {
      for (const q of qs) {
        const { rank, syntheticAbove } = await rankOnPage(base, browser, 'zh-hans', q, item);
        worst = Math.max(worst, rank ?? 99);
        buried = Math.max(buried, syntheticAbove);
        console.log(`| ${item} | ${q} | ${rank ?? '前 10 名以外'} | ${syntheticAbove} |`);
      }
    }
    // Real items that outrank one another are fine: the point is that thousands of news do not bury them.
    console.log(`\n真实条目的最差名次：${worst > 10 ? '前 10 名以外' : worst}；排在真实条目前面的合成动态最多 ${buried} 条（要求：前 3 名，或排在前面的都是真实内容）`);
    console.log('');
    console.log('| 家长的问题 | 版本 | 应找到 | 名次 | 链接到小节 | 按键到结果 |');
    console.log('|---|---|---|---:|---|---:|');
    let top3 = 0;
    const asked = FAMILY_QUESTIONS.filter((f) => f.find);
    const times: number[] = [];
    for (const f of asked) {
      const a = await askQuestion(base, browser, f.edition, f.question, f.find ?? '');
      if (a.rank !== undefined && a.rank <= 3 && a.section) top3 += 1;
      times.push(a.ms);
      console.log(`| ${f.question} | ${f.edition} | ${f.find} | ${a.rank ?? '没有'} | ${f.find?.includes('#') ? (a.section ? '是' : '否') : '—'} | ${a.ms} ms |`);
    }
    times.sort((x, y) => x - y);
    console.log(`\n家长的问题：${asked.length} 个中 ${top3} 个在前 3 名找到应找到的页面（和小节）；按键到结果 ${times[0]}–${times[times.length - 1]} ms，中位数 ${times[Math.floor(times.length / 2)]} ms`);
  });
  // The same build as a phone on a mobile network meets it, through the project's nginx (scripts/lib/search-cold.ts).
  const root = mkdtempSync(join(tmpdir(), 'zhuxue-bench-cold-'));
  const server = await serveBuilt(dist, root);
  try {
    const executablePath = findChromium();
    // The local certificate is self-signed: a service worker (the repeat-visit measurement) registers only if Chromium is told to accept it.
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--ignore-certificate-errors'] });
    const cold = [...queries, '孩子上大学能领多少钱'];
    await coldReport(browser, server.https, (['zh-hans', 'zh-hant'] as const).flatMap((edition) => cold.map((q) => ({ edition, query: edition === 'zh-hant' ? hant(q) : q })))).finally(() => browser.close());
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

