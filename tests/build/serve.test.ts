// The static server the browser tests use: it says plainly when its port is taken.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT } from '../helpers/content-copy.ts';

it('stops with a clear message when the port is busy', async () => {
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  const port = (blocker.address() as { port: number }).port;
  const r = spawnSync(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'scripts/serve.ts'), '--port', String(port), '--dir', join(PROJECT, 'tests/fixtures/site')], { encoding: 'utf8' });
  blocker.close();
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`端口 ${port} 已被占用`);
});

it('npm run admin names the busy port and how to choose another, before starting anything', async () => {
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  const port = (blocker.address() as { port: number }).port;
  const admin = (...args: string[]) => spawnSync(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'scripts/admin.ts'), ...args], { encoding: 'utf8', cwd: PROJECT });
  const site = admin('--port', String(port), '--api-port', '0');
  const api = admin('--port', '0', '--api-port', String(port));
  blocker.close();
  expect(site.status).toBe(1);
  expect(site.stderr).toContain(`端口 ${port} 已被占用（网站预览）`);
  expect(site.stderr).toContain('npm run admin -- --port 端口号');
  expect(api.status).toBe(1);
  expect(api.stderr).toContain(`端口 ${port} 已被占用（内容管理的本地保存服务）`);
  expect(api.stderr).toContain('npm run admin -- --api-port 端口号');
});
