// `npm run size`: what one page of each kind costs a visitor on first load, measured on
// dist/ (run `npm run build` first), in both editions. Prints bytes raw and gzipped
// (level 6, as nginx does). CSS and JS are shared by both editions.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathIn } from '../src/lib/editions/editions.ts';

const DIST = 'dist';
const PAGES: [string, string][] = [
  ['首页', '/'], ['政策列表', '/policies/'], ['政策', '/policies/guofa-2007-13/'],
  ['指南', '/guides/golden-autumn-application/'], ['自助测评', '/check/'], ['法规目录', '/law/'],
  ['法规', '/law/jiaoyu-fa/'], ['法规打印版', '/law/print/'],
  ['动态列表', '/news/'], ['动态', '/news/2018-09-30-a907c374/'], ['动态（注音版）', '/news/2018-09-30-a907c374/zhuyin/'],
  ['指南（注音版）', '/guides/golden-autumn-application/zhuyin/'], ['历年数据', '/figures/'], ['年度数据', '/figures/2017/'], ['联系方式', '/regions/'], ['国家资助总览', '/aid/'], ['国家资助学段', '/aid/undergraduate/'],
  ['搜索', '/search/'], ['404', '/404.html'],
];

const gz = (b: Buffer | string) => gzipSync(b, { level: 6 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

if (!existsSync(DIST)) {
  console.error('没有 dist/：请先运行 npm run build');
  process.exit(1);
}
const fileOf = (path: string) => (path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html'));
console.log('| 页面 | 路径 | HTML | HTML gzip | 繁体 HTML | 繁体 gzip | CSS | CSS gzip | JS | JS gzip |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, path] of PAGES) {
  const html = readFileSync(fileOf(path));
  const hant = readFileSync(fileOf(pathIn('zh-hant', path)));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1] ?? '')));
  const js = [
    ...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1] ?? ''))),
    // Inline scripts count as JS; JSON-LD is data, already counted in the HTML.
    ...[...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1] ?? '')),
  ];
  const sum = (list: Buffer[], f: (b: Buffer) => number) => list.reduce((n, b) => n + f(b), 0);
  console.log(`| ${name} | ${path} | ${kb(html.length)} | ${kb(gz(html))} | ${kb(hant.length)} | ${kb(gz(hant))} | ${kb(sum(css, (b) => b.length))} | ${kb(sum(css, gz))} | ${kb(sum(js, (b) => b.length))} | ${kb(sum(js, gz))} |`);
}

// What every page loads: the stored-choice script and the header's module (reading aids, the
// search box's warm-up); budget ≤ 2 kB gzip, of a content page's 3 kB.
const home = readFileSync(fileOf('/'), 'utf8');
const aids = [...home.matchAll(/<script[^>]+src="(\/aids-init\.js|\/_astro\/SiteHeader[^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1] ?? '')));
const aidsGz = aids.reduce((n, b) => n + gz(b), 0);
console.log(`\n每页都有的脚本（阅读辅助、搜索框预取）：${aids.length} 个文件，${kb(aids.reduce((n, b) => n + b.length, 0))}，gzip ${kb(aidsGz)}（目标 ≤ 2 kB）${aidsGz <= 2048 ? '' : ' —— 超出目标'}`);
