import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cleanSaved } from '../lib/admin/clean.ts';
import { refusal, savedFileProblems } from '../lib/admin/guard.ts';
import { adminConfig } from '../lib/admin/config.ts';
import { DECAP_DIST, DECAP_FILE, decapPage, decapType } from '../lib/admin/decap-page.ts';

/** Where Decap's local server listens (scripts/admin.ts sets it; 8081 is Decap's default). */
export const adminApi = () => process.env.PORTAL_ADMIN_API ?? 'http://127.0.0.1:8081/api/v1';

/**
 * The staff admin at /admin/ — in the dev server only, so it is never part of the public
 * build. Its configuration is generated from the schemas on every request (one source).
 */
export function admin({ root, repo }: { root: string; repo: string }): AstroIntegration {
  return {
    name: 'zhuxue:admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '/').split('?')[0] ?? '/';
          if (path === '/admin') {
            res.writeHead(301, { Location: '/admin/' }).end();
            return;
          }
          if (!path.startsWith('/admin/')) return next();
          if (path === '/admin/api/' && req.method === 'POST') {
            forward(req, res).catch((e: Error) => res.writeHead(502, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: `内容管理的本地保存服务没有响应（${adminApi()}）：请用 npm run admin 启动。${e.message}` })));
            return;
          }
          const name = path.slice('/admin/'.length);
          const headers = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' };
          if (name === '' || name === 'index.html') {
            res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(decapPage());
            return;
          }
          if (name === 'config.yml') {
            const site = `http://${req.headers.host ?? '127.0.0.1'}`;
            const config = adminConfig({ contentDir: relative(repo, root) || '.', root, proxyUrl: `${site}/admin/api/`, siteUrl: site });
            res.writeHead(200, { ...headers, 'Content-Type': 'text/yaml; charset=utf-8' }).end(stringify(config, { aliasDuplicateObjects: false }));
            return;
          }
          const file = join(DECAP_DIST, name);
          if (!DECAP_FILE.test(name) || !existsSync(file)) return next();
          res.writeHead(200, { ...headers, 'Content-Type': decapType(name) });
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}

interface SavedFile { path: string; raw: string }

/**
 * Pass Decap's requests to its local server, cleaning what it saves on the way
 * (fields left empty are left out: src/lib/admin/clean.ts).
 */
async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { action: string; params?: { entry?: SavedFile; dataFiles?: SavedFile[] } };
  if (body.action === 'persistEntry' && body.params) {
    const files = [body.params.entry, ...(body.params.dataFiles ?? [])].filter((f): f is SavedFile => !!f);
    for (const file of files) file.raw = cleanSaved(file.path, file.raw);
    // The same check as files written by hand: nothing the build would refuse is saved.
    const problems = (await Promise.all(files.map((f) => savedFileProblems(f.path, f.raw)))).flat();
    if (problems.length) {
      res.writeHead(422, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(refusal(problems)));
      return;
    }
  }
  const answer = await fetch(adminApi(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
}
