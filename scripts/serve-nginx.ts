// `npm run serve:nginx -- --to /srv/zhuxue [--port 8080]`: the shipped nginx configuration, in
// the foreground, for that target's live release, on 127.0.0.1 only (HTTP on the port, HTTPS
// with a self-signed certificate on the next one). Ctrl-C stops it.
// `--admin REPO [--staff FILE]`: with the live admin too (logins, review, publish) for the content
// repository REPO: Decap's server, the admin server and the publish worker, as on the server
// (docs/deploy.md). Accounts: npm run staff -- add NAME --role editor --file FILE.
import { chmodSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startAdminStack } from './lib/admin-stack.ts';
import { startNginx, type LocalServer } from './lib/nginx.ts';

const { values } = parseArgs({ options: { to: { type: 'string' }, port: { type: 'string', default: '8080' }, admin: { type: 'string' }, staff: { type: 'string' } } });
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (!values.to) fail('请用 --to 指定部署目录，例如 npm run serve:nginx -- --to /srv/zhuxue');
const target = resolve(values.to!);
if (!values.admin && !existsSync(join(target, 'current'))) fail('请用 --to 指定一个已经部署过的目录（里面有 current），例如 npm run serve:nginx -- --to /srv/zhuxue');
if (values.admin && !existsSync(join(resolve(values.admin), '.git'))) fail(`--admin 要指定内容仓库（一个有 main 分支的 git 仓库，本项目的克隆），${values.admin} 不是`);
const staffFile = resolve(values.staff ?? process.env['PORTAL_STAFF_FILE'] ?? join(target, 'staff.htpasswd'));
if (values.admin && !existsSync(staffFile)) fail(`还没有账号：请先 npm run staff -- add 登录名 --role reviewer --file ${staffFile}`);
// Run as root, nginx's workers are the unprivileged `nobody`: they must be able to read the accounts.
if (values.admin && process.getuid?.() === 0 && (statSync(staffFile).mode & 0o004) === 0) {
  fail(`nginx 的工作进程（nobody 用户）读不到账号文件 ${staffFile}，登录会出错（500）。本机试用请 chmod 644 ${staffFile}；服务器上用 root:www-data、0640（见 docs/deploy.md）`);
}
const port = Number(values.port);
const dir = mkdtempSync(join(tmpdir(), 'zhuxue-nginx-'));
chmodSync(dir, 0o755); // nginx's workers (an unprivileged user when run as root) read its pages
try {
  const server: LocalServer = values.admin
    ? await startAdminStack({ repo: resolve(values.admin), target, dir, staffFile, port, tlsPort: port + 1, nodeModules: resolve('node_modules') })
    : await startNginx(target, dir, port, port + 1);
  console.log(`nginx 已启动（只在本机）：${server.http}/ （跳转到 HTTPS）和 ${server.https}/ （自签名证书，浏览器会提示不安全）`);
  if (values.admin) console.log(`内容管理：${server.https}/admin/ （账号：${staffFile}；上线状态：${server.https}/admin/status/）`);
  console.log(`访问日志：${server.log}。按 Ctrl-C 停止。`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  fail((e as Error).message);
}
