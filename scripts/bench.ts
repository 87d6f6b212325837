// `npm run bench -- --news 1000 [--runs 3] [--keep]`: how long the whole build takes as the
// portal grows. Generates N synthetic news into a throwaway copy of the project, then runs
// the real `npm run build` there (both editions + the Pagefind index), cold each time, and
// again with the Traditional edition off. Prints wall time, peak RSS of the build's whole
// process tree, pages, dist and index size. Never touches the shipped content.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { createConverter } from '../src/lib/editions/convert.ts';
import { findChromium } from './lib/chromium.ts';
import { measure, type Measured } from './lib/process-tree.ts';
import { FAMILY_QUESTIONS, RANKING_CASES } from './lib/search-queries.ts';
import { askQuestion, probeQuery, rankOnPage, withSite } from './lib/search-probe.ts';
import { coldReport } from './lib/search-cold.ts';
import { serveBuilt } from './lib/nginx.ts';
import { syntheticNews } from './lib/synthetic-news.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    news: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    search: { type: 'boolean', default: true },
  },
});
const news = Number(values.news);
const runs = Number(values.runs);
if (!Number.isInteger(news) || news < 0 || !Number.isInteger(runs) || runs < 1) {
  console.error('用法：npm run bench -- --news 1000 [--runs 3] [--keep]');
  process.exit(2);
}

const PROJECT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'zhuxue-bench-'));

// A copy of the project that builds exactly like a checkout. node_modules is a folder of
// links, so Astro's caches (node_modules/.astro) land in the copy, not in the project.
for (const item of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
  cpSync(join(PROJECT, item), join(work, item), { recursive: true });
}
mkdirSync(join(work, 'node_modules'));
for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
  if (name !== '.astro' && name !== '.vite') symlinkSync(join(PROJECT, 'node_modules', name), join(work, 'node_modules', name));
}
let chars = 0;
for (let i = 0; i < news; i++) {
  const n = syntheticNews(i);
  writeFileSync(join(work, 'content/news', n.file), n.text);
  chars += n.bodyLength;
}

function size(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0);
}
const countPages = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

let builds = 0;
/**
 * One cold build, as from a fresh checkout: Astro's caches removed, and a new output folder
 * each time. Not the previous build's folder emptied: on this machine's ext4 (no journal),
 * creating files just after deleting as many is 3× slower (src/lib/stale-files.ts), which
 * a deploy from a fresh checkout never meets, and which once added 4 s to every round here.
 * The folders are removed with the project at the end.
 */
async function build(traditional: boolean): Promise<Measured & { pages: number; dist: number; index: number; out: string }> {
  for (const dir of ['.astro', 'node_modules/.astro']) rmSync(join(work, dir), { recursive: true, force: true });
  const out = join(work, `dist-${++builds}`);
  const result = await measure(
    'npm',
    ['run', 'build'],
    // The synthetic news are samples (scripts/lib/synthetic-news.ts): asked for, as in npm test.
    { cwd: work, env: { ...process.env, CI: '1', PORTAL_SAMPLES: '1', PORTAL_OUT_DIR: out, ...(traditional ? {} : { PORTAL_TRADITIONAL: 'off' }) } },
    // Linux shortens process names to 15 characters.
    (names) => (names.some((n) => n.startsWith('pagefind')) ? '索引' : 'Astro'),
  );
  if (result.code !== 0) {
    console.error(result.output.slice(-3000));
    throw new Error(`构建失败（${work}）`);
  }
  return { ...result, out, pages: countPages(out), dist: size(out), index: size(join(out, 'pagefind')) };
}

