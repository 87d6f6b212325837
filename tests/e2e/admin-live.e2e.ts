// The live admin as staff use it on the server: the shipped nginx over HTTPS with personal logins,
// Decap's own server in git mode behind the admin server, the publish worker deploying into a
// real target. An editor writes and submits in the real Decap page; a reviewer publishes; the
// item is live in both editions, the list, search and the feed; every refusal writes nothing.
// Screenshots for docs/staff/admin.md are written to .tmp/admin-screenshots/.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readStatus, requestDeploy } from '../../scripts/lib/admin-server/state.ts';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { DIST } from './built-pages.ts';
import { git } from '../helpers/content-repo.ts';
import { api, call, EDITOR, EDITOR2, errorLog, liveRelease, newsItem, nextDeploy, persist, repoState, REVIEWER, startLiveAdmin, type LiveAdmin } from '../helpers/admin-live.ts';
import type { Account } from '../helpers/content-repo.ts';
import { writeNewsItem } from '../helpers/decap-form.ts';

test.describe.configure({ mode: 'serial' });
test.use({ ignoreHTTPSErrors: true });

const TITLE = '济南市总工会举行金秋助学金发放仪式';
const SHOTS = join(process.cwd(), '.tmp/admin-screenshots');
const hant = createConverter();
let root: string;
let admin: LiveAdmin;
let slug = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  root = mkdtempSync(join(tmpdir(), 'zhuxue-admin-live-'));
  mkdirSync(SHOTS, { recursive: true });
  // The built site is live to begin with; the publish below is the worker's first deploy.
  admin = await startLiveAdmin(root, { initial: DIST });
});

