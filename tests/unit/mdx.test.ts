import { describe, expect, it } from 'vitest';
import { renderMdxBody } from '../../src/lib/content/mdx.ts';
import { lintBody } from '../../src/lib/content/lint.ts';

const html = async (body: string) => {
  const r = await renderMdxBody(body);
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.html;
};

describe('MDX bodies render to static HTML', () => {
  it('renders Markdown: paragraphs, emphasis, links, lists and GFM tables', async () => {
    expect(await html('第一段**重点**，见[国发〔2007〕13号](/policies/guofa-2007-13/)。\n\n- 甲\n- 乙')).toBe(
      '<p>第一段<strong>重点</strong>，见<a href="/policies/guofa-2007-13/">国发〔2007〕13号</a>。</p>\n<ul>\n<li>甲</li>\n<li>乙</li>\n</ul>',
    );
    expect(await html('| 年份 | 人数 |\n|---|---|\n| 2017 | 12672 |')).toContain('<th>年份</th>');
  });

  it('gives headings an id from their text, numbering repeats', async () => {
    expect(await html('## 资助对象\n\n## 资助对象')).toBe('<h2 id="资助对象">资助对象</h2>\n<h2 id="资助对象-1">资助对象</h2>');
  });

  it('escapes text and attributes', async () => {
    expect(await html('a &lt; b & c')).toBe('<p>a &lt; b &amp; c</p>');
    expect(await html('[x](/a?b=1&c="2")')).toContain('href="/a?b=1&amp;c=%222%22"');
  });

  it('renders <Keep> as text the Traditional edition leaves alone', async () => {
    expect(await html('<Keep>范先生</Keep>说')).toBe('<p><span translate="no" lang="zh-Hans">范先生</span>说</p>');
  });

  it('names an unknown component, its line and what is allowed', async () => {
    expect(await renderMdxBody('第一段。\n\n第二段<Foo />。')).toEqual({
      ok: false,
      problems: [{ line: 3, message: '用了未知的组件 <Foo>：正文中只能用 <Keep>范先生</Keep>（繁体版保留原字形）、<Cite law="jiaoyu-fa" article={38} />（引用法规条文）、<Figure metric="aid-funds" year={2017} scope="shandong" />（引用年度数据）。请检查拼写（区分大小写），或删去这个标签' }],
    });
  });

  it('explains a stray < or { in Chinese, with its line', async () => {
    const lt = await renderMdxBody('第一段。\n\n人数 <5 人');
    expect(lt).toMatchObject({ ok: false, problems: [{ line: 3 }] });
    expect(lt.ok ? '' : lt.problems[0]?.message).toContain('要写小于号请写 &lt;');
    const brace = await renderMdxBody('人数{总数}');
    expect(brace.ok ? '' : brace.problems[0]?.message).toContain('要写大括号本身，请在前面加反斜杠');
  });
});

describe('body lints for MDX mistakes that render silently', () => {
  it('flags <keep> in lower case, which keeps nothing', async () => {
    expect(await renderMdxBody('<keep>范先生</keep>说')).toMatchObject({ ok: false, problems: [{ line: 1, message: '「<keep>」应写成 <Keep>（K 大写）：小写的是 HTML 标签，不能发布，也起不到 <Keep> 的作用' }] });
    expect(lintBody('<Keep>范先生</Keep>说', 'f')).toEqual([]);
  });
});
