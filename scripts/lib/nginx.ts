// The project's own nginx configuration (deploy/nginx/), run for one deploy target on
// 127.0.0.1: by `npm run serve:nginx` for operators, and by the tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { switchTo } from './deploy.ts';
import { precompress } from './store.ts';
import { freePorts } from './ports.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const NGINX = '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const GOACCESS = '/usr/bin/goaccess';
const ready = () => existsSync(NGINX) && existsSync(BROTLI) && existsSync(GOACCESS);

/**
 * nginx, its Brotli module and GoAccess (the visitor report), installed with apt when missing
 * and we are root on Debian (as the tests do for Chromium).
 */
export function ensureNginx(): string {
  if (ready()) return NGINX;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('正在用 apt-get 安装 nginx libnginx-mod-http-brotli-static …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', 'nginx', 'libnginx-mod-http-brotli-static', 'goaccess'], { stdio: 'inherit', env });
    // The package may start the distribution's own server on port 80; ours runs on its own ports.
    spawnSync(NGINX, ['-s', 'stop'], { stdio: 'ignore' });
  }
  if (ready()) return NGINX;
  throw new Error('没有找到 nginx 或 GoAccess：请以 root 身份运行 apt-get install -y nginx libnginx-mod-http-brotli-static goaccess');
}

/** A self-signed certificate for 127.0.0.1 and localhost, made on the spot with openssl. */
export function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl 没能生成自签名证书：${r.stderr}`);
  return { cert, key };
}

/** The live admin behind nginx: its accounts file and the admin server's port (scripts/admin-server.ts). */
export interface AdminBackend { staffFile: string; port: number }

export interface LocalServer { http: string; https: string; dir: string; log: string; stop: () => Promise<void> }

/**
 * The shipped configuration with only what is the operator's replaced: ports on 127.0.0.1,
 * the target's live release, the certificate, the log and the snippets' own paths.
 */
export function localConfig(o: { target: string; port: number; tlsPort: number; dir: string; cert: string; key: string; admin?: AdminBackend }): string {
  const snippets = join(o.dir, 'snippets');
  mkdirSync(snippets, { recursive: true });
  const local = (text: string) => text
    .replaceAll('/etc/nginx/snippets/', `${snippets}/`)
    .replaceAll('/srv/zhuxue/', `${resolve(o.target)}/`)
    .replaceAll('/var/log/nginx/zhuxue.access.log', join(o.dir, 'access.log'))
    .replaceAll('/etc/ssl/zhuxue/fullchain.pem', o.cert)
    .replaceAll('/etc/ssl/zhuxue/privkey.pem', o.key)
    .replace(/^\s*listen \[::\].*\n/gm, '')
    .replace(/listen 80;/g, `listen 127.0.0.1:${o.port};`)
    .replace(/listen 443 ssl http2;/g, `listen 127.0.0.1:${o.tlsPort} ssl http2;`)
    .replace('return 301 https://$host$request_uri;', `return 301 https://$host:${o.tlsPort}$request_uri;`)
    .replace(/\/etc\/nginx\/zhuxue\b\/?/g, `${o.dir}/`)
    .replaceAll('/etc/zhuxue/staff.htpasswd', o.admin?.staffFile ?? '/nonexistent')
    .replaceAll('http://127.0.0.1:8082', `http://127.0.0.1:${o.admin?.port ?? 8082}`)
    // Without an admin server the public site is served alone, as the shipped file says how to.
    .replace(/^\s*include \S*zhuxue-admin\.conf;\n/m, o.admin ? '$&' : '');
  for (const f of readdirSync(join(PROJECT, 'deploy/nginx/snippets'))) {
    writeFileSync(join(snippets, f), local(readFileSync(join(PROJECT, 'deploy/nginx/snippets', f), 'utf8')));
  }
  writeFileSync(join(o.dir, 'login-refused.html'), readFileSync(join(PROJECT, 'deploy/nginx/login-refused.html')));
  writeFileSync(join(o.dir, 'zhuxue-http.conf'), readFileSync(join(PROJECT, 'deploy/nginx/zhuxue-http.conf'), 'utf8'));
  writeFileSync(join(o.dir, 'zhuxue.conf'), local(readFileSync(join(PROJECT, 'deploy/nginx/zhuxue.conf'), 'utf8')));
  const tmp = join(o.dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  return `load_module ${BROTLI};
worker_processes 2;
pid ${o.dir}/nginx.pid;
error_log ${o.dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path ${tmp}/client; proxy_temp_path ${tmp}/proxy; fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi; scgi_temp_path ${tmp}/scgi;
  include ${o.dir}/zhuxue-http.conf;
  include ${o.dir}/zhuxue.conf;
}
`;
}

/** Start nginx in the foreground for `target` (its `current` release); resolves once it answers. */
export async function startNginx(target: string, dir: string, port: number, tlsPort: number, admin?: AdminBackend): Promise<LocalServer> {
  const nginx = ensureNginx();
  mkdirSync(dir, { recursive: true });
  const { cert, key } = selfSignedCertificate(dir);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, localConfig({ target, port, tlsPort, dir, cert, key, ...(admin ? { admin } : {}) }));
  const test = spawnSync(nginx, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx 配置有误：\n${test.stderr}`);
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const http = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${http}/`, { redirect: 'manual' }).then(() => true, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () => new Promise<void>((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGQUIT');
  });
  return { http, https: `https://127.0.0.1:${tlsPort}`, dir, log: join(dir, 'access.log'), stop };
}

/**
 * A built site (a dist folder) served as a deploy would: copied into a release under
 * `root`/srv, precompressed, switched live, then the shipped nginx configuration on free ports.
 */
export async function serveBuilt(dist: string, root: string): Promise<LocalServer> {
  // nginx's workers run as an unprivileged user, as on the server: the target must be readable.
  chmodSync(root, 0o755);
  const release = join(root, 'srv/releases/test');
  mkdirSync(dirname(release), { recursive: true });
  cpSync(dist, release, { recursive: true });
  await precompress(release);
  switchTo(join(root, 'srv'), 'test');
  const [http, tls] = await freePorts(2);
  return startNginx(join(root, 'srv'), join(root, 'nginx'), http!, tls!);
}
