// The live admin's server, between nginx (which checked the login) and Decap's own server in
// git mode (which writes anywhere, for anyone, and commits as the repository's user). It knows
// who is asking (nginx's $remote_user, never the browser's word), what their role allows, and
// signs and words every commit. One request at a time reaches the repository.
import { createReadStream, existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { judge, MAX_REQUEST_BYTES, namedPaths, type Params } from '../../../src/lib/admin/api-rules.ts';
import { adminConfig } from '../../../src/lib/admin/config.ts';
import { DECAP_DIST, DECAP_FILE, decapPage, decapType } from '../../../src/lib/admin/decap-page.ts';
import { parseStaff, type StaffMember } from '../../../src/lib/admin/staff.ts';
import { handleApi, type ApiAnswer } from './api.ts';
import { history } from './git.ts';
import { undoChange } from './publish.ts';
import { logEvent, pendingRequest, readEvents, readStatus } from './state.ts';
import { statusPage } from './status-page.ts';

export interface AdminServerOptions {
  /** The content repository Decap's server works in (a clone of the project). */
  repo: string;
  /** Decap's server (decap-server, MODE=git), e.g. http://127.0.0.1:8081/api/v1 */
  decapApi: string;
  /** The accounts file nginx checks logins against (npm run staff). */
  staffFile: string;
  /** Where the publish worker and this server share requests and results. */
  state: string;
  /** The only origin requests may come from: the site's own, e.g. https://zhuxue.sdgh.example */
  origin: string;
}

export const CONTENT_DIR = 'content';
/** The header nginx sets from the login it checked (a browser's own is replaced). */
export const STAFF_HEADER = 'x-zhuxue-staff';

let cache: { mtime: number; staff: StaffMember[] } | undefined;
function staffMember(file: string, login: string): StaffMember | undefined {
  const mtime = existsSync(file) ? statSync(file).mtimeMs : 0;
  if (!cache || cache.mtime !== mtime) cache = { mtime, staff: mtime ? parseStaff(readFileSync(file, 'utf8')) : [] };
  return cache.staff.find((s) => s.login === login);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}
function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A path that is, or passes through, a link is refused: a link could lead out of content/. */
function linkIn(repo: string, path: string): boolean {
  let at = repo;
  for (const part of path.split('/')) {
    at = join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** One request at a time reaches the repository (Decap's server switches branches in its work tree). */
function serial() {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task, task);
    chain = next.catch(() => undefined);
    return next;
  };
}

export function createAdminServer(o: AdminServerOptions): Server {
  const locked = serial();
  const config = () => ({
    ...adminConfig({ contentDir: CONTENT_DIR, root: join(o.repo, CONTENT_DIR), proxyUrl: `${o.origin}/admin/api/`, siteUrl: o.origin }),
    publish_mode: 'editorial_workflow',
  });
  const link = '<p style="position:fixed;right:.5rem;bottom:.5rem;z-index:999;margin:0;background:#fff;padding:.3rem .6rem;border:1px solid #888;font:14px system-ui,sans-serif"><a href="/admin/status/">上线状态与修改记录</a></p>\n';

  async function api(req: IncomingMessage, res: ServerResponse, member: StaffMember): Promise<void> {
    const text = await readBody(req);
    if (text === undefined) return json(res, 413, { error: '请求太大，没有保存。' });
    let body: { action?: unknown; params?: Params };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return json(res, 400, { error: '请求不是 JSON' });
    }
    const verdict = judge(body, member.role, CONTENT_DIR);
    const action = String(body.action);
    const linked = verdict.ok && namedPaths(action, body.params ?? {}).some(({ path }) => typeof path === 'string' && linkIn(o.repo, path));
    if (!verdict.ok || linked) {
      const error = verdict.ok ? '路径经过一个链接，后台不跟随链接。没有保存任何内容。' : verdict.error;
      logEvent(o.state, { who: member.name, what: `被拒绝：${action}`, ok: false, detail: error });
      return json(res, verdict.ok ? 403 : verdict.status, { error });
    }
    const answer: ApiAnswer = await locked(() => handleApi({ ...o, contentDir: CONTENT_DIR }, member, body as { action: string; params: Params }));
    json(res, answer.status, answer.body);
  }

  async function undo(req: IncomingMessage, res: ServerResponse, member: StaffMember): Promise<void> {
    if (member.role !== 'reviewer') return html(res, 403, '<!doctype html><html lang="zh-Hans"><title>不能撤销</title><p>只有审核人可以撤销。<a href="/admin/status/">返回</a></p></html>');
    const commit = new URLSearchParams((await readBody(req)) ?? '').get('commit') ?? '';
    await locked(() => undoChange({ ...o, contentDir: CONTENT_DIR }, member, commit));
    res.writeHead(303, { Location: '/admin/status/' }).end();
  }

  return createServer((req, res): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const member = staffMember(o.staffFile, String(req.headers[STAFF_HEADER] ?? ''));
    if (!member) return json(res, 401, { error: '请先登录（账号由管理员用 npm run staff 添加）' });
    if (req.method === 'POST' && req.headers.origin !== o.origin) {
      logEvent(o.state, { who: member.name, what: '被拒绝：来自别的网站的请求', ok: false, detail: String(req.headers.origin ?? '（没有 Origin）') });
      return json(res, 403, { error: '请求不是从本网站的内容管理页面发出的，已拒绝。' });
    }
    const fail = (e: Error) => {
      console.error(e);
      if (!res.headersSent) json(res, 500, { error: `内容管理出错：${e.message}` });
    };
    if (req.method === 'POST' && (path === '/admin/api/' || path === '/admin/api')) return void api(req, res, member).catch(fail);
    if (req.method === 'POST' && path === '/admin/status/undo') return void undo(req, res, member).catch(fail);
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: '不支持的请求方法' });
    if (path === '/admin/' || path === '/admin/index.html') return html(res, 200, decapPage(link));
    if (path === '/admin/config.yml') {
      res.writeHead(200, { 'Content-Type': 'text/yaml; charset=utf-8', 'Cache-Control': 'no-store' }).end(stringify(config(), { aliasDuplicateObjects: false }));
      return undefined;
    }
    if (path === '/admin/status/') {
      return void history(o.repo).then((changes) => html(res, 200, statusPage({
        member, status: readStatus(o.state), pending: pendingRequest(o.state), changes, events: readEvents(o.state), site: o.origin,
      }))).catch(fail);
    }
    const name = path.slice('/admin/'.length);
    const file = join(DECAP_DIST, name);
    if (path.startsWith('/admin/') && DECAP_FILE.test(name) && existsSync(file)) {
      const modified = statSync(file).mtime.toUTCString();
      if (req.headers['if-modified-since'] === modified) return void res.writeHead(304).end();
      res.writeHead(200, { 'Content-Type': decapType(name), 'Cache-Control': 'private, no-cache', 'Last-Modified': modified });
      return void createReadStream(file).pipe(res);
    }
    json(res, 404, { error: '没有这个地址' });
  });
}
