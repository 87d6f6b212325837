// Going live, tested with the real nginx and the shipped configuration (deploy/nginx/): a
// site built with its public address, deployed with `npm run deploy`, served on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type LocalServer } from '../../scripts/lib/nginx.ts';
import { freePorts } from '../../scripts/lib/ports.ts';
import { copyContent, edit, PROJECT } from '../helpers/content-copy.ts';
import { searchStaging } from '../../src/lib/search/staging.ts';

const SITE = 'https://zhuxue.sdgh.example';
interface Answer { status: number; version: string; headers: Record<string, string>; body: Buffer }
/** One request with curl (HTTP/2 over TLS like a browser; the certificate is self-signed). */
function get(url: string, { method = 'GET', headers = {} as Record<string, string> } = {}): Answer {
  const dir = mkdtempSync(join(tmpdir(), 'zhuxue-curl-'));
  const args = ['-ksS', '-X', method, '-D', join(dir, 'h'), '-o', join(dir, 'b'), '-w', '%{http_version}', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  const r = spawnSync('curl', method === 'HEAD' ? ['-I', ...args.filter((a) => a !== '-X' && a !== 'HEAD')] : args, { encoding: 'utf8' });
  const raw = readFileSync(join(dir, 'h'), 'utf8').trim().split(/\r?\n\r?\n/).pop() ?? '';
  const [statusLine = '', ...lines] = raw.split(/\r?\n/);
  const out = {
    status: Number(statusLine.split(' ')[1]), version: r.stdout,
    headers: Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()])),
    body: existsSync(join(dir, 'b')) ? readFileSync(join(dir, 'b')) : Buffer.alloc(0),
  };
  rmSync(dir, { recursive: true, force: true });
  return out;
}

const deploy = (target: string, dist: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(PROJECT, 'scripts/deploy.ts'), '--to', target, '--dist', dist], { encoding: 'utf8', cwd: PROJECT, env: { ...process.env, ...env } });

