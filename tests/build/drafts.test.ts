// Drafts and entries dated in the future: absent from the real production build (pages, lists,
// both editions), present and marked in the dev server that staff preview with.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, copyContent } from '../helpers/content-copy.ts';

const VITEST_VARIABLES = /^(?:VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;
let copy: ReturnType<typeof copyContent>;

beforeAll(() => {
  copy = copyContent();
  const news = (id: string, extra: string) => writeFileSync(join(copy.content, 'news', `${id}.mdx`),
    `---\ntitle: 测试${id}\n${extra}source: { name: 测试 }\nunit: 山东省总工会\nprograms: [golden-autumn]\nsummary: 测试。\n---\n\n正文。\n`);
  news('draft-item', 'publishedOn: 2019-01-01\ndraft: true\n');
  news('scheduled-item', 'publishedOn: 2099-01-01\n');
});
afterAll(() => copy.cleanup());

describe('a production build', () => {
  it('leaves drafts and future entries out of pages and lists, in both editions', () => {
    const out = join(copy.root, 'dist');
    const r = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
      cwd: PROJECT, encoding: 'utf8',
      env: { ...process.env, PORTAL_CONTENT_DIR: copy.content, PORTAL_OUT_DIR: out, NO_COLOR: '1' },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    for (const edition of ['', 'zh-hant']) {
      expect(existsSync(join(out, edition, 'news/2018-09-30-a907c374/index.html'))).toBe(true);
      expect(existsSync(join(out, edition, 'news/draft-item/index.html'))).toBe(false);
      expect(existsSync(join(out, edition, 'news/scheduled-item/index.html'))).toBe(false);
      for (const file of ['news/index.html', 'news/rss.xml', 'news/year/2019/index.html']) {
        if (!existsSync(join(out, edition, file))) continue;
        const text = readFileSync(join(out, edition, file), 'utf8');
        expect(text, file).not.toContain('draft-item');
        expect(text, file).not.toContain('scheduled-item');
      }
      expect(existsSync(join(out, edition, 'news/year/2099/index.html'))).toBe(false);
    }
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/news/2018-09-30-a907c374/');
    expect(sitemap).not.toMatch(/draft-item|scheduled-item|year\/2099/);
  });
});

describe('the dev server', () => {
  let server: ChildProcess | undefined;
  let base = '';
  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const a = s.address();
        s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
      });
    });
    base = `http://127.0.0.1:${port}`;
    server = spawn(join(PROJECT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: PROJECT, stdio: 'ignore',
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_VARIABLES.test(k))), PORTAL_CONTENT_DIR: copy.content },
    });
    for (let i = 0; i < 160; i++) {
      if (await fetch(`${base}/`).then((res) => res.ok, () => false)) return;
      await new Promise((res) => setTimeout(res, 250));
    }
    throw new Error('dev server did not start');
  }, 60_000);
  afterAll(() => server?.kill());

  it('shows a draft, marked as one', async () => {
    const page = await (await fetch(`${base}/news/draft-item/`)).text();
    expect(page).toContain('data-unpublished="draft"');
    expect(page).toContain('草稿：本页只在本地预览中显示，不会发布到网站上');
  });
  it('shows a scheduled entry with its date, and lists both with a badge', async () => {
    const page = await (await fetch(`${base}/news/scheduled-item/`)).text();
    expect(page).toContain('定时发布：本页将在 2099年1月1日 当天或之后的第一次构建时发布');
    const list = await (await fetch(`${base}/news/`)).text();
    expect(list).toMatch(/<span class="tag" data-unpublished>草稿<\/span>/);
    expect(list).toMatch(/<span class="tag" data-unpublished>定时发布<\/span>/);
  });
});
