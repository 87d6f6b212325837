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

  it.each([
    // [what staff wrote, file, from, to, the file's own line, what the report says]
    ['a colon inside a value', 'news/2018-09-30-a907c374.mdx', /^title: .*$/m, 'title: 通知: 金秋助学', 2, '这一行的值里有“冒号加空格”，YAML 把它当成了又一个字段'],
    ['an unclosed quote', 'news/2018-09-30-a907c374.mdx', /^title: .*$/m, 'title: "金秋助学', 2, '这一行的双引号没有结束：请在这个值的末尾补上 "'],
    ['an unclosed list', 'news/2018-09-30-a907c374.mdx', 'programs: [golden-autumn, sunshine-employment]', 'programs: [golden-autumn, sunshine-employment', 8, '这一行的方括号 [没有在同一行结束：请在列表末尾补上 ]'],
    ['a field written twice', 'news/2018-09-30-a907c374.mdx', 'tags: []', 'tags: []\ntags: [助学]', 10, '字段 tags 写了两次：请删去其中一个'],
    ['a tab as indent', 'news/2018-09-30-a907c374.mdx', '  name: 齐鲁人才网', '\tname: 齐鲁人才网', 5, '这一行用 Tab 缩进'],
    ['an over-indented line', 'figures/2017.yaml', 'year: 2017', 'year: 2017\n  bad indent: [', 5, '这一行的值里有“冒号加空格”'],
    ['items not lined up', 'policies/guofa-2007-13.mdx', '  name: 中国政府网', '   name: 中国政府网', 13, '缩进不对：这一行与上面同一层的字段没有从同一列开始'],
  ])('reports a YAML mistake (%s) in Chinese, at the file\'s own line, with the fix', async (_what, file, from, to, line, says) => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    edit(copy.content, file, from, to);
    const { problems } = await checkContent(copy.content);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(`content/${file}`);
    expect(problems[0]?.message).toContain(`YAML 格式错误（第 ${line} 行）：${says}`);
    // Never the yaml library's English.
    expect(problems[0]?.message).not.toMatch(/at line|column|must|allowed|missing|unexpected|mapping|indent/i);
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
      'content/guides/golden-autumn-application.mdx', 'content/guides/sunshine-employment-graduates.mdx',
    ]);
    expect(later.warnings[0]?.message).toBe('内容上次核对是 2026-12-03，已超过 12 个月（2027-12-03 到期）：页面会提醒读者内容可能过时。请核对内容后把 reviewedOn 改为核对当天的日期');
    // Each aid item, amount and contact has its own review date, named by its id.
    const aid = (await checkContent(root, { today: '2027-12-07' })).warnings.filter((w) => w.file.startsWith('content/aid'));
    expect(aid.find((w) => w.file === 'content/aid/undergraduate.yaml' && w.field === 'loan.reviewedOn（核对日期）')?.message).toContain('2027-12-06 到期');
    expect(aid.find((w) => w.file === 'content/aid-contacts/contacts.yaml' && w.field === 'moe-hotline.reviewedOn（核对日期）')).toBeDefined();
  });
});

describe('editDistance', () => {
  it('counts single-letter edits', () => {
    expect(editDistance('binzhuo', 'binzhou')).toBe(2);
    expect(editDistance('jinan', 'jinan')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
