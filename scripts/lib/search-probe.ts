import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';
import { freePort } from './ports.ts';

/**
 * Measures the search page of a built site the way a reader meets it: a cold browser
 * opens /search/, waits until search is ready, types a query, and we time the results and
 * count the bytes (gzip, as nginx serves them; Pagefind's own files are already compressed).
 */
export interface QueryProbe {
  edition: EditionId;
  query: string;
  /** From the last keystroke to the results (or "none found") on the page, debounce included. */
  ms: number;
  results: number;
  /** What the search itself costs: our script and data, Pagefind's script, wasm, index and fragments. */
  searchBytes: number;
  /** The page around it: HTML and CSS. */
  pageBytes: number;
}

/** Serve a built site (its dist folder) and open a browser on it. */
export async function withSite<T>(dist: string, chromiumPath: string | undefined, use: (base: string, browser: Browser) => Promise<T>): Promise<T> {
  const port = await freePort();
  // The project's own static server, as the browser tests use: `astro preview` refuses to start while another preview (npm start) runs.
  const server = spawn(process.execPath, [join(import.meta.dirname, '../serve.ts'), '--port', String(port), '--dir', dist], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 120 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 250));
    const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: ['--no-sandbox', '--disable-background-networking'] });
    try {
      return await use(base, browser);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

/** Type `query` into the search field as a reader does; milliseconds until the results (or "none found") show. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('input[name="q"]')!;
    const out = document.querySelector('[data-status]')!;
    const settled = (t: string) => /\d/.test(t) || t.length > 12;
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((done) => {
      const seen = new MutationObserver(() => {
        const t = out.textContent ?? '';
        if (settled(t) && !/…|……/.test(t)) {
          seen.disconnect();
          done();
        }
      });
      seen.observe(out, { childList: true, characterData: true, subtree: true });
    });
    return performance.now() - start;
  }, query);
}

export async function probeQuery(base: string, browser: Browser, dist: string, edition: EditionId, query: string): Promise<QueryProbe> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = new Set<string>();
  context.on('request', (r) => void urls.add(new URL(r.url()).pathname));
  await page.goto(`${base}${pathIn(edition, '/search/')}`);
  const status = page.locator('[data-status]');
  await status.waitFor({ state: 'visible' });
  const ms = await typeAndTime(page, query);
  await page.waitForLoadState('networkidle');
  const results = await page.locator('[data-results] > li').count();
  await context.close();
  let searchBytes = 0;
  let pageBytes = 0;
  for (const url of urls) {
    const file = join(dist, url.endsWith('/') ? `${url}index.html` : url);
    let size = 0;
    try {
      size = /\.(pf_\w+|pagefind)$/.test(url) ? statSync(file).size : gzipSync(readFileSync(file), { level: 6 }).length;
    } catch {
      continue;
    }
    if (/\.(html|css|svg)$/.test(file)) pageBytes += size;
    else searchBytes += size;
  }
  return { edition, query, ms: Math.round(ms), results, searchBytes, pageBytes };
}

/**
 * The 1-based place of `item` in the page's results for `query` (up to 10 shown), or
 * undefined; and how many synthetic news (bench-…) are placed above it.
 */
export async function rankOnPage(base: string, browser: Browser, edition: EditionId, query: string, item: string): Promise<{ rank: number | undefined; syntheticAbove: number }> {
  const page = await browser.newPage();
  await page.goto(`${base}${pathIn(edition, '/search/')}?q=${encodeURIComponent(query)}`);
  await page.locator('[data-results] > li').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
  const hrefs = await page.locator('[data-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await page.close();
  const at = hrefs.indexOf(pathIn(edition, item));
  const above = at < 0 ? hrefs : hrefs.slice(0, at);
  return { rank: at < 0 ? undefined : at + 1, syntheticAbove: above.filter((h) => /\/news\/bench-\d+\//.test(h ?? '')).length };
}

/**
 * A family question typed into a cold search page: time to results, the place (1-based, of the
 * results shown) of the page it should find, and whether that result links to the section
 * the question is about (`find` may name one: /guides/…/#documents).
 */
export async function askQuestion(base: string, browser: Browser, edition: EditionId, question: string, find: string): Promise<{ ms: number; rank: number | undefined; section: boolean }> {
  const page = await browser.newPage();
  await page.goto(`${base}${pathIn(edition, '/search/')}`);
  await page.locator('[data-status]').waitFor({ state: 'visible' });
  const ms = await typeAndTime(page, question);
  const found = await page.locator('[data-results] > li').evaluateAll((items) =>
    items.map((li) => [li.querySelector('h2 a')?.getAttribute('href') ?? '', li.querySelector('.search-section a')?.getAttribute('href') ?? '']));
  await page.close();
  // A law article's own address has its #art-N; a guide's section is a link of its own.
  const exact = found.findIndex(([href]) => href === pathIn(edition, find));
  const [path = '', anchor] = exact >= 0 ? [find] : find.split('#');
  const at = exact >= 0 ? exact : found.findIndex(([href]) => href === pathIn(edition, path));
  return { ms: Math.round(ms), rank: at < 0 ? undefined : at + 1, section: !anchor || found[at]?.[1] === `${pathIn(edition, path)}#${anchor}` };
}