/** The search on the last full build: index make-up, first-query cost, and ranking of the real items. */
async function searchReport(dist: string): Promise<void> {
  const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).map((f) => size(join(dir, f))) : []);
  console.log('');
  console.log('| 搜索索引 | 索引分块 | 最大分块 | 片段 | 筛选 |');
  console.log('|---|---:|---:|---:|---:|');
  for (const e of ['zh-hans', 'zh-hant']) {
    const b = join(dist, 'pagefind', e);
    const [index, fragments, filters] = [files(join(b, 'index')), files(join(b, 'fragment')), files(join(b, 'filter'))];
    const kb = (xs: number[]) => `${(xs.reduce((a, n) => a + n, 0) / 1024).toFixed(0)} kB`;
    console.log(`| ${e} | ${index.length} 块 ${kb(index)} | ${(Math.max(0, ...index) / 1024).toFixed(1)} kB | ${fragments.length} 个 ${kb(fragments)} | ${filters.length} 个 ${kb(filters)} |`);
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

/** Where a build's time went, read from its own log: page generation, Traditional edition, search documents, index. */
function steps(output = ''): string {
  const log = output.replace(/\x1b\[[\d;]*m/g, '');
  const seconds = (re: RegExp, scale = 1) => {
    const m = re.exec(log);
    return m ? `${(Number(m[1]) * (m[2] === 'ms' ? 0.001 : scale)).toFixed(1)} s` : '—';
  };
  return [
    `页面 ${seconds(/generating static routes[^]*?✓ Completed in ([\d.]+)(m?s)\./)}`,
    `繁体 ${seconds(/繁体版：\d+ 页，用时 (\d+) ms/, 0.001)}`,
    `搜索文档 ${seconds(/搜索文档：.*用时 (\d+) ms/, 0.001)}`,
    `索引 ${seconds(/搜索索引完成.*用时 ([\d.]+) s/)}`,
  ].join('，');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

console.log(`基准：${news} 条合成动态（平均正文 ${news ? Math.round(chars / news) : 0} 字），每种构建 ${runs} 次，取中位数`);
console.log(`临时项目：${work}`);
const full: Awaited<ReturnType<typeof build>>[] = [];
const simplified: Awaited<ReturnType<typeof build>>[] = [];
for (let r = 0; r < runs; r++) {
  // Alternate, so a slow spell on a shared machine hits both kinds alike.
  simplified.push(await build(false));
  full.push(await build(true));
  console.log(`  第 ${r + 1} 轮：两版 ${full.at(-1)?.seconds.toFixed(2)} s（${steps(full.at(-1)?.output)}），只有简体 ${simplified.at(-1)?.seconds.toFixed(2)} s（${steps(simplified.at(-1)?.output)}）`);
}
const f = full.at(-1);
const s = simplified.at(-1);
if (!f || !s) throw new Error('没有结果');
const fullTime = median(full.map((x) => x.seconds));
const simpleTime = median(simplified.map((x) => x.seconds));
console.log('');
const range = (xs: number[]) => (xs.length > 1 ? `（${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}）` : '');
const phases = (xs: Measured[]) => ['Astro', '索引'].map((p) => mb(median(xs.map((x) => x.peakByPhase[p] ?? 0)))).join(' / ');
console.log('| 构建 | 用时 | 峰值内存（进程树） | 其中 Astro / 索引阶段 | 页面 | dist | 搜索索引 |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [label, xs, last] of [['两版 + 索引', full, f], ['只有简体 + 索引', simplified, s]] as const) {
  const time = median(xs.map((x) => x.seconds));
  console.log(`| ${label} | ${time.toFixed(2)} s${range(xs.map((x) => x.seconds))} | ${mb(median(xs.map((x) => x.peakRss)))} | ${phases(xs)} | ${last.pages} | ${mb(last.dist)} | ${mb(last.index)} |`);
}
console.log('');
console.log(`繁体版使构建时间增加 ${((fullTime / simpleTime - 1) * 100).toFixed(1)}%（两版 / 只有简体 = ${(fullTime / simpleTime).toFixed(2)}）`);
if (values.search) await searchReport(f.out);
if (values.keep) console.log(`保留临时项目：${work}`);
else rmSync(work, { recursive: true, force: true });
