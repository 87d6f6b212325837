// The real `astro build`, run on a broken copy of content/: it must stop, exit non-zero and
// print the Chinese report. Proves the guard is wired into the build, not just callable.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BAD_BODY_CASES, BAD_CASES } from '../helpers/bad-content.ts';
import { PROJECT, copyContent, edit } from '../helpers/content-copy.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function build(content: string, out: string) {
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT,
    env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_OUT_DIR: out, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build stops on bad content', () => {
  it.each([...BAD_CASES, ...BAD_BODY_CASES])('$name', (c) => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    edit(copy.content, c.file, c.from, c.to);
    const { status, output } = build(copy.content, join(copy.root, 'dist'));
    expect(status).not.toBe(0);
    expect(output).toContain('内容检查未通过，共 1 处问题，构建已停止');
    for (const line of c.expect) expect(output).toContain(line);
    expect(output).not.toContain('generating static routes');
  });
});
