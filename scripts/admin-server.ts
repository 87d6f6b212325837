// `npm run admin:server -- --repo /srv/zhuxue/content --state /srv/zhuxue/state --origin https://…`:
// the live admin's server (docs/deploy.md), on 127.0.0.1 behind nginx, in front of Decap's
// server in git mode. systemd: deploy/systemd/zhuxue-admin.service.
//   [--port 8082] [--decap http://127.0.0.1:8081/api/v1] [--staff /etc/zhuxue/staff.htpasswd]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAdminServer } from './lib/admin-server/server.ts';

const { values } = parseArgs({
  options: {
    repo: { type: 'string' }, state: { type: 'string' }, origin: { type: 'string' }, port: { type: 'string', default: '8082' },
    decap: { type: 'string', default: 'http://127.0.0.1:8081/api/v1' }, staff: { type: 'string', default: process.env['PORTAL_STAFF_FILE'] ?? '/etc/zhuxue/staff.htpasswd' },
  },
});
if (!values.repo || !existsSync(resolve(values.repo, '.git'))) {
  console.error('请用 --repo 指定内容仓库（一个 git 仓库，里面有 content/），例如 --repo /srv/zhuxue/content');
  process.exit(1);
}
if (!values.state || !values.origin || !/^https?:\/\/[^/]+$/.test(values.origin)) {
  console.error('请用 --state 指定状态目录，用 --origin 指定网站地址（例如 --origin https://zhuxue.sdgh.example，不带路径）');
  process.exit(1);
}
const server = createAdminServer({ repo: resolve(values.repo), state: resolve(values.state), origin: values.origin, decapApi: values.decap, staffFile: resolve(values.staff) });
server.listen(Number(values.port), '127.0.0.1', () => console.log(`内容管理服务已启动：127.0.0.1:${values.port}（只接受本机 nginx 转来的请求）`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
