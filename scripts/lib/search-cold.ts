import type { Browser, BrowserContext, Page } from '@playwright/test';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';

/**
 * A first search as a new reader on a phone meets it: a fresh browser profile (cold cache, new
 * connections) opens /search/?q=… over Lighthouse's mobile "Slow 4G" (150 ms round trip,
 * 1.6 Mbps down, 750 kbps up; Chromium's request-level throttling, as Lighthouse's DevTools
 * mode). Served by the project's nginx (HTTP/2, Brotli): scripts/lib/nginx.ts serveBuilt.
 */
export const SLOW_4G = { latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export interface ChainStep { name: string; start: number; end: number; bytes: number }
export interface ColdSearch {
  edition: EditionId;
  query: string;
  /** From navigation start to the first result in the list. */
  firstResultMs: number;
  /** From navigation start to every result of the first page shown and the status settled. */
  allResultsMs: number;
  results: number;
  /** Everything on the wire (headers included) until the network is idle. */
  bytes: number;
  requests: number;
  /** Every request: start and end (ms from navigation start) and size on the wire. */
  chain: ChainStep[];
}

/** A fresh profile on a throttled phone-sized page; `wire` collects each request's bytes on the wire. */
async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page; wire: Map<string, number> }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  const wire = new Map<string, number>();
  cdp.on('Network.loadingFinished', (e) => void wire.set(e.requestId, e.encodedDataLength));
  // Seen from inside the page, on its own clock (performance.now() is 0 at navigation start).
  await page.addInitScript(() => {
    const w = window as unknown as { firstResult?: number; allResults?: number };
    const seen = new MutationObserver(() => {
      if (w.firstResult === undefined && document.querySelector('[data-results] > li')) w.firstResult = performance.now();
      const status = document.querySelector('[data-status]')?.textContent ?? '';
      if (w.firstResult !== undefined && /\d/.test(status) && !/…/.test(status)) {
        w.allResults = performance.now();
        seen.disconnect();
      }
    });
    seen.observe(document, { childList: true, subtree: true, characterData: true });
  });
  return { context, page, wire };
}

const settled = (page: Page) => page.waitForFunction(() => (window as unknown as { allResults?: number }).allResults !== undefined, undefined, { timeout: 60_000 });

