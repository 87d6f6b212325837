// The Lighthouse half of `npm run bench`: one page of every template, both editions, as Lighthouse's
// mobile defaults see it (a mid-range phone, simulated Slow 4G), served by the shipped nginx.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';
import { findChromium } from './chromium.ts';
import { pageFile, templatesIn } from './page-templates.ts';
import { serveBuilt } from './nginx.ts';
import { freePort } from './ports.ts';

const LIGHTHOUSE_VERSION = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;

// The pages are scripts/lib/page-templates.ts's; the 404 page is not among them, as Lighthouse
// refuses to score a page answered with status 404 (the layout-shift test visits it).

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface Scored {
  template: string;
  edition: EditionId;
  path: string;
  /** 0–100 per category; undefined for SEO on a page that asks not to be indexed. */
  scores: Partial<Record<Category, number>>;
  noindex: boolean;
  cls: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits below full marks, for the reader of the table to follow up. */
  failing: string[];
}

/** The page's own file in the build says whether it asks not to be indexed (the offline and 注音 pages). */
function isNoindex(dist: string, path: string): boolean {
  return /<meta name="robots" content="[^"]*noindex/.test(readFileSync(pageFile(dist, path), 'utf8'));
}

/**
 * Lighthouse (mobile defaults) on every template in both editions, against a running nginx at `base`;
 * each page `runs` times, keeping the run with the median performance score (one run varies by a few points).
 */
export async function lighthouseRuns(dist: string, base: string, runs = 1): Promise<Scored[]> {
  const port = await freePort();
  const executablePath = findChromium();
  // Lighthouse drives its own tab over the DevTools port; the local certificate is self-signed.
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--ignore-certificate-errors', `--remote-debugging-port=${port}`] });
  const out: Scored[] = [];
  try {
    for (const edition of ['zh-hans', 'zh-hant'] as const) {
      for (const { template, path } of templatesIn(dist)) {
        const url = `${base}${pathIn(edition, path)}`;
        const lhrs = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
          if (!result) throw new Error(`Lighthouse 没有结果：${url}`);
          if (result.lhr.runtimeError) throw new Error(`Lighthouse 出错（${url}）：${result.lhr.runtimeError.message}`);
          lhrs.push(result.lhr);
        }
        process.stderr.write(`  Lighthouse：${template}（${edition}）\n`);
        lhrs.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
        const lhr = lhrs[Math.floor((lhrs.length - 1) / 2)]!;
        const noindex = isNoindex(dist, pathIn(edition, path));
        const scores: Scored['scores'] = {};
        for (const c of CATEGORIES) if (!(c === 'seo' && noindex)) scores[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const failing = CATEGORIES.filter((c) => !(c === 'seo' && noindex)).flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id));
        const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        out.push({ template, edition, path, scores, noindex, cls: num('cumulative-layout-shift'), fcpMs: num('first-contentful-paint'), lcpMs: num('largest-contentful-paint'), tbtMs: num('total-blocking-time'), failing });
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** The table `npm run bench` prints, and a one-line verdict against the goal (100 everywhere). */
export function lighthouseTable(rows: Scored[]): string {
  const cell = (n: number | undefined) => (n === undefined ? '—' : String(n));
  const lines = [
    '| 页面类型 | 版本 | 性能 | 无障碍 | 最佳做法 | SEO | CLS | FCP | LCP | TBT | 未满分的审计 |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.template} | ${r.edition} | ${cell(r.scores.performance)} | ${cell(r.scores.accessibility)} | ${cell(r.scores['best-practices'])} | ${r.noindex ? '—（noindex）' : cell(r.scores.seo)} | ${r.cls.toFixed(3)} | ${Math.round(r.fcpMs)} ms | ${Math.round(r.lcpMs)} ms | ${Math.round(r.tbtMs)} ms | ${r.failing.join(', ') || ''} |`),
  ];
  const below = rows.filter((r) => Object.values(r.scores).some((s) => s < 100));
  lines.push('', below.length === 0
    ? `Lighthouse（手机默认设置）：${rows.length} 个页面四项都是 100（noindex 页面不计 SEO）`
    : `Lighthouse（手机默认设置）：${rows.length} 个页面中 ${below.length} 个有一项不到 100：${below.map((r) => `${r.template}（${r.edition}）`).join('、')}`);
  return lines.join('\n');
}

/** `npm run bench`'s Lighthouse table: the build `dist` served by the shipped nginx, every template, both editions. */
export async function lighthouseReport(dist: string, runs: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'zhuxue-bench-lighthouse-'));
  const server = await serveBuilt(dist, root);
  try {
    console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}（手机默认设置：模拟中端手机和 Slow 4G），经项目的 nginx（HTTP/2、Brotli），每页 ${runs} 次取性能分的中位数：\n`);
    console.log(lighthouseTable(await lighthouseRuns(dist, server.https, runs)));
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
