// `npm run bench:nginx`: the production setup measured on this machine, for docs/deploy.md.
// Builds the site with a public address, deploys it with `npm run deploy` into a temporary
// target served by the shipped nginx configuration, and prints: bytes on the wire per page
// (uncompressed / gzip / Brotli, with everything the page loads), and requests per second and
// p99 latency for a guide page at 50 connections, steady and during a real deploy.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import autocannon from 'autocannon';
import { findChromium } from './lib/chromium.ts';
import { startNginx } from './lib/nginx.ts';
import { freePorts } from './lib/ports.ts';

const PROJECT = resolve(import.meta.dirname, '..');
const root = mkdtempSync(join(tmpdir(), 'zhuxue-bench-nginx-'));
chmodSync(root, 0o755); // nginx's workers read the target as an unprivileged user
const dist = join(root, 'dist');
const srv = join(root, 'srv');
const env = { ...process.env, PORTAL_SITE_URL: 'https://zhuxue.sdgh.example' };
if (spawnSync('npm', ['run', 'build'], { cwd: PROJECT, stdio: 'ignore', env: { ...env, PORTAL_OUT_DIR: dist } }).status !== 0) throw new Error('构建失败');
const deploy = () => new Promise<number>((done) => {
  spawn(process.execPath, [join(PROJECT, 'scripts/deploy.ts'), '--to', srv, '--dist', dist], { cwd: PROJECT, stdio: 'ignore', env }).on('exit', (c) => done(c ?? 1));
});
if ((await deploy()) !== 0) throw new Error('部署失败');
const [port, tlsPort] = await freePorts(2);
const server = await startNginx(srv, join(root, 'nginx'), port!, tlsPort!);
process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'; // the local certificate is self-signed

const size = (url: string, encoding: string) => {
  const r = spawnSync('curl', ['-ksS', '-H', `Accept-Encoding: ${encoding}`, '-o', '/dev/null', '-w', '%{size_download}', url], { encoding: 'utf8' });
  return Number(r.stdout);
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
try {
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
  console.log('| 页面 | 请求数 | 不压缩 | gzip | Brotli |');
  console.log('|---|---:|---:|---:|---:|');
  const pages: [string, string, (p: Page) => Promise<void>][] = [
    ['首页', '/', async () => {}],
    ['指南', '/guides/golden-autumn-application/', async () => {}],
    ['法规', '/law/jiaoyu-fa/', async () => {}],
    ['第一次搜索（困难职工）', '/search/?q=%E5%9B%B0%E9%9A%BE%E8%81%8C%E5%B7%A5', async (p) => { await p.locator('[data-results] > li').first().waitFor(); await p.waitForLoadState('networkidle'); }],
  ];
  for (const [label, path, wait] of pages) {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const urls = new Set<string>();
    page.on('requestfinished', (r) => void urls.add(r.url()));
    await page.goto(`${server.https}${path}`, { waitUntil: 'networkidle' });
    await wait(page);
    await context.close();
    const all = [...urls];
    const sum = (enc: string) => all.reduce((s, u) => s + size(u, enc), 0);
    console.log(`| ${label} | ${all.length} | ${kb(sum('identity'))} | ${kb(sum('gzip'))} | ${kb(sum('br'))} |`);
  }
  await browser.close();
  const url = `${server.https}/guides/golden-autumn-application/`;
  const load = (duration: number) => autocannon({ url, connections: 50, duration, headers: { 'accept-encoding': 'br' } });
  const steady = await load(10);
  console.log(`\n指南页，50 个并发连接，10 s（HTTPS、HTTP/1.1、Brotli）：${Math.round(steady.requests.average)} 次/秒，p99 ${steady.latency.p99} ms，错误 ${steady.errors}，非 2xx ${steady.non2xx}`);
  const started = performance.now();
  const during = load(30);
  const code = await deploy();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const d = await during;
  console.log(`同上 30 s，期间运行一次 npm run deploy（退出码 ${code}，${seconds} s 内完成：检查、预压缩、切换）：${Math.round(d.requests.average)} 次/秒，p99 ${d.latency.p99} ms，错误 ${d.errors}，非 2xx ${d.non2xx}`);
} finally {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
}
