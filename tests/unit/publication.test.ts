import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { publication } from '../../src/lib/publication.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { copyContent, edit } from '../helpers/content-copy.ts';
import { writeFileSync } from 'node:fs';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const news = (publishedOn: string, draft = false) => ({ publishedOn, draft }) as never;

describe('what goes out', () => {
  it('keeps drafts back, and entries dated after today until their day', () => {
    expect(publication('news', news('2026-11-26'), '2026-11-26')).toEqual({ published: true });
    expect(publication('news', news('2026-11-27'), '2026-11-26')).toEqual({ published: false, reason: 'scheduled', on: '2026-11-27' });
    expect(publication('news', news('2026-11-27'), '2026-11-27')).toEqual({ published: true });
    expect(publication('news', news('2018-09-30', true), '2026-11-26')).toEqual({ published: false, reason: 'draft' });
    expect(publication('policies', { draft: false, publishedOn: '2027-01-01' } as never, '2026-11-26')).toMatchObject({ reason: 'scheduled' });
    expect(publication('guides', { draft: true } as never, '2026-11-26')).toEqual({ published: false, reason: 'draft' });
  });
});

describe('drafts and scheduled entries in the content', () => {
  const addNews = (content: string, id: string, extra: string) =>
    writeFileSync(join(content, 'news', `${id}.mdx`), `---\ntitle: ${id}\npublishedOn: 2027-03-01\nsource: { name: 测试 }\nunit: 山东省总工会\nprograms: [golden-autumn]\nsummary: 测试。\n${extra}---\n\n正文。\n`);

  it('are not searchable', async () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    addNews(copy.content, 'scheduled-item', '');
    addNews(copy.content, 'draft-item', 'draft: true\n');
    const { content, bodies } = await checkContent(copy.content, { today: '2026-11-26' });
    const urls = searchRecords(content, bodies, '2026-11-26').map((r) => r.url);
    expect(urls).not.toContain('/news/scheduled-item/');
    expect(urls).not.toContain('/news/draft-item/');
    expect(searchRecords(content, bodies, '2027-03-01').map((r) => r.url)).toContain('/news/scheduled-item/');
  });

  it('cannot be what a published entry points at', async () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    edit(copy.content, 'policies/acftu-2016-36-hardship-files.mdx', 'updatedOn: 2026-11-26\n', 'updatedOn: 2026-11-26\ndraft: true\n');
    edit(copy.content, 'news/2018-09-30-a907c374.mdx', 'publishedOn: 2018-09-30', 'publishedOn: 2027-01-05');
    const { problems } = await checkContent(copy.content, { today: '2026-11-26' });
    expect(problems.map((p) => `${p.file} ${p.field}：${p.message}`)).toEqual([
      'content/guides/golden-autumn-application.mdx relatedPolicies[2]（相关政策）：「acftu-2016-36-hardship-files」还是草稿，不会发布：请先发布它，或去掉这个引用',
      'content/guides/sunshine-employment-graduates.mdx relatedPolicies[3]（相关政策）：「acftu-2016-36-hardship-files」还是草稿，不会发布：请先发布它，或去掉这个引用',
      'content/figures/2017.yaml sources.article.news（出处）：「2018-09-30-a907c374」定于 2027-01-05 发布，还没有出现在网站上：请等它发布后再引用，或把本条也定在那天之后发布',
    ]);
  });
});
