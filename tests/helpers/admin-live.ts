// The live admin as the server runs it, for the browser tests: a content repository made from
// this work tree, three staff accounts, the shipped nginx with Decap's server, the admin server
// and the publish worker (scripts/lib/admin-stack.ts), and a client that speaks to it as a
// browser or a hand-made request would.
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readlinkSync } from 'node:fs';
import { switchTo } from '../../scripts/lib/deploy.ts';
import { request } from 'node:https';
import { join } from 'node:path';
import { startAdminStack, type AdminStack } from '../../scripts/lib/admin-stack.ts';
import { readStatus, type DeployResult } from '../../scripts/lib/admin-server/state.ts';
import { freePorts } from '../../scripts/lib/ports.ts';
import { git, makeContentRepo, writeStaff, type Account } from './content-repo.ts';
import { PROJECT } from './content-copy.ts';

export const EDITOR: Account = { login: 'zhangsan', role: 'editor', name: '张三', password: 'zhangsan-password-1' };
export const EDITOR2: Account = { login: 'wangwu', role: 'editor', name: '王五', password: 'wangwu-password-22' };
export const REVIEWER: Account = { login: 'lisi', role: 'reviewer', name: '李四', password: 'lisi-password-333' };

export interface LiveAdmin extends AdminStack { root: string; repo: string; target: string; staffFile: string }

export async function startLiveAdmin(root: string, o: { initial?: string } = {}): Promise<LiveAdmin> {
  // nginx's workers run as an unprivileged user, as on the server: the folders must be readable.
  chmodSync(root, 0o755);
  const repo = join(root, 'repo');
  const target = join(root, 'srv');
  mkdirSync(repo, { recursive: true });
  mkdirSync(target, { recursive: true });
  makeContentRepo(repo);
  if (o.initial) {
    // Something live before the first publish, without a deploy of its own (a deploy costs 15–60 s
    // on this machine and every later test waits for the deploys it causes anyway).
    cpSync(o.initial, join(target, 'releases', 'initial'), { recursive: true });
    switchTo(target, 'initial');
  }
  const staffFile = join(root, 'etc', 'staff.htpasswd');
  mkdirSync(join(root, 'etc'), { recursive: true });
  await writeStaff(staffFile, [EDITOR, EDITOR2, REVIEWER]);
  const [port] = await freePorts(1);
  const stack = await startAdminStack({ repo, target, dir: join(root, 'run'), staffFile, port: port!, tlsPort: port! + 1, nodeModules: join(PROJECT, 'node_modules') });
  return { ...stack, root, repo, target, staffFile };
}

export interface Answer { status: number; headers: Record<string, string | string[] | undefined>; text: string; ms: number }

/** One request to the live nginx, as a browser or a script would send it. */
export function call(url: string, o: { who?: Account; password?: string; method?: string; body?: string | Buffer; origin?: string; from?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (o.who) headers['Authorization'] = `Basic ${Buffer.from(`${o.who.login}:${o.password ?? o.who.password}`).toString('base64')}`;
  if (o.body !== undefined) headers['Content-Type'] = 'application/json';
  const origin = o.origin ?? new URL(url).origin;
  if ((o.method ?? 'GET') === 'POST' && origin) headers['Origin'] = origin;
  const started = performance.now();
  return new Promise((done, fail) => {
    const req = request(url, { method: o.method ?? 'GET', headers, rejectUnauthorized: false, ...(o.from ? { localAddress: o.from } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
    });
    req.on('error', fail);
    req.end(o.body);
  });
}

/** Decap's API request, as its page posts it. */
export const api = (admin: LiveAdmin, who: Account, body: unknown, origin?: string) =>
  call(`${admin.https}/admin/api/`, { who, method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), ...(origin ? { origin } : {}) });

/** A save as Decap's page sends it in the editorial workflow (a draft on its own branch). */
export const persist = (path: string, raw: string, collection = 'news', useWorkflow = true) => ({
  branch: 'main', action: 'persistEntry',
  params: { branch: 'main', dataFiles: [{ path, slug: path.replace(/^.*\/|\.\w+$/g, ''), raw }], assets: [], options: { collectionName: collection, status: 'draft', useWorkflow, commitMessage: 'Create News “x”' } },
});

export const newsItem = (title: string, body = `${title}。`) =>
  `---\ntitle: ${title}\npublishedOn: 2026-11-20\nsource:\n  name: 济南市总工会\nunit: 济南市总工会\nprograms:\n  - golden-autumn\nsummary: ${title}，向困难职工家庭的大学新生发放助学金。\n---\n${body}\n`;

/** The live release's folder name. */
export const liveRelease = (admin: LiveAdmin) => (existsSync(join(admin.target, 'current')) ? readlinkSync(join(admin.target, 'current')) : '');

/** Everything that says what the repository holds: branches with their commits, and the work tree's state. */
export const repoState = (admin: LiveAdmin) => `${git(admin.repo, 'for-each-ref', '--format=%(refname) %(objectname)')}\n${git(admin.repo, 'status', '--porcelain')}`;

/** Wait for the worker's next result after `since` (an ISO time); throws with the logs after `seconds`. */
export async function nextDeploy(admin: LiveAdmin, since: string, seconds = 150): Promise<DeployResult> {
  for (let i = 0; i < seconds * 4; i++) {
    const { last, running } = readStatus(admin.state);
    if (last && last.finished > since && !running) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no deploy finished within ${seconds} s:\n${admin.logs().slice(-3000)}`);
}

export const errorLog = (admin: LiveAdmin) => readFileSync(join(admin.dir, 'error.log'), 'utf8');
