import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOverrides } from '../../src/lib/editions/overrides.ts';
import { PROJECT, copyContent } from '../helpers/content-copy.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Check an overrides file with the given YAML text, in a copy of the content. */
async function check(yaml: string) {
  const copy = copyContent();
  cleanup = copy.cleanup;
  writeFileSync(join(copy.content, 'conversion/overrides.yaml'), yaml);
  return checkOverrides(copy.content);
}

const entry = (fields: Record<string, string>) =>
  `- ${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n  ')}\n`;
const FAN = { from: '范先生', to: '范先生', why: '姓氏', example: '范先生说', expect: '范先生說' };
const FILE = 'content/conversion/overrides.yaml';

describe('the shipped overrides', () => {
  it('all pass, and there is at least the measured pair', async () => {
    const { problems, overrides } = await checkOverrides(join(PROJECT, 'content'));
    expect(problems).toEqual([]);
    expect(overrides.map((o) => o.from)).toEqual(expect.arrayContaining(['范先生', '姓余']));
  });
});

describe('a bad override is reported with its place and a fix', () => {
  it('one that no longer changes anything', async () => {
    const { problems } = await check(entry({ ...FAN, from: '模范', to: '模範', example: '劳动模范', expect: '勞動模範' }));
    expect(problems).toEqual([{ file: FILE, field: '第 1 项 to（繁体写法）', message: '这条例外已经不起作用：不加它，OpenCC 也会把「模范」转成「模範」。请删除这一条' }]);
  });

  it('one whose example does not come out as written', async () => {
    const { problems } = await check(entry({ ...FAN, expect: '范先生说' }));
    expect(problems).toEqual([{ file: FILE, field: '第 1 项 expect（例句的繁体）', message: '例句「范先生说」实际转成「范先生說」，不是「范先生说」：请检查 to 和 expect 是否写对' }]);
  });

  it('one whose example would come out right without it', async () => {
    const { problems } = await check(entry({ ...FAN, from: '范', to: '范', example: '范仲淹', expect: '范仲淹' }));
    expect(problems[0]?.message).toBe('例句「范仲淹」不加这条例外也会转成「范仲淹」，证明不了它的作用：请换一句会被转错的例句');
  });

  it('malformed ones: missing field, length mismatch, example without the word, spaces', async () => {
    const { problems } = await check(
      entry({ from: '范先生', to: '范先生' }) +
      entry({ ...FAN, to: '范先' }) +
      entry({ ...FAN, example: '他说' }) +
      entry({ ...FAN, expect: '他說' }) +
      entry({ ...FAN, from: '范 先生' }),
    );
    expect(problems).toEqual([
      { file: FILE, field: '第 1 项 why（原因）', message: '缺少必填字段：请在文件头中补上 why: …' },
      { file: FILE, field: '第 1 项 example（例句）', message: '缺少必填字段：请在文件头中补上 example: …' },
      { file: FILE, field: '第 1 项 expect（例句的繁体）', message: '缺少必填字段：请在文件头中补上 expect: …' },
      { file: FILE, field: '第 2 项 to（繁体写法）', message: '繁体写法「范先」与原词「范先生」字数不同：简繁转换是逐字对应的，请检查是否多字或少字' },
      { file: FILE, field: '第 3 项 example（例句）', message: '例句「他说」里没有原词「范先生」：请写一句用到这个词的话' },
      { file: FILE, field: '第 4 项 expect（例句的繁体）', message: '例句的繁体「他說」里没有繁体写法「范先生」' },
      { file: FILE, field: '第 5 项 from（原词）', message: '原词不能含空格或换行' },
    ]);
  });

  it('a duplicate', async () => {
    const { problems } = await check(entry(FAN) + entry(FAN));
    expect(problems).toEqual([{ file: FILE, field: '第 2 项 from（原词）', message: '原词「范先生」与第 1 项重复：请合并成一条' }]);
  });

  it('a file that is not a list, or not YAML', async () => {
    expect((await check('from: 范先生\n')).problems[0]?.message).toBe('应为列表：每条例外以“- from: …”开头');
    expect((await check('- from: [范先生\n')).problems[0]?.message).toBe('YAML 格式错误（第 1 行）：这一行的方括号 [没有在同一行结束：请在列表末尾补上 ]');
  });
});
