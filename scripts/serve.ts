// Serve the built site from dist/ as a static host would: `node scripts/serve.ts [--port 4330]`.
// The browser tests use it on a port of their own, so they run beside `npm start` (Astro 7's
// `astro preview` refuses to start while another preview runs, whatever the port). Misses under
// /zh-hant/ get the Traditional 404 page, as the deployment should.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4330' }, host: { type: 'string', default: '127.0.0.1' }, dir: { type: 'string', default: 'dist' } } });
const root = resolve(values.dir);
const port = Number(values.port);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.ico': 'image/x-icon',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json; charset=utf-8',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`没有可以提供的网站：${root} 里没有 index.html。请先运行 npm run build。`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = normalize(decodeURIComponent(url.pathname));
  let file = join(root, path);
  if (!file.startsWith(root)) {
    res.writeHead(400).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  let status = 200;
  if (!existsSync(file) || !statSync(file).isFile()) {
    status = 404;
    file = join(root, path.startsWith('/zh-hant/') && existsSync(join(root, 'zh-hant/404.html')) ? 'zh-hant/404.html' : '404.html');
  }
  res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});

server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE'
    ? `端口 ${port} 已被占用：可能已有一个网站服务在运行。请关掉它，或换一个端口：node scripts/serve.ts --port 端口号`
    : `无法启动网站服务：${e.message}`);
  process.exit(1);
});
server.listen(port, values.host, () => console.log(`网站（${root}）：http://${values.host}:${port}/`));
