// The staff admin, as staff use it: `npm run admin` (here on ports of its own, over a copy of
// content/), the Chinese interface, a news entry with a Chinese title saved to an .mdx file,
// then a real build in which the page is live. A save the content check would refuse (a missing
// field, raw HTML, an expression, a javascript: link) is refused by the admin, naming the file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT, copyContent } from '../helpers/content-copy.ts';
import { writeNewsItem } from '../helpers/decap-form.ts';

const PORT = 4341;
const API_PORT = 8091;
const ADMIN = `http://127.0.0.1:${PORT}/admin/`;
const TITLE = '济南市总工会举行金秋助学金发放仪式';

let copy: ReturnType<typeof copyContent>;
let admin: ChildProcess;
let log = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  copy = copyContent();
  admin = spawn(process.execPath, ['scripts/admin.ts', '--port', String(PORT), '--api-port', String(API_PORT)], {
    cwd: PROJECT, env: { ...process.env, PORTAL_CONTENT_DIR: copy.content, NO_COLOR: '1' }, detached: true,
  });
  admin.stdout?.on('data', (d: Buffer) => { log += d.toString(); });
  admin.stderr?.on('data', (d: Buffer) => { log += d.toString(); });
  await expect.poll(() => log, { timeout: 60_000 }).toContain(`请在浏览器打开：${ADMIN}`);
});

test.afterAll(() => {
  if (admin.pid) process.kill(-admin.pid, 'SIGTERM');
  copy.cleanup();
});

const newsFiles = () => readdirSync(join(copy.content, 'news')).filter((f) => f !== '2018-09-30-a907c374.mdx');

test('staff write a news item with a Chinese title in the Chinese admin, and it is live after the build', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(ADMIN);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('工作动态').first()).toBeVisible();
  await page.goto(`${ADMIN}#/collections/news/new`);
  await expect(page.getByText('正在集合“工作动态”中编写')).toBeVisible();
  // Labels and hints come from the schema (its field names and JSDoc).
  await expect(page.getByText('发布日期 YYYY-MM-DD；写将来的日期就是定时发布')).toBeVisible();
  await writeNewsItem(page, TITLE);
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByText('立即发布').click();
  await expect(page.getByText('已发布')).toBeVisible();

  // The file name is the date and time (a Chinese title gives no ASCII slug), and passes the rule.
  await expect.poll(newsFiles).toHaveLength(1);
  const [file] = newsFiles();
  expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-\d{6}\.mdx$/);
  const text = readFileSync(join(copy.content, 'news', file!), 'utf8');
  expect(text).toContain(`title: ${TITLE}`);
  expect(text).toContain('publishedOn: 2026-11-20');
  expect(text).not.toContain('""'); // untouched optional fields are left out, not saved empty

  const out = join(copy.root, 'dist');
  const build = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT, encoding: 'utf8', env: { ...process.env, PORTAL_CONTENT_DIR: copy.content, PORTAL_OUT_DIR: out, NO_COLOR: '1' },
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const built = join(out, 'news', file!.replace(/\.mdx$/, ''), 'index.html');
  expect(existsSync(built)).toBe(true);
  expect(readFileSync(built, 'utf8')).toContain(TITLE);
  expect(readFileSync(join(out, 'zh-hant/news', file!.replace(/\.mdx$/, ''), 'index.html'), 'utf8')).toContain('濟南市總工會');
});

test('the admin loads without a console error, names its collections as the site does, and lists news newest first', async ({ page, request }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  // The site's own navigation, as the dev server renders it.
  const home = await (await request.get(ADMIN.replace('/admin/', '/'))).text();
  const navHtml = /<nav[^>]*aria-label="主导航"[^>]*>([\s\S]*?)<\/nav>/.exec(home)?.[1] ?? '';
  const nav = [...navHtml.matchAll(/<a[^>]*>([\s\S]*?)<\/a>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
  // Another news item, older than the first test's and newer than the shipped one.
  writeFileSync(join(copy.content, 'news', '2026-11-19-000000.mdx'), readFileSync(join(copy.content, 'news', '2018-09-30-a907c374.mdx'), 'utf8').replace(/^title: .*$/m, 'title: 较新的一条动态').replace('publishedOn: 2018-09-30', 'publishedOn: 2026-11-19'));
  await page.goto(ADMIN);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('工作动态').first()).toBeVisible();
  for (const name of ['工作动态', '资助政策', '申请指南', '法规汇编', '联系方式']) {
    expect(nav.map((n) => n.trim())).toContain(name);
    await expect(page.locator('a[href^="#/collections/"]', { hasText: name }).first()).toBeVisible();
  }
  for (const old of ['办事指南', '法律政策汇编', '地区与联系方式']) await expect(page.getByText(old)).toHaveCount(0);
  await page.goto(`${ADMIN}#/collections/news`);
  const titles = page.locator('a[href*="/collections/news/entries/"] h2');
  await expect(titles.filter({ hasText: '较新的一条动态' })).toHaveCount(1);
  const dates = (await titles.allTextContents()).map((t) => t.slice(0, 10));
  expect(dates.length).toBeGreaterThanOrEqual(2);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates.indexOf('2026-11-19')).toBeLessThan(dates.indexOf('2018-09-30'));
  rmSync(join(copy.content, 'news', '2026-11-19-000000.mdx'));
  expect(errors).toEqual([]);
});

const persist = (path: string, raw: string) => ({
  action: 'persistEntry',
  params: { branch: 'main', entry: { slug: path.replace(/^.*\/|\.mdx$/g, ''), path, raw }, assets: [], options: { collectionName: 'news', commitMessage: 'x', useWorkflow: false, status: 'draft' } },
});

test('the admin refuses to save what the content check refuses, naming the file, and writes nothing', async ({ request }) => {
  // Decap itself refuses to save an empty required field, so these post what a save looks like
  // to the admin's own API, as a changed configuration or a hand edit could produce.
  const header = `---\ntitle: 一条动态\npublishedOn: 2026-11-21\nsource:\n  name: 测试\nunit: 山东省总工会\nprograms:\n  - golden-autumn\n`;
  const cases = [
    { raw: `${header}---\n正文。\n`, says: ['文件 content/news/2026-11-21-000001.mdx', '字段 summary（摘要）：缺少必填字段'] },
    { raw: `${header}summary: 摘要。\n---\n正文。\n\n<script>alert(1)</script>\n`, says: ['文件 content/news/2026-11-21-000002.mdx', '第 13 行有 HTML 标签 <script>'] },
    { raw: `${header}summary: 摘要。\n---\n正文 {5000}。[全文](javascript:alert(1))\n`, says: ['有程序表达式 {5000}', '链接地址「javascript:alert(1)」不能发布'] },
  ];
  for (const [i, c] of cases.entries()) {
    const path = `content/news/2026-11-21-00000${i + 1}.mdx`;
    const saved = await request.post(`${ADMIN}api/`, { data: persist(path, c.raw) });
    expect(saved.status()).toBe(422);
    const { error } = (await saved.json()) as { error: string };
    expect(error).toContain('内容检查未通过');
    expect(error).toContain('没有保存');
    for (const line of c.says) expect(error).toContain(line);
    expect(existsSync(join(copy.content, 'news', path.split('/').pop()!))).toBe(false);
  }
});
