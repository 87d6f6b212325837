import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAll } from '../../src/lib/check-all.ts';
import { planQuery, type QueryWords } from '../../src/lib/search/question.ts';
import { copyContent, edit, PROJECT } from '../helpers/content-copy.ts';

const WORDS: QueryWords = {
  skip: ['怎么', '怎么办', '什么', '吗', '了', '要', '我家'],
  synonyms: { 贫困生: ['家庭经济困难学生', '困难学生'], 材料: ['准备清单'], 找不到工作: ['就业'] },
};
const texts = (q: string) => planQuery(q, WORDS).parts.map((p) => p.text);

describe('a question read for the search', () => {
  it('drops question words and particles, keeping the words that carry meaning', () => {
    const plan = planQuery('我家孩子符合条件吗', WORDS);
    expect(plan.skipped).toEqual(['我家', '吗']);
    expect(plan.parts.map((p) => p.text)).toEqual(['孩子', '符合', '条件']);
    expect(plan.term).toBe('孩子 符合 条件');
  });

  it('leaves a query without question words exactly as typed', () => {
    for (const q of ['教育法 第三十八条', '国发〔2007〕13号', '困难职工', '贫困生资助']) expect(planQuery(q, WORDS).term).toBe(q);
  });

  it('gives everyday words the documents’ words as alternatives', () => {
    const plan = planQuery('贫困生资助', WORDS);
    expect(plan.parts[0]).toEqual({ text: '贫困生', alternatives: ['贫困生', '家庭经济困难学生', '困难学生'] });
    expect(plan.parts[1]?.text).toBe('资助');
  });

  it('finds synonyms and question words the word breaker cuts apart, longest first', () => {
    const plan = planQuery('毕业了找不到工作怎么办', WORDS);
    expect(plan.skipped).toEqual(['了', '怎么办']);
    expect(plan.parts.map((p) => p.text)).toEqual(['毕业', '找不到工作']);
  });

  it('keeps one-character words the breaker did not know together, and drops a character left alone', () => {
    // ICU cuts 助学金 into 助|学|金; 要 is a particle; 交 alone says too little.
    expect(texts('助学金要交什么材料')).toEqual(['助学金', '材料']);
  });

  it('removes a one-character particle only where it stands alone, not inside a word', () => {
    expect(planQuery('了解助学金', WORDS).skipped).toEqual([]);
    expect(texts('了解助学金')).toContain('了解');
  });

  it('keeps numbers and letters', () => {
    expect(texts('12351 热线')).toContain('12351');
  });
});

describe('the staff’s search word lists', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());
  const broken = async (file: string, from: string | RegExp, to: string) => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    edit(copy.content, file, from, to);
    return (await checkAll(copy.content)).problems.filter((p) => p.file.includes('search/'));
  };

  it('the shipped lists pass, and reach the search page', async () => {
    const all = await checkAll(join(PROJECT, 'content'));
    expect(all.problems).toEqual([]);
    expect(all.searchWords.skip).toContain('怎么');
    expect(all.searchWords.synonyms['贫困生']).toContain('家庭经济困难学生');
  });

  it('rejects a synonym whose example does not find its page, naming the words it lacks', async () => {
    const problems = await broken('search/synonyms.yaml', 'finds: /policies/guofa-2007-13/', 'finds: /law/xianfa/#art-46');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('第 1 项 example（例句）');
    expect(problems[0]?.message).toMatch(/例句「贫困生资助」在 \/law\/xianfa\/#art-46 找不到「贫困生」「资助」/);
  });

  it('rejects a page or section search cannot find', async () => {
    const problems = await broken('search/synonyms.yaml', 'finds: /guides/golden-autumn-application/#amounts', 'finds: /guides/golden-autumn-application/#nowhere');
    expect(problems.map((p) => p.field)).toEqual(['第 6 项 finds（应找到的页面）']);
  });

  it('rejects an example that does not use its word', async () => {
    const problems = await broken('search/synonyms.yaml', 'example: 贫困生资助', 'example: 家庭经济困难学生资助');
    expect(problems[0]?.message).toMatch(/例句「家庭经济困难学生资助」里没有「贫困生」/);
  });

  it('rejects a word that is both a question word and a synonym', async () => {
    const problems = await broken('search/question-words.yaml', '- { word: 谁,', '- { word: 贫困生, why: 测试 }\n- { word: 谁,');
    expect(problems.some((p) => /也在 content\/search\/question-words.yaml 里/.test(p.message))).toBe(true);
  });

  it('rejects malformed entries with the field and the fix', async () => {
    const words = await broken('search/question-words.yaml', '- { word: 怎么, why: 问办法的疑问词，页面上不会写 }', '- { word: 怎么 办, why: 问办法 }\n- { word: 如何 }');
    expect(words.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/search/question-words.yaml 第 1 项 word（词）',
      'content/search/question-words.yaml 第 2 项 why（原因）',
      // Without 怎么 among the question words, the examples 怎么建档 and 怎么联系当地工会 no longer find their pages.
      'content/search/synonyms.yaml 第 8 项 example（例句）',
      'content/search/synonyms.yaml 第 11 项 example（例句）',
    ]);
    expect(words[0]?.message).toMatch(/只能是 1 到 8 个汉字/);
    const synonyms = await broken('search/synonyms.yaml', '  means: [家庭经济困难学生, 困难学生]', '  means: []');
    expect(synonyms.map((p) => p.message)).toEqual(['至少写一个页面上的说法']);
  });
});