let root: string;
let dist: string;
let target: string;
let server: LocalServer;
let https: string;
let http: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'zhuxue-deploy-'));
  // nginx's workers run as an unprivileged user, as on the server: the target must be readable.
  chmodSync(root, 0o755);
  dist = join(root, 'dist');
  const build = spawnSync('npm', ['run', 'build'], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, PORTAL_OUT_DIR: dist, PORTAL_SITE_URL: SITE } });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  target = join(root, 'srv');
  const d = deploy(target, dist);
  if (d.status !== 0) throw new Error(d.stdout + d.stderr);
  const [port, tlsPort] = await freePorts(2);
  server = await startNginx(target, join(root, 'nginx'), port!, tlsPort!);
  ({ https, http } = server);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  rmSync(searchStaging(dist), { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

const SECURITY = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];

describe('the shipped nginx configuration', () => {
  it('puts the security headers on pages, the 404 page and assets alike, and the policy needs nothing unsafe', () => {
    const css = readdirSync(join(target, 'current/_astro')).find((f) => f.endsWith('.css'))!;
    for (const url of ['/', '/zh-hant/guides/', '/no-such-page/', `/_astro/${css}`, '/pagefind/zh-hans/pagefind.js']) {
      const a = get(`${https}${url}`);
      for (const h of SECURITY) expect(a.headers[h], `${url} ${h}`).toBeTruthy();
      expect(a.headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
    }
    const csp = get(`${https}/`).headers['content-security-policy']!;
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(get(`${https}/`).headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('caches hashed files for a year and revalidates everything else', () => {
    const css = readdirSync(join(target, 'current/_astro')).find((f) => f.endsWith('.css'))!;
    const meta = readdirSync(join(target, 'current/pagefind/zh-hans')).find((f) => f.endsWith('.pf_meta'))!;
    const chunk = readdirSync(join(target, 'current/pagefind/zh-hans/index'))[0]!;
    for (const url of [`/_astro/${css}`, `/pagefind/zh-hans/${meta}`, `/pagefind/zh-hans/index/${chunk}`]) {
      expect(get(`${https}${url}`).headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/', '/news/rss.xml', '/sitemap-index.xml', '/figures/figures.csv', '/pagefind/zh-hans/pagefind-entry.json', '/pagefind/zh-hans/pagefind.js']) {
      const a = get(`${https}${url}`);
      expect(a.headers['cache-control'], url).toBe('no-cache');
      expect(a.headers['etag'], url).toBeTruthy();
      // A reload costs a 304.
      expect(get(`${https}${url}`, { headers: { 'If-None-Match': a.headers['etag']! } }).status, url).toBe(304);
    }
  });

  it('says what each file is, with charset=utf-8 for text', () => {
    const types: [string, RegExp][] = [
      ['/', /^text\/html; charset=utf-8$/], ['/figures/figures.csv', /^text\/csv; charset=utf-8$/], ['/news/rss.xml', /^(application|text)\/(rss\+)?xml; charset=utf-8$/],
      ['/sitemap-index.xml', /^(application|text)\/xml; charset=utf-8$/], ['/figures/figures.json', /^application\/json; charset=utf-8$/],
      ['/pagefind/zh-hans/pagefind.js', /^(application|text)\/javascript; charset=utf-8$/], ['/favicon.svg', /^image\/svg\+xml; charset=utf-8$/],
      ['/robots.txt', /^text\/plain; charset=utf-8$/], ['/pagefind/zh-hans/wasm.unknown.pagefind', /^application\/octet-stream$/],
    ];
    for (const [url, type] of types) expect(get(`${https}${url}`).headers['content-type'], url).toMatch(type);
  });

  it('serves the precompressed Brotli and gzip files, identical to the file once decoded, and says it varies', () => {
    for (const url of ['/', '/guides/golden-autumn-application/', '/pagefind/zh-hans/pagefind.js']) {
      const plain = get(`${https}${url}`).body;
      const b = get(`${https}${url}`, { headers: { 'Accept-Encoding': 'br' } });
      expect(b.headers['content-encoding'], url).toBe('br');
      expect(b.headers['vary'], url).toMatch(/Accept-Encoding/);
      expect(brotliDecompressSync(b.body).equals(plain), url).toBe(true);
      const g = get(`${https}${url}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(g.headers['content-encoding'], url).toBe('gzip');
      expect(gunzipSync(g.body).equals(plain), url).toBe(true);
    }
    // Pagefind's own files are stored unpacked (its signature first, which Pagefind reads as is)
    // and served with Brotli, smaller than Pagefind's gzip.
    const chunk = readdirSync(join(target, 'current/pagefind/zh-hans/index')).find((f) => !/\.(br|gz)$/.test(f))!;
    for (const url of [`/pagefind/zh-hans/index/${chunk}`, '/pagefind/zh-hans/wasm.unknown.pagefind']) {
      const plain = get(`${https}${url}`).body;
      expect(plain.subarray(0, 12).toString(), url).toBe('pagefind_dcd');
      const b = get(`${https}${url}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
      expect(b.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(b.body).equals(plain), url).toBe(true);
      expect(b.body.length, url).toBeLessThan(readFileSync(join(dist, url)).length);
    }
  });

  it('adds the trailing slash, answers unknown paths with the right edition’s 404, refuses other methods, hides dotfiles, lists no folder', () => {
    const slash = get(`${https}/news`);
    expect([slash.status, slash.headers['location']]).toEqual([301, '/news/']);
    const hans = get(`${https}/no-such-page/`);
    expect(hans.status).toBe(404);
    expect(hans.body.toString()).toContain('没有找到这个页面');
    const hant = get(`${https}/zh-hant/no-such-page/`);
    expect(hant.status).toBe(404);
    expect(hant.body.toString()).toContain('沒有找到這個頁面');
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const a = get(`${https}/`, { method });
      expect(a.status, method).toBe(405);
      expect(a.headers['allow'], method).toBe('GET, HEAD');
    }
    expect(get(`${https}/`, { method: 'HEAD' }).status).toBe(200);
    expect(get(`${https}/`).headers['allow']).toBeUndefined();
    mkdirSync(join(target, 'current/.git'), { recursive: true });
    writeFileSync(join(target, 'current/.git/HEAD'), 'ref: refs/heads/main\n');
    for (const url of ['/.git/HEAD', '/.git/', '/.zhuxue-carried.json', '/zh-hant/.hidden']) expect(get(`${https}${url}`).status, url).toBe(404);
    expect(get(`${https}/_astro/`).status).toBe(404);
  });

  it('moves HTTP to HTTPS, sends HSTS over HTTPS only, and offers HTTP/2', () => {
    const plain = get(`${http}/guides/?x=1`);
    expect(plain.status).toBe(301);
    expect(plain.headers['location']).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/guides\/\?x=1$/);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const secure = get(`${https}/`);
    expect(secure.version).toBe('2');
    expect(secure.headers['strict-transport-security']).toMatch(/max-age=63072000/);
    const tls12 = spawnSync('curl', ['-ksS', '--tlsv1.2', '--tls-max', '1.2', '-o', '/dev/null', '-w', '%{http_code}', `${https}/`], { encoding: 'utf8' });
    expect(tls12.stdout).toBe('200');
    const tls11 = spawnSync('curl', ['-ksS', '--tlsv1.1', '--tls-max', '1.1', '-o', '/dev/null', `${https}/`], { encoding: 'utf8' });
    expect(tls11.status).not.toBe(0);
  });

  it('logs visits with the address cut to its network, without cookies', () => {
    get(`${https}/search/?q=${encodeURIComponent('金秋助学')}`);
    const log = readFileSync(server.log, 'utf8');
    expect(log).toMatch(/^127\.0\.0\.0 - - \[/m);
    expect(log).not.toMatch(/127\.0\.0\.1/);
    expect(log).toContain('/search/?q=%E9%87%91%E7%A7%8B%E5%8A%A9%E5%AD%A6');
  });

  it('makes the staff’s Chinese visitor report with GoAccess: truncated addresses, pages, 404s and the searches typed', () => {
    get(`${https}/zh-hant/guides/`);
    get(`${https}/no-such-page/`);
    const out = join(root, 'stats/index.html');
    const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/stats-report.ts'), '--log', server.log, '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // The report's data is JSON in the page, with its slashes escaped.
    const report = readFileSync(out, 'utf8').replaceAll('\\/', '/');
    expect(report).toContain('访客');
    expect(report).toContain('127.0.0.0');
    expect(report).not.toContain('127.0.0.1');
    expect(report).toMatch(/\/search\/\?q=金秋助学/);
    expect(report).toContain('/zh-hant/guides/');
    expect(report).toContain('/no-such-page/');
  });
});

describe('a production build on the live site', () => {
  it('publishes no sample and no examples page: pages answer 404, and no search fragment or lookup mentions one', () => {
    for (const url of ['/examples/', '/zh-hant/examples/', '/policies/sample-union-aid-2023/', '/zh-hant/policies/sample-union-aid-2019/']) {
      expect(get(`${https}${url}`).status, url).toBe(404);
    }
    for (const url of ['/policies/', '/search/', '/news/rss.xml', '/sitemap-0.xml', '/figures/figures.json']) {
      expect(get(`${https}${url}`).body.toString('utf8'), url).not.toMatch(/sample-union-aid|示例内容/);
    }
    for (const edition of ['zh-hans', 'zh-hant']) {
      const dir = join(dist, 'pagefind', edition, 'fragment');
      const texts = readdirSync(dir).map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/\u200b/g, ''));
      expect(texts.length).toBeGreaterThan(40);
      expect(texts.filter((t) => /示例|sample-union-aid/.test(t))).toEqual([]);
      expect(readFileSync(join(dist, 'pagefind', edition, 'search-data.json'), 'utf8')).not.toContain('sample-union-aid');
    }
  });
});

describe('npm run deploy', () => {
  it('refuses a build whose address is still the placeholder, and leaves the live site as it was', () => {
    const live = readlinkSync(join(target, 'current'));
    const placeholder = join(root, 'placeholder');
    spawnSync('cp', ['-r', dist, placeholder]);
    for (const f of ['index.html']) {
      const p = join(placeholder, f);
      writeFileSync(p, readFileSync(p, 'utf8').replaceAll(SITE, 'http://localhost:4321'));
    }
    const r = deploy(target, placeholder);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/部署没有进行，网站保持原样：网站的公开地址没有设置，构建用的是本机预览地址 http:\/\/localhost:4321：请设置 PORTAL_SITE_URL/);
    expect(readlinkSync(join(target, 'current'))).toBe(live);
    expect(readdirSync(join(target, 'releases')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('bad content stops the deploy before any page is built, leaves the live site as it was, and says why', () => {
    const live = readlinkSync(join(target, 'current'));
    const copy = copyContent();
    try {
      edit(copy.content, 'policies/guofa-2007-13.mdx', /^title: .*$/m, 'title:');
      const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/deploy.ts'), '--to', target], {
        encoding: 'utf8', cwd: PROJECT, env: { ...process.env, PORTAL_SITE_URL: SITE, PORTAL_CONTENT_DIR: copy.content },
      });
      expect(r.status).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/content\/policies\/guofa-2007-13\.mdx/);
      expect(r.stderr).toMatch(/部署没有进行，网站保持原样：[\s\S]*title/);
      // The build's content check runs first: a refused file stops the deploy before any page is made.
      expect(r.stdout + r.stderr).not.toContain('generating static routes');
      expect(readlinkSync(join(target, 'current'))).toBe(live);
      expect(readdirSync(join(target, 'releases')).filter((n) => n.startsWith('.'))).toEqual([]);
    } finally {
      copy.cleanup();
    }
  }, 120_000);

  it('refuses a build with a broken link, saying where', () => {
    const live = readlinkSync(join(target, 'current'));
    const broken = join(root, 'broken');
    spawnSync('cp', ['-r', dist, broken]);
    rmSync(join(broken, 'policies/guofa-2007-13'), { recursive: true });
    const r = deploy(target, broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/断链[\s\S]*→ \/policies\/guofa-2007-13\//);
    expect(readlinkSync(join(target, 'current'))).toBe(live);
  });

  it('switches releases atomically, keeps the previous release’s hashed files for open pages, and rolls back', () => {
    const first = readlinkSync(join(target, 'current'));
    const css = readdirSync(join(target, 'current/_astro')).find((f) => f.endsWith('.css'))!;
    // A new build whose stylesheet has another hash.
    const next = join(root, 'next');
    spawnSync('cp', ['-r', dist, next]);
    spawnSync('mv', [join(next, '_astro', css), join(next, '_astro', 'index.NEWHASH.css')]);
    spawnSync('sh', ['-c', `grep -rl '${css}' . | xargs sed -i 's/${css}/index.NEWHASH.css/g'`], { cwd: next });
    const r = deploy(target, next);
    expect(r.status, r.stderr).toBe(0);
    // Every page of the build, counted here as the deploy counts them (its .html files).
    const pages = readdirSync(next, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
    expect(pages).toBeGreaterThan(100);
    expect(r.stdout).toMatch(new RegExp(`已上线：releases/\\S+（https://zhuxue\\.sdgh\\.example/）\\n\\s+${pages} 个页面`));
    const second = readlinkSync(join(target, 'current'));
    expect(second).not.toBe(first);
    // A page loaded from the first release still gets its stylesheet.
    expect(get(`${https}/_astro/${css}`).status).toBe(200);
    expect(get(`${https}/_astro/index.NEWHASH.css`).status).toBe(200);
    const back = spawnSync(process.execPath, [join(PROJECT, 'scripts/deploy.ts'), '--to', target, '--rollback'], { encoding: 'utf8' });
    expect(back.status, back.stderr).toBe(0);
    expect(readlinkSync(join(target, 'current'))).toBe(first);
    expect(get(`${https}/_astro/index.NEWHASH.css`).status).toBe(404);
  });
});

describe('deploys under load', () => {
  it('a deploy, a rollback and another deploy under 20 concurrent connections: no error, no missing page or asset', async () => {
    const live = join(target, 'current');
    const js = readdirSync(join(live, '_astro')).find((f) => f.endsWith('.js') && !/\.(br|gz)$/.test(f))!;
    const css = readdirSync(join(live, '_astro')).find((f) => f.endsWith('.css') && !/\.(br|gz)$/.test(f))!;
    const chunk = readdirSync(join(live, 'pagefind/zh-hans/index')).find((f) => !/\.(br|gz)$/.test(f))!;
    // What a reader who opened a page before the deploys goes on fetching: pages, their CSS and JS, a search.
    const paths = ['/', '/guides/golden-autumn-application/', '/zh-hant/law/jiaoyu-fa/', `/_astro/${css}`, `/_astro/${js}`,
      '/pagefind/zh-hans/pagefind-entry.json', '/pagefind/zh-hans/pagefind.js', `/pagefind/zh-hans/index/${chunk}`];
    const other = join(root, 'other');
    spawnSync('cp', ['-r', dist, other]);
    spawnSync('mv', [join(other, '_astro', css), join(other, '_astro', 'other.HASH2.css')]);
    spawnSync('sh', ['-c', `grep -rl '${css}' . | xargs sed -i 's/${css}/other.HASH2.css/g'`], { cwd: other });
    const previous = process.env['NODE_TLS_REJECT_UNAUTHORIZED'];
    process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'; // the test certificate is self-signed
    const load = autocannon({ url: https, connections: 20, duration: 40, requests: paths.map((path) => ({ method: 'GET', path })) });
    const run = (args: string[]) => new Promise<number>((done) => {
      spawn(process.execPath, [join(PROJECT, 'scripts/deploy.ts'), '--to', target, ...args], { stdio: 'ignore' }).on('exit', (code) => done(code ?? 1));
    });
    await new Promise((r) => setTimeout(r, 2000));
    expect(await run(['--dist', other])).toBe(0);
    expect(await run(['--rollback'])).toBe(0);
    expect(await run(['--dist', other])).toBe(0);
    const result = await load;
    process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = previous;
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result['2xx']).toBeGreaterThan(1000);
  }, 120_000);
});
