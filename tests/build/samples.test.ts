// Samples (sample: true) and the component examples page: absent from a production build
// everywhere a reader could meet them, present and marked where they are asked for
// (PORTAL_SAMPLES=1). A collection whose only entries were samples says so honestly.
// Built for real from a copy of content/ whose only news item, and the figures year quoting
// it, are marked as samples.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchStaging } from '../../src/lib/search/staging.ts';
import { ui } from '../../src/i18n/index.ts';
import { PROJECT, copyContent, edit } from '../helpers/content-copy.ts';

const NEWS = '2018-09-30-a907c374';
let copy: ReturnType<typeof copyContent>;

function build(out: string, samples: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORTAL_CONTENT_DIR: copy.content, PORTAL_OUT_DIR: out, NO_COLOR: '1' };
  if (samples) env['PORTAL_SAMPLES'] = '1';
  else delete env['PORTAL_SAMPLES'];
  const r = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], { cwd: PROJECT, encoding: 'utf8', env });
  expect(r.status, r.stdout + r.stderr).toBe(0);
}

const read = (out: string, file: string) => readFileSync(join(out, file), 'utf8');

beforeAll(() => {
  copy = copyContent();
  edit(copy.content, `news/${NEWS}.mdx`, 'tags: []', 'tags: []\nsample: true');
  edit(copy.content, 'figures/2017.yaml', 'year: 2017', 'year: 2017\nsample: true');
});
afterAll(() => copy.cleanup());

describe('a production build', () => {
  let out = '';
  beforeAll(() => {
    out = join(copy.root, 'dist-public');
    build(out, false);
  }, 120_000);

  it('publishes no sample page, and no examples page, in either edition', () => {
    for (const edition of ['', 'zh-hant']) {
      for (const page of [`news/${NEWS}`, 'policies/sample-union-aid-2019', 'policies/sample-union-aid-2023', 'figures/2017', 'examples']) {
        expect(existsSync(join(out, edition, page, 'index.html')), `${edition}/${page}`).toBe(false);
      }
    }
  });

  it('lists, feeds, sitemap, open data and search know nothing of the samples', () => {
    const files = ['index.html', 'news/index.html', 'news/rss.xml', 'zh-hant/news/rss.xml', 'policies/index.html', 'figures/index.html',
      'figures/figures.json', 'figures/figures.csv', 'sitemap-0.xml', 'regions/index.html'];
    for (const file of files) {
      const text = read(out, file);
      for (const word of [NEWS, 'sample-union-aid', '示例', 'figures/2017/', '3807.91']) expect(text, `${file}: ${word}`).not.toContain(word);
    }
    // The search documents (what Pagefind indexes) and the exact lookups.
    const staging = searchStaging(out);
    const docs = readdirSync(join(staging, 'zh-hans'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(staging, 'zh-hans', f), 'utf8')).join('\n');
    expect(docs).not.toMatch(/示例|sample-union-aid|成效凸显/);
    expect(readFileSync(join(staging, 'zh-hans.search-data.json'), 'utf8')).not.toContain('sample-union-aid');
  });

  it('counts only what is published, and says honestly that there is no news yet', () => {
    const empty = ui().empty.news;
    expect(read(out, 'news/index.html')).toContain(empty);
    expect(read(out, 'index.html')).toContain(empty);
    expect(read(out, 'zh-hant/news/index.html')).toContain('還沒有發佈工作動態');
    expect(read(out, 'news/rss.xml')).not.toContain('<item>');
    // The policies list counts the real policies only (the files not marked sample: true).
    const dir = join(copy.content, 'policies');
    const real = readdirSync(dir).filter((f) => !/^sample: true$/m.test(readFileSync(join(dir, f), 'utf8')));
    expect(real.length).toBeGreaterThanOrEqual(5);
    expect(real.length).toBeLessThan(readdirSync(dir).length);
    expect(read(out, 'policies/index.html').match(/<li class="py-4">/g)).toHaveLength(real.length);
  });
});

describe('a build that asks for samples (PORTAL_SAMPLES=1)', () => {
  let out = '';
  beforeAll(() => {
    out = join(copy.root, 'dist-samples');
    build(out, true);
  }, 120_000);

  it('has the samples, each marked 示例内容, and the examples page', () => {
    expect(read(out, `news/${NEWS}/index.html`)).toContain('示例内容');
    expect(read(out, 'policies/sample-union-aid-2023/index.html')).toContain('示例内容');
    expect(read(out, 'news/index.html')).toContain('示例内容');
    expect(existsSync(join(out, 'examples/index.html'))).toBe(true);
    expect(existsSync(join(out, 'zh-hant/examples/index.html'))).toBe(true);
  });
});
