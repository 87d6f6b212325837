// `npm run admin`: the staff admin on this computer. Starts Decap's local server (bound to
// 127.0.0.1: it writes files, so nothing outside this computer may reach it) and the dev
// server, then prints the address to open. Ctrl+C stops both.
//   npm run admin -- [--port 4322] [--api-port 8081]
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-root.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' }, 'api-port': { type: 'string', default: '8081' } } });
const host = '127.0.0.1';
const port = Number(values.port);
const apiPort = Number(values['api-port']);

/** A clear message instead of a stack trace when a port is taken. */
function free(p: number, what: string, flag: string): Promise<void> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      console.error(`端口 ${p} 已被占用（${what}）：可能内容管理已经在运行。请关掉它，或换一个端口：npm run admin -- ${flag} 端口号`);
      process.exit(1);
    });
    probe.listen(p, host, () => probe.close(() => resolve()));
  });
}

await free(port, '网站预览', '--port');
await free(apiPort, '内容管理的本地保存服务', '--api-port');

const children: ChildProcess[] = [];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
children.push(spawn(process.execPath, [decapServer], {
  env: { ...process.env, PORT: String(apiPort), BIND_HOST: host, MODE: 'fs', GIT_REPO_DIRECTORY: dirname(contentRoot()), LOG_LEVEL: 'warn' },
  stdio: 'inherit',
}));
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const dev = spawn(process.execPath, [astro, 'dev', '--host', host, '--port', String(port)], {
  env: { ...process.env, PORTAL_ADMIN_API: `http://${host}:${apiPort}/api/v1` },
  stdio: ['inherit', 'pipe', 'inherit'],
});
children.push(dev);
let announced = false;
dev.stdout?.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && chunk.toString().includes(`${host}:${port}`)) {
    announced = true;
    console.log(`\n内容管理已启动。请在浏览器打开：http://${host}:${port}/admin/\n网站预览（含草稿）：http://${host}:${port}/\n按 Ctrl+C 停止。\n`);
  }
});
for (const c of children) {
  c.on('exit', (code) => {
    if (code) console.error(`内容管理的一个服务意外停止（退出码 ${code}），全部停止。`);
    stop();
  });
}
