// Offline reading (src/sw/service-worker.ts, scripts/build-sw.ts): after one online visit the
// essential pages work with the network off, in both editions; a page the reader opened shows
// 离线副本 with the time it was saved; a page never saved shows the edition's offline page;
// search says what it can do offline; a repeat search does not download Pagefind's runtime again;
// and after a new build, one online visit is enough to see it, online and offline.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { DIST } from './built-pages.ts';

const hant = createConverter();
const GUIDES = ['/guides/golden-autumn-application/', '/guides/sunshine-employment-graduates/'];

/** Open the edition's home page online and wait until its service worker controls the page with everything precached. */
async function firstVisit(page: Page, edition: EditionId, base = ''): Promise<void> {
  await page.goto(`${base}${pathIn(edition, '/')}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

const say = (edition: EditionId, s: string) => (edition === 'zh-hant' ? hant(s) : s);

for (const edition of ['zh-hans', 'zh-hant'] as EditionId[]) {
  test(`${edition}: after one visit, the home page, both guides and the self-check work offline; an unsaved page shows the offline page`, async ({ page, context }) => {
    await firstVisit(page, edition);
    await context.setOffline(true);
    // The home page was opened: a saved copy, with the time it was saved.
    await page.goto(pathIn(edition, '/'));
    const notice = page.locator('[data-offline]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(say(edition, '离线副本'));
    await expect(notice.locator('time')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
    for (const guide of GUIDES) {
      await page.goto(pathIn(edition, guide));
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', edition === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
      await expect(page.locator('[data-offline]')).toBeVisible();
    }
    // The self-check, with its script, to a result.
    await page.goto(pathIn(edition, '/check/'));
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: say(edition, '下一步') }).click();
    await expect(page.locator('[data-check-app] legend, [data-check-app] .check-result').first()).toBeVisible();
    // A page never opened: the offline page in this edition, listing what can be read, the home page among the opened ones.
    await page.goto(pathIn(edition, '/policies/guofa-2007-13/'));
    await expect(page.locator('h1')).toHaveText(say(edition, '现在没有网络'));
    await expect(page.locator('[data-essentials] a')).toHaveCount(7);
    await expect(page.locator('[data-essentials] a').first()).toHaveAttribute('href', pathIn(edition, '/'));
    await expect(page.locator('[data-opened]')).toBeVisible();
    await context.setOffline(false);
  });
}

test('search offline: without the index saved it says it needs the network; a search made online works again offline', async ({ page, context }) => {
  await firstVisit(page, 'zh-hans');
  await context.setOffline(true);
  await page.goto('/search/?q=12351');
  await expect(page.locator('[data-status]')).toHaveText('现在没有网络，搜索需要联网。没有网络时，可以阅读已经保存在这台手机上的页面。');
  await expect(page.locator('[data-ways]')).toBeVisible();
  await context.setOffline(false);
  await page.goto('/search/?q=12351');
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
  const online = await page.locator('[data-results] h2 a').allTextContents();
  await context.setOffline(true);
  await page.goto('/search/?q=12351');
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
  expect(await page.locator('[data-results] h2 a').allTextContents()).toEqual(online);
  await context.setOffline(false);
});

/** The network requests the service worker made (what was not served from its caches). */
function networkRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

test("a repeat visit's search fetches neither Pagefind's runtime nor its WebAssembly from the network", async ({ page, context }) => {
  await firstVisit(page, 'zh-hans');
  const fetched = networkRequests(context);
  await page.goto(`/search/?q=${encodeURIComponent('困难职工')}`);
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
  expect(fetched.filter((u) => /pagefind\.js$|\.pagefind$|pagefind-entry\.json|search-data\.json/.test(u))).toEqual([]);
  // What it does fetch: the page itself (network first), the metadata and the index parts and texts it needs.
  expect(fetched.some((u) => u.includes('/fragment/'))).toBe(true);
});

test('after a new build, one online visit shows its pages, online and then offline', async ({ browser }) => {
  test.setTimeout(120_000);
  const root = mkdtempSync(join(tmpdir(), 'zhuxue-two-builds-'));
  const site = join(root, 'site');
  cpSync(DIST, site, { recursive: true });
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, '../../scripts/serve.ts'), '--port', String(port), '--dir', site], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 100 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
    const context = await browser.newContext();
    const page = await context.newPage();
    await firstVisit(page, 'zh-hans', base);
    const guide = `${base}/guides/golden-autumn-application/`;
    await page.goto(guide);
    await expect(page.locator('h1')).not.toContainText('第二版');
    // The second build: the guide's title changed, and its service worker made again for it, as `npm run build` does.
    for (const file of ['index.html', 'guides/golden-autumn-application/index.html']) {
      const html = readFileSync(join(site, file), 'utf8');
      writeFileSync(join(site, file), html.replace(/<h1([^>]*)>/, '<h1$1>第二版 '));
    }
    const sw = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/build-sw.ts')], { env: { ...process.env, PORTAL_OUT_DIR: site }, encoding: 'utf8' });
    expect(sw.status, sw.stderr).toBe(0);
    // One online visit: the new page at once (network first), and the new worker takes over.
    await page.goto(guide);
    await expect(page.locator('h1')).toContainText('第二版');
    // The new worker has taken over once its precache holds the new home page and the old one is gone.
    // ~10 s alone; under the whole suite's load it once took over 30 s (installing fetches every precached file).
    await expect.poll(() => page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((k) => k.includes('precache')) ?? '');
      const homes = (await cache.keys()).filter((r) => new URL(r.url).pathname === '/');
      return homes.length === 1 && ((await (await cache.match(homes[0]!))?.text())?.includes('第二版') ?? false);
    }), { timeout: 75_000 }).toBe(true);
    // Offline now: the home page, never opened since, is the second build's.
    await context.setOffline(true);
    await page.goto(`${base}/`);
    await expect(page.locator('h1')).toContainText('第二版');
    await context.close();
  } finally {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

for (const edition of ['zh-hans', 'zh-hant'] as EditionId[]) {
  test(`${edition}: the site can be installed on a phone's home screen, as its own edition's app`, async ({ page, context }) => {
    await firstVisit(page, edition);
    const cdp = await context.newCDPSession(page);
    // Chromium's own checks: the manifest parses without errors, and nothing stops installing.
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(new URL(manifest.url).pathname).toBe(pathIn(edition, '/manifest.webmanifest'));
    // (A test's browser context is a private window, which Chromium never installs from: that one reason aside.)
    const errors = (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId);
    expect(errors.filter((id) => id !== 'in-incognito')).toEqual([]);
    const parsed = JSON.parse(manifest.data ?? '{}') as { short_name: string; start_url: string; icons: { src: string }[] };
    expect(parsed.short_name).toBe(say(edition, '助学就业'));
    expect(parsed.start_url).toBe(pathIn(edition, '/'));
    for (const icon of parsed.icons) expect((await page.request.get(icon.src)).headers()['content-type']).toBe('image/png');
  });
}
