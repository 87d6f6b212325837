import { describe, expect, it } from 'vitest';
import { lintBody } from '../../src/lib/content/lint.ts';

describe('content lints', () => {
  it('flags vague link text with its line and a better example', () => {
    expect(lintBody('第一段。\n\n详见[点击这里](/policies/x/)。', 'content/news/a.mdx', 10)).toEqual([
      { file: 'content/news/a.mdx', message: '第 13 行的链接文字「点击这里」说不清去哪里：请写出目标的名称，例如 [国发〔2007〕13号全文](/policies/x/)' },
    ]);
  });
  it('accepts descriptive link text and images', () => {
    expect(lintBody('见[国发〔2007〕13号](/policies/guofa-2007-13/)。![更多](/a.png)', 'f')).toEqual([]);
  });
  it('flags pinyin annotation residue', () => {
    expect(lintBody('为(wei)使帮扶', 'f')[0]?.message).toBe('第 1 行有拼音注音残留「为(wei)」：请删去括号中的拼音（可用 npm run import 重新导入旧网站文章）');
    expect(lintBody('子女(nv)(nv)', 'f')).toHaveLength(1);
  });
  it('agrees with the importer: English words it keeps are not residue', () => {
    expect(lintBody('项目(men)和安全(an)', 'f')).toEqual([]);
    expect(lintBody('他们(men)', 'f')[0]?.message).toContain('「们(men)」');
  });
  it('leaves genuine parentheses alone', () => {
    expect(lintBody('职工服务中心（站点）、2017年(2017)、文件(PDF)', 'f')).toEqual([]);
  });
});
