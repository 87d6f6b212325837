import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { checkAll } from '../../src/lib/check-all.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { editDistance } from '../../src/lib/content/references.ts';
import { BAD_BODY_CASES, BAD_CASES } from '../helpers/bad-content.ts';
import { PROJECT, copyContent, edit } from '../helpers/content-copy.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the real content', () => {
  it('passes every check', async () => {
    const { problems, content } = await checkAll(join(PROJECT, 'content'));
    expect(formatProblems(problems)).toBe(formatProblems([]));
    expect(content.regions.size).toBe(18);
    expect([...content.regions.values()].filter((r) => r.level === 'city')).toHaveLength(16);
  });
});

describe('bad content is reported with file, field and fix', () => {
  it.each([...BAD_CASES, ...BAD_BODY_CASES])('$name', async (c) => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    edit(copy.content, c.file, c.from, c.to);
    const { problems } = await checkAll(copy.content);
    const report = formatProblems(problems);
    for (const line of c.expect) expect(report).toContain(line);
    // One edit, one problem: a mistake must not cascade into noise elsewhere.
    expect(problems).toHaveLength(1);
  });

  it('reports a YAML syntax error with its line', async () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    edit(copy.content, 'figures/2017.yaml', 'year: 2017', 'year: 2017\n  bad indent: [');
    const { problems } = await checkContent(copy.content);
    expect(problems[0]?.file).toBe('content/figures/2017.yaml');
    expect(problems[0]?.message).toMatch(/^YAML 格式错误（第 \d+ 行第 \d+ 列）：Nested mappings/);
  });

  it('reports a file with the wrong extension instead of skipping it', async () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    writeFileSync(join(copy.content, 'news/new-item.md'), '---\ntitle: x\n---\n');
    const { problems } = await checkContent(copy.content);
    expect(problems).toEqual([{ file: 'content/news/new-item.md', message: '此文件不会被发布：应为 .mdx 文件（文件名规则 *.mdx）' }]);
  });

  it('reports a figures file whose year disagrees with its name', async () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    edit(copy.content, 'figures/2017.yaml', 'year: 2017', 'year: 2018');
    const { problems } = await checkContent(copy.content);
    expect(problems.map((p) => p.message)).toEqual(['年份 2018 与文件名 2017 不一致：请让二者相同']);
  });
});

describe('reviews older than 12 months', () => {
  it('are warnings that name the file and the fix, never problems', async () => {
    const root = join(PROJECT, 'content');
    const fresh = await checkContent(root, { today: '2026-11-26' });
    expect(fresh.warnings).toEqual([]);
    const later = await checkContent(root, { today: '2027-12-04' });
    expect(later.problems).toEqual([]);
    expect(later.warnings.map((w) => w.file)).toEqual([
      'content/guides/golden-autumn-application.mdx', 'content/guides/sunshine-employment-graduates.mdx', 'content/check/self-check.yaml',
    ]);
    expect(later.warnings[0]?.message).toBe('内容上次核对是 2026-12-03，已超过 12 个月（2027-12-03 到期）：页面会提醒读者内容可能过时。请核对内容后把 reviewedOn 改为核对当天的日期');
  });
});

describe('editDistance', () => {
  it('counts single-letter edits', () => {
    expect(editDistance('binzhuo', 'binzhou')).toBe(2);
    expect(editDistance('jinan', 'jinan')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
