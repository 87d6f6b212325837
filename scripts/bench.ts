// `npm run bench [-- --news 0,1000,10000] [--runs 3] [--keep] [--no-search] [--no-deploy]`: how
// the build and the deploy fare as the portal grows. For each size, N synthetic news go into a
// throwaway copy of the project (scripts/lib/bench-project.ts), where the real `npm run build`
// runs cold (both editions + the search index), and again with the Traditional edition off.
// Then what a publish costs: a first `npm run deploy`, one news item added, the build again on
// the same folder and caches, and the deploy again. Prints wall time and peak memory of each
// command's whole process tree, pages, dist and index size; Lighthouse on every template of the
// shipped content (the size 0); then (for the largest size) the search.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addOneItem, benchProject, build, deploy, steps, type Built } from './lib/bench-project.ts';
import { lighthouseReport } from './lib/bench-lighthouse.ts';
import { searchReport } from './lib/bench-search.ts';
import type { Measured } from './lib/process-tree.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    news: { type: 'string', default: '0,1000,10000' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    search: { type: 'boolean', default: true },
    deploy: { type: 'boolean', default: true },
    lighthouse: { type: 'boolean', default: true },
    'lighthouse-runs': { type: 'string', default: '3' },
  },
});
const sizes = (values.news ?? '').split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 0) || !Number.isInteger(runs) || runs < 1) {
  console.error('用法：npm run bench -- --news 0,1000,10000 [--runs 3] [--keep] [--no-search] [--no-deploy] [--no-lighthouse] [--lighthouse-runs 3]');
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const range = (xs: number[]) => (xs.length > 1 ? `（${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}）` : '');
const phases = (xs: Measured[]) => ['Astro', '索引'].map((p) => mb(median(xs.map((x) => x.peakByPhase[p] ?? 0)))).join(' / ');
const timed = (m: Measured | undefined) => (m ? `${m.seconds.toFixed(1)} s（${mb(m.peakRss)}）` : '—');

interface Row { news: number; full: Built[]; oneBuild: Built; firstDeploy?: Measured; oneDeploy?: Measured }
const rows: Row[] = [];
let lastOut = '';
for (const news of sizes) {
  const p = benchProject(news);
  console.log(`\n基准：${news} 条合成动态（平均正文 ${news ? Math.round(p.chars / news) : 0} 字），每种构建 ${runs} 次，取中位数`);
  console.log(`临时项目：${p.work}`);
  const full: Built[] = [];
  const simplified: Built[] = [];
  for (let r = 0; r < runs; r++) {
    // Alternate, so a slow spell on a shared machine hits both kinds alike. Each cold build writes
    // a new folder: on this machine's ext4, files made just after deleting as many are 3× slower.
    simplified.push(await build(p, join(p.work, `dist-s${r}`), { cold: true, traditional: false }));
    full.push(await build(p, join(p.work, `dist-${r}`), { cold: true }));
    console.log(`  第 ${r + 1} 轮：两版 ${full.at(-1)?.seconds.toFixed(2)} s（${steps(full.at(-1)?.output)}），只有简体 ${simplified.at(-1)?.seconds.toFixed(2)} s（${steps(simplified.at(-1)?.output)}）`);
  }
  const f = full.at(-1)!;
  console.log('');
  console.log('| 构建 | 用时 | 峰值内存（进程树） | 其中 Astro / 索引阶段 | 页面 | dist | 搜索索引 |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [label, xs] of [['两版 + 索引', full], ['只有简体 + 索引', simplified]] as const) {
    const last = xs.at(-1)!;
    console.log(`| ${label} | ${median(xs.map((x) => x.seconds)).toFixed(2)} s${range(xs.map((x) => x.seconds))} | ${mb(median(xs.map((x) => x.peakRss)))} | ${phases(xs)} | ${last.pages} | ${mb(last.dist)} | ${mb(last.index)} |`);
  }
  const ratio = median(full.map((x) => x.seconds)) / median(simplified.map((x) => x.seconds));
  console.log(`\n繁体版使构建时间增加 ${((ratio - 1) * 100).toFixed(1)}%（两版 / 只有简体 = ${ratio.toFixed(2)}）`);
  // Without synthetic news the build is the shipped content: Lighthouse on one page of every template.
  if (news === 0 && values.lighthouse) await lighthouseReport(f.out, Number(values['lighthouse-runs']));

  // A publish: the deploy as the server runs it, then one item added, built and deployed again.
  const target = join(p.work, 'srv');
  const firstDeploy = values.deploy ? await deploy(p, target) : undefined;
  addOneItem(p);
  const oneBuild = await build(p, f.out, { cold: false });
  console.log(`\n改一条后重建（同一输出文件夹和缓存）：${oneBuild.seconds.toFixed(2)} s，峰值 ${mb(oneBuild.peakRss)}（${steps(oneBuild.output)}）`);
  const oneDeploy = values.deploy ? await deploy(p, target) : undefined;
  if (firstDeploy && oneDeploy) console.log(`部署：首次 ${timed(firstDeploy)}，改一条后 ${timed(oneDeploy)}\n${oneDeploy.output.split('\n').filter((l) => /已上线|个页面|带过来/.test(l)).join('\n')}`);
  rows.push({ news, full, oneBuild, ...(firstDeploy ? { firstDeploy } : {}), ...(oneDeploy ? { oneDeploy } : {}) });
  if (news === Math.max(...sizes)) lastOut = f.out;
  else if (!values.keep) rmSync(p.work, { recursive: true, force: true });
  if (values.keep) console.log(`保留临时项目：${p.work}`);
}

console.log('\n## 汇总（用时和整个进程树的峰值内存）\n');
console.log('| 动态条数 | 完整构建（冷） | 改一条后重建 | 首次部署 | 改一条后部署 |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.news.toLocaleString('en-US')} | ${median(r.full.map((x) => x.seconds)).toFixed(1)} s（${mb(median(r.full.map((x) => x.peakRss)))}） | ${timed(r.oneBuild)} | ${timed(r.firstDeploy)} | ${timed(r.oneDeploy)} |`);
}
if (values.search && lastOut) await searchReport(lastOut);
if (!values.keep && lastOut) rmSync(join(lastOut, '..'), { recursive: true, force: true });
