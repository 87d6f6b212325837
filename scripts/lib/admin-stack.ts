// The live admin on one machine, as on the server (docs/deploy.md): Decap's server in git mode,
// the admin server in front of it, the publish worker and the shipped nginx, for one content
// repository and one deploy target. `npm run serve:nginx -- --admin REPO` and the tests use it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { startNginx, type LocalServer } from './nginx.ts';
import { freePorts } from './ports.ts';
import { requestDeploy } from './admin-server/state.ts';

const PROJECT = resolve(import.meta.dirname, '../..');

export interface AdminStack extends LocalServer { state: string; build: string; logs: () => string; stop: () => Promise<void> }

export async function startAdminStack(o: {
  repo: string; target: string; dir: string; staffFile: string; port: number; tlsPort: number;
  /** Link the worker's build folder to these node_modules instead of running npm ci. */
  nodeModules?: string;
}): Promise<AdminStack> {
  const [decapPort, adminPort] = await freePorts(2);
  const origin = `https://127.0.0.1:${o.tlsPort}`;
  const state = join(o.dir, 'state');
  const build = join(o.dir, 'build');
  mkdirSync(state, { recursive: true });
  let log = '';
  const children: ChildProcess[] = [];
  const start = (args: string[], env: Record<string, string> = {}) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => { log += d.toString(); });
    child.stderr?.on('data', (d: Buffer) => { log += d.toString(); });
    children.push(child);
  };
  start([createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
    MODE: 'git', BIND_HOST: '127.0.0.1', PORT: String(decapPort), GIT_REPO_DIRECTORY: resolve(o.repo), ORIGIN: origin, LOG_LEVEL: 'warn',
  });
  start(['scripts/admin-server.ts', '--repo', o.repo, '--state', state, '--origin', origin, '--port', String(adminPort),
    '--decap', `http://127.0.0.1:${decapPort}/api/v1`, '--staff', o.staffFile]);
  // Nothing live yet: the worker's first deploy puts the repository's main online.
  if (!existsSync(join(o.target, 'current'))) requestDeploy(state, '部署', '第一次上线');
  start(['scripts/publish-worker.ts', '--repo', o.repo, '--build', build, '--to', o.target, '--state', state, '--site', origin,
    ...(o.nodeModules ? ['--node-modules', o.nodeModules] : [])]);
  for (const port of [decapPort, adminPort]) {
    for (let i = 0; i < 100 && !(await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
  }
  const nginx = await startNginx(o.target, join(o.dir, 'nginx'), o.port, o.tlsPort, { staffFile: o.staffFile, port: adminPort! });
  return {
    ...nginx, state, build, logs: () => log,
    stop: async () => {
      await nginx.stop();
      for (const c of children) c.kill('SIGTERM');
    },
  };
}
