// `npm run import` end to end, on a temporary copy of content/ with the real legacy sample.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { findFigure, quoteText } from '../../src/lib/figures/quote.ts';
import { PROJECT, copyContent } from '../helpers/content-copy.ts';

const SAMPLE = join(PROJECT, 'tests/fixtures/legacy/2018-09-30-qilu-rencai-golden-autumn.txt');
// Derived by hand from the sample and reviewed line by line: annotations removed, converted
// to Simplified, commas and the one semicolon made full-width, 职工服务中心（站点） kept.
const EXPECTED_BODY = readFileSync(join(PROJECT, 'tests/fixtures/legacy/2018-09-30-qilu-rencai-golden-autumn.expected.txt'), 'utf8');
const SLUG = '2018-09-30-a907c374';

let copy: ReturnType<typeof copyContent>;
beforeEach(() => {
  copy = copyContent();
  rmSync(join(copy.content, 'news', `${SLUG}.mdx`));
});
afterEach(() => copy.cleanup());

function runImport(...args: string[]) {
  const r = spawnSync(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'scripts/import-legacy.ts'), ...args, '--content', copy.content], {
    cwd: copy.root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const newsFiles = () => readdirSync(join(copy.content, 'news')).sort();

describe('importing the real legacy article', () => {
  it('writes a clean Simplified entry that matches the reviewed text and passes every check', async () => {
    const { status, stdout } = runImport(SAMPLE);
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`content/news/${SLUG}.mdx`);
    expect(stdout).toContain('共 1 个文件：写入 1 篇（构建后发布），草稿 0 篇（等待核对），已导入过 0 篇，拒绝 0 个。');
    const written = readFileSync(join(copy.content, 'news', `${SLUG}.mdx`), 'utf8');
    expect(written.split('\n---\n\n')[1]).toBe(EXPECTED_BODY);
    expect(written).not.toMatch(/\p{Script=Han}\([a-z]{1,6}\)/u);
    // The entry shipped in content/ is this importer's output, with its numbers quoted from
    // the figures (<Figure …/>): read as the figures they quote, it is the importer's text exactly.
    const shipped = readFileSync(join(PROJECT, 'content/news', `${SLUG}.mdx`), 'utf8');
    const [shippedHead, shippedBody = ''] = shipped.split('\n---\n\n');
    expect(shippedHead).toBe(written.split('\n---\n\n')[0]);
    const { content, problems } = await checkContent(copy.content);
    expect(problems).toEqual([]);
    const quotes = [...shippedBody.matchAll(/<Figure metric="([^"]+)" year=\{(\d+)\} scope="([^"]+)" \/>/g)];
    expect(quotes).toHaveLength(12);
    const read = shippedBody.replace(/<Figure metric="([^"]+)" year=\{(\d+)\} scope="([^"]+)" \/>/g, (_, metric: string, year: string, scope: string) => {
      const found = findFigure(content.figures, { metric, year: Number(year), scope });
      if (!found.ok) throw new Error(found.message);
      return quoteText(found.figure.value, found.figure.unit);
    });
    expect(read).toBe(EXPECTED_BODY);
  });

  it('reports "already imported" the second time and changes nothing, unless --force', () => {
    runImport(SAMPLE);
    const path = join(copy.content, 'news', `${SLUG}.mdx`);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n（工作人员的修改）\n`);
    const again = runImport(SAMPLE);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`已导入过：content/news/${SLUG}.mdx，未做修改（要覆盖请加 --force）`);
    expect(readFileSync(path, 'utf8')).toContain('（工作人员的修改）');
    expect(runImport(SAMPLE, '--force').status).toBe(0);
    expect(readFileSync(path, 'utf8')).not.toContain('（工作人员的修改）');
  });

  it('--dry-run prints the entry and writes nothing', () => {
    const before = newsFiles();
    const { status, stdout } = runImport(SAMPLE, '--dry-run');
    expect(status).toBe(0);
    expect(stdout).toContain('title: 山东省工会“阳光就业”“金秋助学”成效凸显');
    expect(newsFiles()).toEqual(before);
  });

  it('--figures writes a draft the build ignores, never published figures', async () => {
    const { status, stdout } = runImport(SAMPLE, '--figures');
    expect(status).toBe(0);
    const draftPath = join(copy.content, 'figures', 'drafts', `${SLUG}.yaml`);
    expect(stdout).toContain(`content/figures/drafts/${SLUG}.yaml`);
    const draft = readFileSync(draftPath, 'utf8');
    expect(draft).toContain('draft: true');
    expect(draft).toMatch(/label: 发放助学款\n\s+value: 3807\.91\n\s+unit: 万元/);
    expect(draft).toMatch(/label: 资助困难职工子女\n\s+value: 12672\n\s+unit: 人\n/);
    expect(draft).toMatch(/label: 举办就业招聘会等就业服务系列活动\n\s+value: 322\n\s+unit: 场/);
    const { problems, content } = await checkContent(copy.content);
    expect(problems).toEqual([]);
    // The draft is not a published year: only the shipped year files are.
    expect([...content.figures.keys()]).toEqual(['2009', '2011', '2013', '2017']);
  });
});

describe('bad input stops with a Chinese message naming the file, and writes nothing', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['empty.txt', '', '文件是空的'],
    ['binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), '这不是文本文件'],
    ['gbk.txt', Uint8Array.from([0xc9, 0xbd, 0xb6, 0xab, 0x0a, 0x32, 0x30]), '文件不是 UTF-8 编码（看起来是 GBK 或 Big5）'],
    ['big5.txt', Uint8Array.from([0xa4, 0x73, 0xaa, 0x46, 0x0a, 0x32, 0x30]), '文件不是 UTF-8 编码（看起来是 GBK 或 Big5）'],
    ['no-date.txt', '标题\n\n正文。\n', '第二行应为“来源 . YYYY-MM-DD发布”'],
    ['bad-date.txt', '标题\n齐鲁人才网 . 2018-13-45发布\n\n金秋助学。\n', '发布日期 2018-13-45 不存在'],
    ['long-title.txt', `${'长'.repeat(81)}\n2018-09-30发布\n\n金秋助学。\n`, '标题有 81 个字，超过 80 字的上限'],
  ];
  it.each(cases)('%s', (name, bytes, message) => {
    const file = join(copy.root, name);
    writeFileSync(file, bytes);
    const before = newsFiles();
    const { status, stderr } = runImport(file);
    expect(status).toBe(1);
    expect(stderr).toContain(`导入失败：${file}：${message}`);
    expect(stderr).toContain('（未写入任何文件）');
    expect(newsFiles()).toEqual(before);
    expect(existsSync(join(copy.content, 'figures', 'drafts'))).toBe(false);
  });

  it('one bad file does not stop the good ones, but the exit code says something failed', () => {
    const bad = join(copy.root, 'empty.txt');
    writeFileSync(bad, '');
    const { status, stdout } = runImport(bad, SAMPLE);
    expect(status).toBe(1);
    expect(stdout.split('\n')[0]).toBe(`content/news/${SLUG}.mdx`);
    expect(stdout).toContain(`拒绝，未写入任何内容：\n  ${bad}：文件是空的`);
  });
});

describe('a batch of old articles', () => {
  // The old portal's export: Traditional text with pinyin after characters. Generated here in
  // that shape, each with one thing a person must decide, beside the real sample and bad files.
  const article = (title: string, dateLine: string, body: string) => `${title}\n${dateLine}\n\n${body}\n`;
  const files: Record<string, string | Uint8Array> = {
    'no-program.txt': article('濟南市總工會走訪困難職工家庭', '濟南工會 . 2019-01-20發布', '春節前夕,濟(ji)南(nan)市總工會走訪慰問困難職工家庭。'),
    'kept-english.txt': article('青島市總工會開展金秋助學', '青島工會 . 2019-08-15發布', '青島市總工會金秋助學項目(men)共資助學生。'),
    'no-source.txt': article('淄博市總工會舉辦陽光就業招聘會', '2019-05-01發布', '淄博市總工會舉辦陽光就業專場招聘會。'),
    'duplicate.txt': article('山東省工會“陽光就業”“金秋助學”成效凸顯', '山東工人報 . 2018-10-08發布', '山東省各級工會繼續開展金秋助學活動。'),
    'clean.txt': article('泰安市總工會發放金秋助學金', '泰安工會 . 2019-09-10發布', '泰安市總工會向困難職工子女發放金秋助學金。'),
    'gbk.txt': Uint8Array.from([0xc9, 0xbd, 0xb6, 0xab, 0x0a, 0x32, 0x30]),
    'big5.txt': Uint8Array.from([0xa4, 0x73, 0xaa, 0x46, 0x0a, 0x32, 0x30]),
    'empty.txt': '',
  };

  it('runs to the end: publishes the clean ones, drafts what needs a decision, refuses bad files, then summarises', async () => {
    const paths = [SAMPLE, ...Object.entries(files).map(([name, bytes]) => {
      const path = join(copy.root, name);
      writeFileSync(path, bytes);
      return path;
    })];
    const { status, stdout } = runImport(...paths);
    expect(status).toBe(1); // something was refused; everything else was still done
    expect(stdout).toContain('共 9 个文件：写入 2 篇（构建后发布），草稿 4 篇（等待核对），已导入过 0 篇，拒绝 3 个。');

    const { content, problems } = await checkContent(copy.content);
    expect(problems).toEqual([]);
    const byTitle = new Map([...content.news].map(([id, n]) => [n.title, { id, ...n }]));
    const drafts = [...byTitle.values()].filter((n) => n.draft);
    expect(drafts.map((n) => n.title).sort()).toEqual([
      '山东省工会“阳光就业”“金秋助学”成效凸显', '济南市总工会走访困难职工家庭', '淄博市总工会举办阳光就业招聘会', '青岛市总工会开展金秋助学',
    ].sort());
    const review = (title: string) => byTitle.get(title)!.review;
    expect(review('济南市总工会走访困难职工家庭')).toEqual(['正文没有提到“金秋助学”或“阳光就业”：请在 programs 中选择所属项目']);
    expect(byTitle.get('济南市总工会走访困难职工家庭')!.programs).toEqual([]);
    expect(review('青岛市总工会开展金秋助学')).toEqual(['保留了 1 处像拼音的英文括号（目(men)）：请核对是英文还是注音，注音就删去']);
    expect(review('淄博市总工会举办阳光就业招聘会')).toEqual(['导出文件没有写来源名称：请查明原发单位，改写 source.name']);
    const duplicate = [...byTitle.values()].find((n) => n.draft && n.title.startsWith('山东省工会'))!;
    expect(duplicate.review).toEqual([`与 content/news/${SLUG}.mdx 标题相同：请确认是不是同一篇，是就删除其中一篇`]);
    // The real sample (first in the batch) and the clean article are published as before.
    expect(content.news.get(SLUG)!.draft).toBe(false);
    expect(byTitle.get('泰安市总工会发放金秋助学金')!.draft).toBe(false);

    // The summary names each draft with its reasons, and each refused file with why.
    expect(stdout).toContain('草稿，等待核对');
    expect(stdout).toMatch(/content\/news\/2019-01-20-[0-9a-f]{8}\.mdx  济南市总工会走访困难职工家庭\n    · 正文没有提到/);
    expect(stdout).toContain(`  ${join(copy.root, 'gbk.txt')}：文件不是 UTF-8 编码（看起来是 GBK 或 Big5）`);
    expect(stdout).toContain(`  ${join(copy.root, 'big5.txt')}：文件不是 UTF-8 编码（看起来是 GBK 或 Big5）`);
    expect(stdout).toContain(`  ${join(copy.root, 'empty.txt')}：文件是空的`);
    // Nothing of the refused files was written: 6 new entries for 6 accepted files.
    expect(content.news.size).toBe(6);
  });

  it('a draft cannot be published while review items remain, nor without a program', async () => {
    const path = join(copy.root, 'no-program.txt');
    writeFileSync(path, files['no-program.txt']!);
    runImport(path);
    const [file] = newsFiles().filter((f) => f.startsWith('2019-01-20-'));
    const full = join(copy.content, 'news', file!);
    writeFileSync(full, readFileSync(full, 'utf8').replace('draft: true\n', ''));
    const { problems } = await checkContent(copy.content);
    expect(problems.filter((p) => p.file.endsWith(file!)).map((p) => `${p.field} ${p.message}`)).toEqual([
      expect.stringMatching(/^programs.* 至少填写一个项目/),
      expect.stringMatching(/^review.* 还有 1 条待核对事项/),
    ]);
  });
});

