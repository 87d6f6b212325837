// The built site through the real nginx with the shipped configuration, its Content-Security-Policy
// enforced: every page of both editions loads without a single violation or console error, and
// every interactive feature works under the policy.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { carryForward, switchTo, walk } from '../../scripts/lib/deploy.ts';
import { serveBuilt, type LocalServer } from '../../scripts/lib/nginx.ts';
import { builtPages, DIST } from './built-pages.ts';

test.describe.configure({ mode: 'serial' });
// The local certificate is self-signed: pages load with ignoreHTTPSErrors, and the service worker
// (which Chromium refuses to fetch over a certificate it does not trust) with the flag below.
test.use({
  ignoreHTTPSErrors: true,
  launchOptions: {
    ...(process.env['PORTAL_CHROMIUM'] ? { executablePath: process.env['PORTAL_CHROMIUM'] } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--ignore-certificate-errors'],
  },
});

let root: string;
let server: LocalServer;


test.beforeAll(async () => {
  test.setTimeout(180_000);
  root = mkdtempSync(join(tmpdir(), 'zhuxue-csp-'));
  server = await serveBuilt(DIST, root);
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** Record policy violations and console errors from the first byte of every page. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);

test('every page of both editions loads under the policy with no violation and no console error', async ({ page }) => {
  test.setTimeout(600_000);
  const problems = await watch(page);
  const found: string[] = [];
  for (const path of builtPages()) {
    const response = await page.goto(`${server.https}${path}`);
    expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    for (const v of await violations(page)) found.push(`${path}: ${v}`);
  }
  expect(found).toEqual([]);
  expect(problems).toEqual([]);
});

test('offline reading installs under the policy (worker-src, manifest-src), and a saved page opens without a network', async ({ page, context }) => {
  const problems = await watch(page);
  for (const edition of ['', '/zh-hant']) {
    const response = await page.goto(`${server.https}${edition}/`);
    expect(response?.headers()['content-security-policy']).toContain("worker-src 'self'");
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(`${edition}/`);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);
    await page.goto(`${server.https}${edition}/guides/golden-autumn-application/`);
    await expect(page.locator('[data-offline]')).toBeVisible();
    await context.setOffline(false);
  }
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('search with a filter and a precise lookup works under the policy (Pagefind’s WebAssembly included)', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`${server.https}/search/?q=${encodeURIComponent('国发〔2007〕13号')}`);
  await expect(page.locator('[data-results] h2 a').first()).toHaveAttribute('href', '/policies/guofa-2007-13/');
  await page.goto(`${server.https}/zh-hant/search/?q=${encodeURIComponent('金秋助學')}&kind=news`);
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 條結果/);
  await page.goto(`${server.https}/search/?q=${encodeURIComponent('助学金要交什么材料')}`);
  await expect(page.locator('.search-section a').first()).toHaveAttribute('href', '/guides/golden-autumn-application/#documents');
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the self-check to a result, large text and high contrast, the checklist, copying a citation and the figures page work under the policy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await watch(page);
  await page.goto(`${server.https}/check/`);
  await page.getByRole('radio', { name: '今年考上了大学或高职，准备入学', exact: true }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('radio', { name: '有困难，学费和住宿费需要贷款', exact: true }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('radio', { name: '建了', exact: true }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('[data-check-app] .check-result')).toContainText('可以申请金秋助学');
  await expect(page.locator('[data-result-aid] li')).toHaveCount(3);
  await page.getByRole('button', { name: '大字' }).click();
  await page.getByRole('button', { name: '高对比度' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-size', '1');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await page.goto(`${server.https}/guides/golden-autumn-application/`);
  await page.locator('[data-checklist] input[type="checkbox"]').first().check();
  await page.reload();
  await expect(page.locator('[data-checklist] input[type="checkbox"]').first()).toBeChecked();
  await page.goto(`${server.https}/law/gaodeng-jiaoyu-fa/`);
  await page.locator('#art-54').getByRole('button', { name: '复制引用' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('已复制：《中华人民共和国高等教育法》（2018年12月29日修正）第五十四条');
  await page.goto(`${server.https}/figures/`);
  await expect(page.locator('.chart-block svg').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('read-aloud works under the policy (the browser’s speech replaced by a recorder, as in read-aloud.e2e.ts)', async ({ page }) => {
  const problems = await watch(page);
  await page.addInitScript(() => {
    const spoken: string[] = [];
    class Utterance { text: string; lang = ''; voice: unknown = null; onend: (() => void) | null = null; constructor(t: string) { this.text = t; } }
    Object.assign(window, { SpeechSynthesisUtterance: Utterance, spoken });
    Object.defineProperty(window, 'speechSynthesis', { value: {
      getVoices: () => [{ lang: 'zh-CN', name: 'zh-CN' }], speak: (u: { text: string }) => spoken.push(u.text),
      pause: () => undefined, resume: () => undefined, cancel: () => undefined, addEventListener: () => undefined,
    } });
  });
  await page.goto(`${server.https}/news/2018-09-30-a907c374/`);
  await page.getByRole('group', { name: '朗读本文' }).getByRole('button', { name: '朗读' }).click();
  expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual(['山东省工会“阳光就业”“金秋助学”成效凸显']);
  expect(await page.evaluate(() => CSS.highlights.get('read-aloud')?.size)).toBe(1);
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a page loaded before a deploy still loads its CSS, its scripts and a search after it', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`${server.https}/search/`);
  await expect(page.locator('[data-status]')).toBeVisible();
  const assets = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="stylesheet"], script[src]')]
    .map((e) => ('href' in e && e.href) || (e as HTMLScriptElement).src).filter((u) => u.includes('/_astro/')));
  expect(assets.length).toBeGreaterThan(0);
  // The next release: every hashed asset under a new name, as after a change to the code.
  const srv = join(root, 'srv');
  const next = join(srv, 'releases', 'next');
  cpSync(join(srv, 'releases', 'test'), next, { recursive: true });
  const renames = walk(join(next, '_astro')).filter((f) => !/\.(br|gz)$/.test(f)).map((f) => [f, f.replace(/\.([^.]+)$/, '.next.$1')] as const);
  for (const [from, to] of renames) for (const ext of ['', '.br', '.gz']) if (existsSync(join(next, '_astro', from + ext))) renameSync(join(next, '_astro', from + ext), join(next, '_astro', to + ext));
  for (const f of walk(next).filter((x) => x.endsWith('.html'))) {
    let html = readFileSync(join(next, f), 'utf8');
    for (const [from, to] of renames) html = html.replaceAll(from, to);
    writeFileSync(join(next, f), html);
    rmSync(join(next, `${f}.br`), { force: true });
    rmSync(join(next, `${f}.gz`), { force: true });
  }
  carryForward(join(srv, 'releases', 'test'), next);
  switchTo(srv, 'next');
  // The old page's files are still there, as the deploy carried them forward…
  const statuses = await page.evaluate((urls) => Promise.all(urls.map((u) => fetch(u, { cache: 'no-store' }).then((r) => r.status))), assets);
  expect(statuses.every((s) => s === 200)).toBe(true);
  // …and a search typed into the old page (its Pagefind loaded before the switch) finds results.
  await page.locator('#q').fill('12351');
  await page.locator('#q').press('Enter');
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
  switchTo(srv, 'test');
});
