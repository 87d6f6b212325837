// `npm run serve:nginx -- --to /srv/zhuxue [--port 8080]`: the shipped nginx configuration, in
// the foreground, for that target's live release, on 127.0.0.1 only (HTTP on the port, HTTPS
// with a self-signed certificate on the next one). Ctrl-C stops it.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startNginx } from './lib/nginx.ts';

const { values } = parseArgs({ options: { to: { type: 'string' }, port: { type: 'string', default: '8080' } } });
if (!values.to || !existsSync(join(resolve(values.to), 'current'))) {
  console.error('请用 --to 指定一个已经部署过的目录（里面有 current），例如 npm run serve:nginx -- --to /srv/zhuxue');
  process.exit(1);
}
const port = Number(values.port);
try {
  const server = await startNginx(resolve(values.to), mkdtempSync(join(tmpdir(), 'zhuxue-nginx-')), port, port + 1);
  console.log(`nginx 已启动（只在本机）：${server.http}/ （跳转到 HTTPS）和 ${server.https}/ （自签名证书，浏览器会提示不安全）`);
  console.log(`访问日志：${server.log}。按 Ctrl-C 停止。`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
