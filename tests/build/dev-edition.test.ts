// Staff preview the Traditional edition with `npm run dev`: /zh-hant/… is converted on the
// fly from the Simplified page the dev server renders. Runs the real dev server.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/content-copy.ts';

const VITEST_VARIABLES = /^(?:VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;
let server: ChildProcess | undefined;
let base = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(join(PROJECT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: PROJECT,
    // Vitest's own variables (NODE_ENV=test, MODE, SSR…) make Astro's dev server answer 404.
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_VARIABLES.test(k))),
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('dev server did not start');
}, 40_000);

afterAll(() => {
  server?.kill();
});

describe('npm run dev previews the Traditional edition', () => {
  it('serves /zh-hant/ pages converted, with links kept inside the edition', async () => {
    const response = await fetch(`${base}/zh-hant/news/2018-09-30-a907c374/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain('<title>山東省工會“陽光就業”“金秋助學”成效凸顯 - 助學就業</title>');
    expect(html).toContain('擴大救助範圍');
    expect(html).toContain('href="/zh-hant/policies/"');
    expect(html).not.toContain('href="/policies/"');
  });

  it('answers a missing page with the converted 404', async () => {
    const response = await fetch(`${base}/zh-hant/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('沒有找到這個頁面');
  });
});
