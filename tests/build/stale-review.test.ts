// A guide nobody has checked for more than 12 months: the real `astro build` still succeeds,
// prints a warning naming the file, and the page tells readers.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { PROJECT, copyContent, edit } from '../helpers/content-copy.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

it('builds, warns about the stale guide by name, and shows readers a notice on it only', () => {
  const copy = copyContent();
  cleanup = copy.cleanup;
  edit(copy.content, 'guides/sunshine-employment-graduates.mdx', 'reviewedOn: 2026-11-26', 'reviewedOn: 2024-05-01');
  const out = join(copy.root, 'dist');
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT,
    env: { ...process.env, PORTAL_CONTENT_DIR: copy.content, PORTAL_OUT_DIR: out, PORTAL_TRADITIONAL: 'off', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  expect(output).toContain('content/guides/sunshine-employment-graduates.mdx：内容上次核对是 2024-05-01，已超过 12 个月（2025-05-01 到期）');
  expect(output).not.toContain('golden-autumn-application.mdx：内容上次核对');
  const page = (id: string) => readFileSync(join(out, 'guides', id, 'index.html'), 'utf8');
  expect(page('sunshine-employment-graduates')).toContain('data-review-stale');
  // As a reader reads it (the page keeps "12 个" whole on one line in a span of its own).
  expect(page('sunshine-employment-graduates').replace(/<[^>]+>/g, '')).toContain('本页最近一次核对是在 2024年5月1日，已经超过 12 个月');
  expect(page('golden-autumn-application')).not.toContain('data-review-stale');
});
