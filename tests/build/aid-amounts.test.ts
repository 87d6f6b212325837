// Amounts are data: one edit to a standard in content/aid/ changes every page that states it,
// in both editions, the self-check and the search documents; the old figure survives nowhere.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { searchStaging } from '../../src/lib/search/staging.ts';
import { PROJECT, copyContent, edit } from '../helpers/content-copy.ts';

const copy = copyContent();
afterAll(() => copy.cleanup());

it('a changed standard (本专科生国家助学金 3700 → 3800) follows on every page, and 3,700 is gone', () => {
  edit(copy.content, 'aid/undergraduate.yaml', /(id: undergraduate-grant-average\n(?:.*\n)*?    value: )3700/, '$13800');
  const out = join(copy.root, 'dist');
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT,
    env: { ...process.env, PORTAL_CONTENT_DIR: copy.content, PORTAL_OUT_DIR: out, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const read = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
  // Every place the amount is stated: its row and quote on the stage page, the stage's summary box,
  // the changes table of the overview, and the self-check's list; in both editions.
  for (const edition of ['', 'zh-hant/']) {
    const stage = read(`${edition}aid/undergraduate`);
    expect(stage.match(/3,800 元/g)?.length, `${edition}aid/undergraduate`).toBeGreaterThanOrEqual(4);
    expect(read(`${edition}aid`)).toMatch(/data-amount="undergraduate-grant-average">(<span[^>]*>)?3,800 元/);
    expect(read(`${edition}check`)).toMatch(/data-amount-phrase="undergraduate-grant-average">平均每生每年 (<span[^>]*>)?3,800 元/);
    for (const page of [`${edition}aid/undergraduate`, `${edition}aid`, `${edition}check`]) expect(read(page), page).not.toMatch(/3,?700/);
  }
  // The standard before it (3,300 元) is still shown as 调整前.
  expect(read('aid/undergraduate')).toContain('3,300 元');
  // The search documents say the new standard, as pages show it and as people type it.
  const staged = searchStaging(out);
  const docs = readdirSync(join(staged, 'zh-hans'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(staged, 'zh-hans', f), 'utf8')).filter((d) => d.includes('本专科生国家助学金平均标准'));
  expect(docs.length).toBe(2); // the stage page and the overview's table of changes
  expect(docs.filter((d) => /3,800 元（3800 元）/.test(d))).toHaveLength(1);
  for (const d of docs) {
    expect(d).toMatch(/3,800 元/);
    expect(d).not.toMatch(/3,?700/);
  }
});
