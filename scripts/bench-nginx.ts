// `npm run bench:nginx`: the production setup measured on this machine, for docs/deploy.md.
// Serves the built dist/ through the shipped nginx configuration (precompressed like a deploy)
// and prints: bytes on the wire per page (uncompressed / gzip / Brotli, with everything the
// page loads), and requests per second and p99 latency for a guide page at 50 connections,
// steady and while a deploy switches the release.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { findChromium } from './lib/chromium.ts';
import { precompress, switchTo } from './lib/deploy.ts';
import { startNginx } from './lib/nginx.ts';
import { freePorts } from './lib/ports.ts';

const DIST = resolve('dist');
const root = mkdtempSync(join(tmpdir(), 'zhuxue-bench-nginx-'));
chmodSync(root, 0o755);
const srv = join(root, 'srv');
mkdirSync(join(srv, 'releases'), { recursive: true });
for (const name of ['a', 'b']) {
  cpSync(DIST, join(srv, 'releases', name), { recursive: true });
  await precompress(join(srv, 'releases', name));
}
switchTo(srv, 'a');
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
  const pages: [string, string, (p: import('@playwright/test').Page) => Promise<void>][] = [
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
  const load = () => autocannon({ url, connections: 50, duration: 10, headers: { 'accept-encoding': 'br' } });
  const steady = await load();
  console.log(`\n指南页，50 个并发连接，10 s（HTTPS、HTTP/1.1、Brotli）：${Math.round(steady.requests.average)} 次/秒，p99 ${steady.latency.p99} ms，错误 ${steady.errors}，非 2xx ${steady.non2xx}`);
  const during = load();
  for (let i = 0; i < 8; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    switchTo(srv, i % 2 ? 'a' : 'b');
  }
  const d = await during;
  console.log(`同上，期间切换上线版本 8 次：${Math.round(d.requests.average)} 次/秒，p99 ${d.latency.p99} ms，错误 ${d.errors}，非 2xx ${d.non2xx}`);
} finally {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
}
