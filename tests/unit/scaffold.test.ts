// `npm run new`: a skeleton that passes the content check as a draft, dated today in
// Shandong, and that cannot be published with its placeholders still in it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { SCAFFOLD_KINDS, skeleton } from '../../src/lib/scaffold.ts';
import { copyContent } from '../helpers/content-copy.ts';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.cleanup());

// 2026-11-25 17:30 UTC is already 2026-11-26 01:30 in Jinan.
const NIGHT = new Date('2026-11-25T17:30:05Z');

describe('npm run new', () => {
  it('dates by the Shandong calendar and names a Chinese-titled news item by date and time', () => {
    const s = skeleton('news', '济南市总工会发放助学金', NIGHT);
    expect(s.path).toBe('news/2026-11-26-013005.mdx');
    expect(s.text).toContain('publishedOn: 2026-11-26');
    expect(s.text).toContain('title: 济南市总工会发放助学金');
    expect(skeleton('policy', '某政策', NIGHT, 'guofa-2007-13').path).toBe('policies/guofa-2007-13.mdx');
  });

  it('writes, for every kind, a draft that passes the content check', async () => {
    copy = copyContent();
    for (const kind of SCAFFOLD_KINDS) {
      const s = skeleton(kind, `测试${kind}`, NIGHT);
      expect(s.text).toContain('draft: true');
      writeFileSync(join(copy.content, s.path), s.text);
    }
    const { problems, content } = await checkContent(copy.content);
    expect(problems).toEqual([]);
    expect(content.news.size + content.policies.size + content.guides.size).toBeGreaterThan(3);
  });

  it('refuses to publish a skeleton whose placeholders are still there, naming the line', async () => {
    copy = copyContent();
    const s = skeleton('news', '测试', NIGHT);
    writeFileSync(join(copy.content, s.path), s.text.replace('draft: true\n', ''));
    const { problems } = await checkContent(copy.content);
    expect(problems).toEqual([{ file: 'content/news/2026-11-26-013005.mdx', message: expect.stringMatching(/^还有“待填写”的地方（第 \d+ 行）/) }]);
  });

  it('refuses a file name that breaks the rule, with the content check’s message', () => {
    expect(() => skeleton('policy', '某政策', NIGHT, 'GuoFa_2007')).toThrow('文件名「GuoFa_2007」不合规：只能用小写字母、数字和连字符');
  });
});
