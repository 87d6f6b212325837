// The real `astro build`, run on broken copies of content/: it must stop, exit non-zero and
// print the Chinese report naming every problem. Proves the guard is wired into the build, not
// just callable (tests/unit/check-content.test.ts runs each case alone, in-process).
// The guard reports every problem at once, so the cases share builds: each bad body in its own
// copy of the news item or policy (all in one build), the other cases at most one per content
// folder in a build, counting the folders their messages speak of (a broken figures year would
// change what a figure quote's message lists).
// Each build must report exactly as many problems as it has cases. 81 builds took about 250 s.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_BODY_CASES, BAD_CASES, type BadCase } from '../helpers/bad-content.ts';
import { PROJECT, copyContent } from '../helpers/content-copy.ts';

function build(content: string, out: string) {
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT,
    env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_OUT_DIR: out, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A case as one build runs it: the file it writes (a copy's own name for a body) and what the report must say. */
interface Planned { name: string; source: string; file: string; from: string | RegExp; to: string; expect: string[] }

function plan(): Planned[][] {
  const groups: Planned[][] = [[]];
  BAD_BODY_CASES.forEach((c, i) => {
    const file = c.file.replace(/\.mdx$/, `-body${i + 1}.mdx`);
    groups[0]!.push({ ...c, source: c.file, file, expect: c.expect.map((line) => line.replace(`content/${c.file}`, `content/${file}`)) });
  });
  // The folders a case edits or its message speaks of (a figure quote's message lists the years in figures/).
  const folders = (c: BadCase) => new Set([c.file.split('/')[0], ...c.expect.flatMap((l) => [...l.matchAll(/content\/([a-z-]+)\//g)].map((m) => m[1]))]);
  const placed = new Map<Planned, Set<string | undefined>>();
  for (const c of BAD_CASES as BadCase[]) {
    const mine = folders(c);
    const group = groups.slice(1).find((g) => !g.some((p) => [...placed.get(p)!].some((f) => mine.has(f)))) ?? (groups.push([]), groups.at(-1)!);
    const p = { ...c, source: c.file };
    placed.set(p, mine);
    group.push(p);
  }
  return groups;
}

for (const [i, group] of plan().entries()) {
  describe(`astro build stops on bad content (build ${i + 1}: ${group.length} cases)`, () => {
    const copy = copyContent();
    let result: ReturnType<typeof build>;
    beforeAll(() => {
      for (const p of group) {
        const text = readFileSync(join(copy.content, p.source), 'utf8');
        const next = text.replace(p.from, p.to);
        if (next === text) throw new Error(`测试准备失败：${p.source} 中没有 ${String(p.from)}`);
        writeFileSync(join(copy.content, p.file), next);
      }
      result = build(copy.content, join(copy.root, 'dist'));
    }, 120_000);
    afterAll(() => copy.cleanup());

    it('stops before generating pages, reporting one problem per case', () => {
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`内容检查未通过，共 ${group.length} 处问题，构建已停止`);
      expect(result.output).not.toContain('generating static routes');
    });
    it.each(group)('$name', (p) => {
      // The report lists each file's problems under its name: this case's lines are in its file's block.
      const start = result.output.indexOf(`文件 content/${p.file}\n`);
      expect(start, `报告里没有 content/${p.file}`).toBeGreaterThanOrEqual(0);
      const block = result.output.slice(start, result.output.indexOf('\n\n', start) >>> 0);
      for (const line of p.expect) expect(block).toContain(line);
    });
  });
}
