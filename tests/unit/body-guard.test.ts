// The body guard: what an MDX body may hold, wherever it is written (files, the admin, the
// legacy importer). The 28 bad bodies, each alone in a news and a policy body, run through
// the checker (check-content.test.ts) and the real build (tests/build/bad-content.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savedFileProblems } from '../../src/lib/admin/guard.ts';
import { guardBody } from '../../src/lib/content/body-guard.ts';
import { checkMdxEntry } from '../../src/lib/content/check.ts';
import { renderMdxBody } from '../../src/lib/content/mdx.ts';
import { readFrontmatter } from '../../src/lib/content/read.ts';
import { buildEntry } from '../../src/lib/legacy/entry.ts';
import { parseLegacy } from '../../src/lib/legacy/parse.ts';
import { BAD_BODIES } from '../helpers/bad-content.ts';
import { PROJECT } from '../helpers/content-copy.ts';

const shipped = ['news', 'policies', 'guides'].flatMap((dir) =>
  readdirSync(join(PROJECT, 'content', dir)).filter((f) => f.endsWith('.mdx')).map((f) => join(dir, f)));

describe('the guard', () => {
  it('passes every shipped body, which still renders', async () => {
    expect(shipped.length).toBeGreaterThanOrEqual(10);
    for (const file of shipped) {
      const front = readFrontmatter(readFileSync(join(PROJECT, 'content', file), 'utf8'), file);
      if (!front.ok) throw new Error(file);
      expect(guardBody(front.value.body).problems, file).toEqual([]);
      expect((await renderMdxBody(front.value.body)).ok, file).toBe(true);
    }
  });

  it('has at least 20 bad bodies, and refuses each of them on its own', async () => {
    expect(BAD_BODIES.length).toBeGreaterThanOrEqual(20);
    for (const b of BAD_BODIES) {
      const r = await renderMdxBody(`第一段。\n\n${b.body}第二段。`);
      expect(r.ok, b.name).toBe(false);
    }
  });

  it('never evaluates what it refuses', async () => {
    const key = '__zhuxueGuardProbe';
    const r = await renderMdxBody(`{globalThis.${key} = 1}`);
    expect(r.ok).toBe(false);
    expect((globalThis as Record<string, unknown>)[key]).toBeUndefined();
  });

  it.each([
    ['[全文](https://www.gov.cn/x)'], ['[旧址](http://www.gov.cn/x)'], ['[写信](mailto:a@b.cn)'], ['[电话](tel:12351)'],
    ['[政策](/policies/guofa-2007-13/)'], ['[这一节](#申请条件)'], ['![图](/images/a.png)'], ['<Keep>范先生</Keep>'],
    ['<Cite law="jiaoyu-fa" article={38} />'], ['<Cite law="jiaoyu-fa" article="38" />'], ['a \\{b\\} &lt;c&gt;'],
  ])('allows %s', (body) => {
    expect(guardBody(body).problems).toEqual([]);
  });

  it('names every problem in a body, each with its line', () => {
    expect(guardBody('<div>a</div>\n\n第二段 {1}\n\n[x](javascript:y)').problems.map((p) => p.line)).toEqual([1, 3, 5]);
  });
});

describe('the same rules in the admin and the importer', () => {
  const news = (body: string) => `---\ntitle: 测试动态\npublishedOn: 2026-11-21\nsource:\n  name: 测试\nunit: 山东省总工会\nprograms: [golden-autumn]\nsummary: 测试。\n---\n\n${body}\n`;

  it('the admin refuses a body with raw HTML, with the file line', async () => {
    const problems = await savedFileProblems('content/news/2026-11-21-000000.mdx', news('正文。\n\n<script>alert(1)</script>'));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/news/2026-11-21-000000.mdx', message: expect.stringContaining('第 13 行有 HTML 标签 <script>') })]);
    expect(await savedFileProblems('content/news/2026-11-21-000000.mdx', news('正文。'))).toEqual([]);
  });

  it('the admin refuses a data file the schema refuses, and leaves media alone', async () => {
    const figures = readFileSync(join(PROJECT, 'content/figures/2017.yaml'), 'utf8').replace('value: 3807.91', 'value: -3807.91');
    expect((await savedFileProblems('content/figures/2017.yaml', figures))[0]?.message).toBe('数值不能为负数');
    expect(await savedFileProblems('public/uploads/a.png', '<script>')).toEqual([]);
  });

  it('the importer writes an old article\'s <, {, [ as text, and its entry passes the check', async () => {
    const parsed = parseLegacy('山东省工会金秋助学\n齐鲁人才网 . 2018-09-30发布\n\n正文<script>alert(1)</script>{x}[链接](javascript:alert(1))。\n');
    if (!parsed.ok) throw new Error(parsed.message);
    const entry = buildEntry(parsed.article, { cities: [], unit: '山东省总工会', fallbackSource: '旧站', programs: ['golden-autumn'] });
    expect(await checkMdxEntry('news', entry.text, 'content/news/x.mdx')).toEqual([]);
    const front = readFrontmatter(entry.text, 'x');
    const html = front.ok ? await renderMdxBody(front.value.body) : undefined;
    expect(html?.ok && html.html).toBe('<p>正文&lt;script&gt;alert(1)&lt;/script&gt;{x}[链接](javascript:alert(1))。</p>');
  });
});