test.afterAll(async () => {
  await admin?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A browser session logged in as `who` (the login is sent with every request, as after the prompt). */
async function staffPage(browser: Browser, who: Account): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, httpCredentials: { username: who.login, password: who.password, send: 'always' } });
  const page = await context.newPage();
  await page.goto(`${admin.https}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('工作动态').first()).toBeVisible({ timeout: 30_000 });
  return page;
}

test('without a login every admin address answers 401 (over HTTPS only); the admin has its own policy', async () => {
  const paths = ['/admin/', '/admin/index.html', '/admin/config.yml', '/admin/decap-cms.js', '/admin/status/'];
  for (const path of paths) {
    const answer = await call(`${admin.https}${path}`);
    expect(answer.status, path).toBe(401);
    expect(answer.headers['www-authenticate'], path).toMatch(/^Basic realm=/);
    expect(answer.text, path).toContain('需要登录');
  }
  for (const action of ['entriesByFolder', 'persistEntry', 'publishUnpublishedEntry', 'deleteFile', 'persistMedia']) {
    expect((await api(admin, { ...EDITOR, password: '' }, { action, params: { branch: 'main' } })).status, action).toBe(401);
  }
  expect((await call(`${admin.https}/admin/status/undo`, { method: 'POST', body: 'commit=x' })).status).toBe(401);
  expect((await call(`${admin.https}/admin/`, { who: REVIEWER, password: 'wrong-password-000' })).status).toBe(401);
  // Over HTTP nothing is asked for: every admin address moves to HTTPS first.
  const plain = await call(`${admin.http.replace('http:', 'https:')}/admin/`).catch(() => undefined);
  expect(plain?.status).not.toBe(200);
  const moved = await fetch(`${admin.http}/admin/`, { redirect: 'manual' });
  expect(moved.status).toBe(301);
  expect(moved.headers.get('location')).toBe(`${admin.https}/admin/`);
  // Logged in: the page, with the admin's own policy; the public site's policy is unchanged.
  const page = await call(`${admin.https}/admin/`, { who: EDITOR });
  expect(page.status).toBe(200);
  expect(page.headers['content-security-policy']).toContain("'unsafe-eval'");
  expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
  const home = await call(`${admin.https}/`);
  expect(home.status).toBe(200);
  expect(home.headers['content-security-policy']).not.toContain("'unsafe-eval'");
  expect(home.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
});

test('wrong passwords are held back per address, and nginx logs the delay and the mismatch', async () => {
  test.setTimeout(60_000);
  // From an address of their own, so the other tests' logins are not held back.
  const tries = await Promise.all(Array.from({ length: 12 }, () => call(`${admin.https}/admin/`, { who: EDITOR, password: 'guess-password-1', from: '127.0.0.2' })));
  expect(tries.every((t) => t.status === 401)).toBe(true);
  const times = tries.map((t) => t.ms).sort((a, b) => a - b);
  expect(times[10]).toBeLessThan(5_000); // one, and ten more at once …
  expect(times[11]).toBeGreaterThan(7_000); // … then one every 10 s
  const log = errorLog(admin);
  expect(log).toMatch(/user "zhangsan": password mismatch/);
  expect(log).toMatch(/delaying request, excess: .* by zone "zhuxue_admin_login", client: 127\.0\.0\.2/);
  // The right password from that address still gets in at once (only refusals are held back).
  expect((await call(`${admin.https}/admin/`, { who: EDITOR, from: '127.0.0.2' })).status).toBe(200);
});

test('an editor writes a news item in the admin and submits it for review; the editor cannot publish', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, EDITOR);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${admin.https}/admin/#/collections/news/new`);
  await writeNewsItem(page, TITLE);
  await page.screenshot({ path: join(SHOTS, 'admin-write.png') });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('button', { name: '状态: 草稿' })).toBeVisible({ timeout: 30_000 }); // a save is checked and committed
  slug = /entries\/([\w-]+)/.exec(page.url())?.[1] ?? '';
  expect(slug).toMatch(/^\d{4}-\d{2}-\d{2}-\d{6}$/);
  await page.getByRole('button', { name: '状态: 草稿' }).click();
  await page.screenshot({ path: join(SHOTS, 'admin-submit.png') });
  await page.getByRole('menuitem', { name: '审核中' }).click();
  await expect(page.getByRole('button', { name: '状态: 审核中' })).toBeVisible({ timeout: 30_000 }); // a save is checked and committed

  // On record: a draft branch, its commit by 张三 with a Chinese message; main and the site untouched.
  const branch = `cms/news/${slug}`;
  expect(git(admin.repo, 'log', '-1', '--format=%an <%ae>|%s', branch)).toBe(`张三 <zhangsan@staff.zhuxue.invalid>|新建工作动态《${TITLE}》`);
  expect(git(admin.repo, 'config', `branch.${branch}.description`)).toBe('decap-cms/pending_review');
  expect(git(admin.repo, 'log', '-1', '--format=%an', 'main')).toBe('开发者');

  // The editor marks it ready: refused by the server, and Decap says so.
  const refused = page.waitForResponse((r) => r.url().endsWith('/admin/api/') && r.request().postData()?.includes('updateUnpublishedEntryStatus') === true);
  await page.getByRole('button', { name: '状态: 审核中' }).click();
  await page.getByRole('menuitem', { name: '就绪' }).click();
  expect((await refused).status()).toBe(403);
  expect(git(admin.repo, 'config', `branch.${branch}.description`)).toBe('decap-cms/pending_review');
  // … and the publish sent by hand, as a script would: refused, nothing merged.
  const before = repoState(admin);
  const publish = await api(admin, EDITOR, { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'news', slug } });
  expect(publish.status).toBe(403);
  expect(JSON.parse(publish.text).error).toContain('只有审核人可以发布');
  for (const action of [{ action: 'deleteFile', params: { branch: 'main', path: 'content/news/2018-09-30-a907c374.mdx' } }, persist(`content/news/${slug}.mdx`, newsItem(TITLE), 'news', false)]) {
    expect((await api(admin, EDITOR, action)).status, action.action).toBe(403);
  }
  expect(repoState(admin)).toBe(before);
  expect(errors).toEqual([]);
});