export async function coldSearch(browser: Browser, base: string, edition: EditionId, query: string): Promise<ColdSearch> {
  const { context, page, wire } = await phone(browser);
  await page.goto(`${base}${pathIn(edition, '/search/')}?q=${encodeURIComponent(query)}`);
  await settled(page);
  await page.waitForLoadState('networkidle');
  const seen = await page.evaluate(() => {
    const w = window as unknown as { firstResult: number; allResults: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const steps = [nav, ...resources].map((r) => ({ name: r.name, start: r.startTime, end: r.responseEnd, bytes: r.transferSize }));
    return { first: w.firstResult, all: w.allResults, results: document.querySelectorAll('[data-results] > li').length, steps };
  });
  await context.close();
  const short = (url: string) => decodeURIComponent(new URL(url).pathname + new URL(url).search).replace(/^\/(zh-hant\/)?/, '/');
  return {
    edition, query, results: seen.results,
    firstResultMs: Math.round(seen.first), allResultsMs: Math.round(seen.all),
    bytes: [...wire.values()].reduce((a, b) => a + b, 0), requests: wire.size,
    chain: seen.steps.map((s) => ({ ...s, name: short(s.name), start: Math.round(s.start), end: Math.round(s.end) })),
  };
}

/** The request chain of one load as a Markdown table, as in the issue that asked for it. */
export function chainTable(c: ColdSearch): string {
  const rows = c.chain.sort((a, b) => a.start - b.start).map((s) => `| \`${s.name}\` | ${s.start} | ${s.end} | ${(s.bytes / 1024).toFixed(1)} kB |`);
  return ['| 请求 | 开始 | 结束 | 传输 |', '|---|---:|---:|---:|', ...rows, `| 第一条结果出现在屏幕上 | | ${c.firstResultMs} | |`].join('\n');
}

/**
 * The other way in: a new reader on a guide page taps the header's search box, types for a few
 * seconds, presses 搜索. Milliseconds from the key press to the first result (the results page's
 * own load included), to compare with opening the results address directly.
 */
export async function headerSearch(browser: Browser, base: string, edition: EditionId, query: string, typingMs = 4000): Promise<number> {
  const { context, page } = await phone(browser);
  await page.goto(`${base}${pathIn(edition, '/guides/golden-autumn-application/')}`, { waitUntil: 'load' });
  await page.locator('#site-q').focus();
  await page.waitForTimeout(typingMs);
  await page.locator('#site-q').fill(query);
  const pressed = Date.now();
  await page.locator('#site-q').press('Enter');
  await page.waitForURL(/\/search\//);
  await settled(page);
  const first = await page.evaluate(() => performance.timeOrigin + (window as unknown as { firstResult: number }).firstResult);
  await context.close();
  return Math.round(first - pressed);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

/**
 * The throttled, cold table for `npm run bench`: each query opened as /search/?q=… `runs` times
 * in a fresh profile (the median is printed, as one load on a throttled link varies by ±200 ms),
 * both editions; then the header's search box against the results address; then one load's
 * request chain. One load first, not counted: the server's and the browser's first request of all.
 */
export async function coldReport(browser: Browser, base: string, queries: { edition: EditionId; query: string }[], runs = 3): Promise<void> {
  await coldSearch(browser, base, 'zh-hans', queries[0]?.query ?? '12351');
  console.log('');
  console.log(`| 版本 | 查询 | 结果 | 第一条结果（中位数，${runs} 次） | 最慢 | 全部结果 | 传输（线上字节） | 请求 |`);
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  const firsts: number[] = [];
  let chain: ColdSearch | undefined;
  for (const { edition, query } of queries) {
    const loads: ColdSearch[] = [];
    for (let i = 0; i < runs; i++) loads.push(await coldSearch(browser, base, edition, query));
    loads.sort((a, b) => a.firstResultMs - b.firstResultMs);
    const mid = loads[Math.floor((loads.length - 1) / 2)]!;
    chain ??= mid;
    firsts.push(mid.firstResultMs);
    console.log(`| ${edition} | ${query} | ${mid.results} | ${mid.firstResultMs} ms | ${loads.at(-1)?.firstResultMs} ms | ${median(loads.map((l) => l.allResultsMs))} ms | ${(median(loads.map((l) => l.bytes)) / 1024).toFixed(1)} kB | ${mid.requests} |`);
  }
  console.log(`\n手机首次搜索（Slow 4G、冷缓存、nginx HTTP/2 + Brotli）：第一条结果 ${Math.min(...firsts)}–${Math.max(...firsts)} ms，中位数 ${median(firsts)} ms（目标：中位数 ≤ 1500 ms，没有一个超过 2000 ms）`);
  console.log('');
  console.log('| 版本 | 查询 | 页头搜索框：按下搜索到第一条结果（输入 4 s） | 直接打开结果地址 |');
  console.log('|---|---|---:|---:|');
  for (const { edition, query } of queries.filter((_, i) => i % 3 === 0)) {
    const header: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < runs; i++) {
      header.push(await headerSearch(browser, base, edition, query));
      direct.push((await coldSearch(browser, base, edition, query)).firstResultMs);
    }
    console.log(`| ${edition} | ${query} | ${median(header)} ms | ${median(direct)} ms |`);
  }
  console.log('');
  console.log('| 版本 | 查询 | 再次访问时第一次搜索：从网络下载 | 其中有 Pagefind 运行时或 WebAssembly | 第一条结果 |');
  console.log('|---|---|---:|---|---:|');
  for (const { edition, query } of queries.filter((_, i) => i % 3 === 0)) {
    const r = await repeatSearch(browser, base, edition, query);
    console.log(`| ${edition} | ${query} | ${(r.bytes / 1024).toFixed(1)} kB | ${r.files.some((f) => /pagefind\.js$|\.pagefind$/.test(f)) ? '有' : '没有'} | ${r.firstResultMs} ms |`);
  }
  if (chain) console.log(`\n一次加载的请求链（${chain.edition}「${chain.query}」，毫秒，从导航开始算）：\n\n${chainTable(chain)}`);
}

/**
 * A repeat visit (offline reading, #19): a reader opened the home page once (its service worker
 * saved the search runtime), then searches. Bytes fetched from the network for that first
 * query, and which files: the runtime and the WebAssembly should not be among them.
 */
export async function repeatSearch(browser: Browser, base: string, edition: EditionId, query: string): Promise<{ bytes: number; files: string[]; firstResultMs: number }> {
  const { context, page } = await phone(browser);
  await page.goto(`${base}${pathIn(edition, '/')}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  const fetched: Promise<[string, number]>[] = [];
  context.on('requestfinished', (r) => {
    // The worker's own requests went to the network; the page's, unless the worker answered them.
    fetched.push((async () => {
      const fromCache = !r.serviceWorker() && (await r.response())?.fromServiceWorker();
      const s = await r.sizes();
      return [new URL(r.url()).pathname, fromCache ? 0 : s.responseBodySize + s.responseHeadersSize];
    })());
  });
  await page.goto(`${base}${pathIn(edition, '/search/')}?q=${encodeURIComponent(query)}`);
  await settled(page);
  await page.waitForLoadState('networkidle');
  const firstResultMs = Math.round(await page.evaluate(() => (window as unknown as { firstResult: number }).firstResult));
  const sizes = (await Promise.all(fetched)).filter(([, n]) => n > 0);
  await context.close();
  return { bytes: sizes.reduce((a, [, n]) => a + n, 0), files: [...new Set(sizes.map(([u]) => u))], firstResultMs };
}