test('a reviewer publishes it: live in both editions, the list, search and the feed, the publish on record as the reviewer’s', async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await staffPage(browser, REVIEWER);
  await page.goto(`${admin.https}/admin/#/workflow`);
  await expect(page.getByText(TITLE).first()).toBeVisible({ timeout: 30_000 }); // the board loads every draft
  await page.screenshot({ path: join(SHOTS, 'admin-review.png'), fullPage: true });
  await page.goto(`${admin.https}/admin/#/collections/news/entries/${slug}`);
  await page.getByRole('button', { name: '状态: 审核中' }).click();
  await page.getByRole('menuitem', { name: '就绪' }).click();
  await expect(page.getByRole('button', { name: '状态: 就绪' })).toBeVisible({ timeout: 30_000 }); // a save is checked and committed
  // Decap asks 确定要发布吗 in the browser's own dialog: the reviewer says yes.
  const asked: string[] = [];
  page.on('dialog', (d) => { asked.push(d.message()); void d.accept(); });
  const clicked = new Date().toISOString();
  const started = performance.now();
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布').click();
  const result = await nextDeploy(admin, clicked);
  const seconds = (performance.now() - started) / 1000;
  expect(asked).toHaveLength(1);
  expect(result.ok, result.report).toBe(true);
  console.log(`发布 → 上线：${seconds.toFixed(1)} s（部署 ${result.seconds.toFixed(1)} s）`);
  expect(seconds).toBeLessThan(120);

  const site = admin.https;
  expect((await call(`${site}/news/${slug}/`)).text).toContain(TITLE);
  expect((await call(`${site}/zh-hant/news/${slug}/`)).text).toContain(hant(TITLE));
  expect((await call(`${site}/news/`)).text).toContain(`/news/${slug}/`);
  expect((await call(`${site}/zh-hant/news/`)).text).toContain(`/zh-hant/news/${slug}/`);
  expect((await call(`${site}/news/rss.xml`)).text).toContain(TITLE);
  expect((await call(`${site}/zh-hant/news/rss.xml`)).text).toContain(hant(TITLE));
  for (const [edition, query] of [['', '金秋助学金发放仪式'], ['/zh-hant', '金秋助學金發放儀式']] as const) {
    await page.goto(`${site}${edition}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-results] h2 a').first()).toHaveAttribute('href', `${edition}/news/${slug}/`);
  }

  // The history: a merge by 李四 naming the writer, over 张三's commit.
  const [merge, draft] = git(admin.repo, 'log', '-2', '--format=%an|%s', 'main').split('\n');
  expect(merge).toMatch(new RegExp(`^李四\\|发布工作动态《${TITLE}》.*撰写：张三；审核发布：李四`));
  expect(draft).toBe(`张三|新建工作动态《${TITLE}》`);
  expect(git(admin.repo, 'branch', '--list', `cms/news/${slug}`)).toBe('');
});

const BAD_PATHS: [string, unknown][] = [
  ['outside content/', persist('scripts/deploy.ts', 'x')],
  ['package.json', persist('package.json', '{}')],
  ['.ci/', persist('.ci/run', 'rm -rf /')],
  ['deploy/', persist('deploy/nginx/zhuxue.conf', 'x')],
  ['path traversal', persist('content/news/../../package.json', '{}')],
  ['absolute path', persist('/etc/passwd', 'x')],
  ['unknown collection', persist('content/secrets/x.mdx', newsItem('一条动态'))],
  ['media of another kind', { action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/media/x.html', content: 'PGgxPg==', encoding: 'base64' }, options: {} } }],
  ['delete outside content/', { action: 'deleteFile', params: { branch: 'main', path: 'astro.config.ts' } }],
  ['another branch', { action: 'persistEntry', params: { branch: 'gh-pages', dataFiles: [{ path: 'content/news/2026-11-20-000001.mdx', raw: 'x' }], options: { useWorkflow: true } } }],
];

test('hand-made requests with valid logins are refused and write nothing; the site stays as it was', async () => {
  const before = repoState(admin);
  const live = liveRelease(admin);
  for (const [what, body] of BAD_PATHS) {
    const answer = await api(admin, REVIEWER, body);
    expect(answer.status, what).toBe(403);
    expect(JSON.parse(answer.text).error, what).toMatch(/没有保存任何内容|不能上传|只能在 main/);
  }
  // A link out of content/ is not followed.
  symlinkSync('../../package.json', join(admin.repo, 'content/news/link.mdx'));
  expect((await api(admin, REVIEWER, persist('content/news/link.mdx', newsItem('链接')))).status).toBe(403);
  rmSync(join(admin.repo, 'content/news/link.mdx'));
  // Too large: an entry over 256 kB (the rules), a request over 8 MB (nginx).
  expect((await api(admin, EDITOR, persist('content/news/2026-11-20-000002.mdx', newsItem('很长', '长'.repeat(100_000))))).status).toBe(413);
  expect((await api(admin, EDITOR, persist('content/news/2026-11-20-000003.mdx', newsItem('更长', 'x'.repeat(9 << 20))))).status).toBe(413);
  // Another site's page posting with a staff member's login.
  const foreign = await api(admin, REVIEWER, persist('content/news/2026-11-20-000004.mdx', newsItem('跨站')), 'https://evil.example');
  expect(foreign.status).toBe(403);
  expect(JSON.parse(foreign.text).error).toContain('不是从本网站的内容管理页面发出的');
  // Raw HTML in a body: the content check refuses it, naming file and line.
  const html = await api(admin, EDITOR, persist('content/news/2026-11-20-000005.mdx', newsItem('带脚本', '正文。\n\n<script>alert(1)</script>')));
  expect(html.status).toBe(422);
  expect(JSON.parse(html.text).error).toMatch(/文件 content\/news\/2026-11-20-000005\.mdx[\s\S]*HTML 标签 <script>/);
  expect(repoState(admin)).toBe(before);
  expect(liveRelease(admin)).toBe(live);
});

test('two editors saving different items at the same time: both drafts land, each in its writer’s name', async () => {
  const a = 'content/news/2026-11-21-090000.mdx';
  const b = 'content/news/2026-11-21-090001.mdx';
  const [one, two] = await Promise.all([api(admin, EDITOR, persist(a, newsItem('青岛市总工会发放助学金'))), api(admin, EDITOR2, persist(b, newsItem('淄博市总工会发放助学金')))]);
  expect([one.status, two.status]).toEqual([200, 200]);
  expect(git(admin.repo, 'log', '-1', '--format=%an|%s', 'cms/news/2026-11-21-090000')).toBe('张三|新建工作动态《青岛市总工会发放助学金》');
  expect(git(admin.repo, 'log', '-1', '--format=%an|%s', 'cms/news/2026-11-21-090001')).toBe('王五|新建工作动态《淄博市总工会发放助学金》');
  for (const id of ['news/2026-11-21-090000', 'news/2026-11-21-090001']) {
    const listed = await api(admin, EDITOR, { action: 'unpublishedEntries', params: { branch: 'main' } });
    expect(JSON.parse(listed.text)).toContain(id);
  }
});

test('a publish whose content fails the check is taken back: the site unchanged, the error shown to staff', async ({ browser }) => {
  // A draft the save check cannot see is wrong: it names a city that is not in regions.yaml
  // until another draft adds it (made with git, as a second draft or a hand edit could).
  const branch = 'cms/news/2026-11-22-100000';
  git(admin.repo, 'checkout', '-q', '-b', branch, 'main');
  const file = 'content/news/2026-11-22-100000.mdx';
  writeFileSync(join(admin.repo, file), newsItem('一条检查不通过的动态').replace('programs:', 'cities: [atlantis]\nprograms:'));
  git(admin.repo, 'add', file);
  git(admin.repo, '-c', 'user.name=张三', '-c', 'user.email=zhangsan@staff.zhuxue.invalid', 'commit', '-q', '-m', '新建工作动态《一条检查不通过的动态》');
  git(admin.repo, 'config', `branch.${branch}.description`, 'decap-cms/pending_publish');
  git(admin.repo, 'checkout', '-q', 'main');
  const main = git(admin.repo, 'rev-parse', 'main');
  const live = liveRelease(admin);
  const answer = await api(admin, REVIEWER, { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'news', slug: '2026-11-22-100000' } });
  expect(answer.status).toBe(422);
  const error = JSON.parse(answer.text).error as string;
  expect(error).toContain(`文件 ${file}`);
  expect(error).toContain('cities');
  expect(error).toContain('没有发布');
  expect(git(admin.repo, 'rev-parse', 'main')).toBe(main);
  expect(git(admin.repo, 'status', '--porcelain')).toBe('');
  expect(readStatus(admin.state).running).toBeUndefined();
  expect(liveRelease(admin)).toBe(live);
  // Staff read it on the status page, with the file and the field.
  const page = await staffPage(browser, REVIEWER);
  await page.goto(`${admin.https}/admin/status/`);
  await expect(page.getByText(`发布被拦下：${file}`)).toBeVisible();
  await expect(page.locator('pre', { hasText: 'cities' }).first()).toBeVisible();
});

test('a deploy that fails leaves the site as it was, and the status page shows the report', async ({ browser }) => {
  test.setTimeout(120_000);
  // A developer's push with a broken file (the admin itself never saves one).
  const file = 'content/news/2026-11-23-000000.mdx';
  writeFileSync(join(admin.repo, file), newsItem('缺少摘要').replace(/^summary: .*\n/m, ''));
  git(admin.repo, 'add', file);
  git(admin.repo, '-c', 'user.name=开发者', '-c', 'user.email=dev@zhuxue.invalid', 'commit', '-q', '-m', '手工提交');
  const live = liveRelease(admin);
  const asked = new Date().toISOString();
  requestDeploy(admin.state, '开发者', '推送');
  const result = await nextDeploy(admin, asked);
  expect(result.ok).toBe(false);
  expect(result.report).toMatch(/^部署没有进行，网站保持原样/);
  expect(result.report).toContain(`文件 ${file}`);
  expect(result.report).toContain('summary');
  expect(liveRelease(admin)).toBe(live);
  const page = await staffPage(browser, EDITOR);
  await page.goto(`${admin.https}/admin/status/`);
  await expect(page.getByRole('alert')).toContainText('最近一次上线没有成功');
  await expect(page.getByRole('alert')).toContainText(file);
  await expect(page.getByRole('button', { name: '撤销这次修改' })).toHaveCount(0); // editors cannot undo
  git(admin.repo, 'rm', '-q', file);
  git(admin.repo, '-c', 'user.name=开发者', '-c', 'user.email=dev@zhuxue.invalid', 'commit', '-q', '-m', '撤回手工提交');
});

test('a reviewer undoes the published item from the status page: a commit of their own, and the page is gone after the deploy', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await staffPage(browser, REVIEWER);
  await page.goto(`${admin.https}/admin/status/`);
  await page.screenshot({ path: join(SHOTS, 'admin-status.png'), fullPage: true });
  const row = page.getByRole('row').filter({ hasText: `发布工作动态《${TITLE}》` });
  const clicked = new Date().toISOString();
  await row.getByRole('button', { name: '撤销这次修改' }).click();
  await expect(page.getByRole('heading', { name: '上线状态与修改记录' })).toBeVisible();
  const result = await nextDeploy(admin, clicked);
  expect(result.ok, result.report).toBe(true);
  expect(git(admin.repo, 'log', '-1', '--format=%an|%s', 'main')).toMatch(new RegExp(`^李四\\|撤销：发布工作动态《${TITLE}》`));
  expect((await call(`${admin.https}/news/${slug}/`)).status).toBe(404);
  expect((await call(`${admin.https}/news/rss.xml`)).text).not.toContain(TITLE);
  await page.reload();
  await expect(page.getByText('最近一次上线成功')).toBeVisible();
});
