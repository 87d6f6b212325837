import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { amountChange, amountFigure, amountPhrase, textProblems } from '../../src/lib/aid/amounts.ts';
import { allAmounts, itemsFor, orderedStages, selfCheckAid, segments } from '../../src/lib/aid/view.ts';
import { AID_STAGES, aidAmountSchema } from '../../src/schemas/aid.ts';
import { parseWithFriendlyErrors } from '../../src/lib/content/problems.ts';
import { factRows, isOfficial, numbersIn, shippable, unshippableNumbers } from '../helpers/aid-sources.ts';
import { PROJECT, copyContent, edit } from '../helpers/content-copy.ts';

const { content, problems } = await checkContent(join(PROJECT, 'content'));
const rows = factRows();

describe('amounts read one way everywhere', () => {
  it('formats a figure, a range, a phrase of each kind and a change', () => {
    expect(amountFigure({ value: 3700 })).toBe('3,700 元');
    expect(amountFigure({ value: 1200, upTo: 3500 })).toBe('1,200—3,500 元');
    const a = { value: 3700, kind: 'average', per: 'year' } as const;
    expect(amountPhrase(a)).toBe('平均每生每年 3,700 元');
    expect(amountPhrase({ ...a, kind: 'limit', per: 'person-year', value: 20000 })).toBe('每人每年最高 20,000 元');
    expect(amountPhrase({ ...a, kind: 'minimum', value: 13000 })).toBe('每生每年不低于 13,000 元');
    expect(amountPhrase({ ...a, kind: 'base', per: 'day', value: 5 })).toBe('国家基础标准每生每天 5 元');
    expect(amountPhrase({ ...a, kind: 'support', value: 10000 })).toBe('中央财政支持标准每生每年 10,000 元');
    expect(amountChange({ value: 3700, previous: { value: 3300 } })).toBe('3,300 元 → 3,700 元');
    expect(amountChange({ value: 6000 })).toBe('6,000 元');
  });

  it('cuts a text at its quotes, which pages mark with the amount id', () => {
    const amounts = allAmounts(content);
    expect(segments('平均每生每年 <Amount id="undergraduate-grant-average" />，由学校确定。', amounts)).toEqual([
      { text: '平均每生每年 ' }, { amount: 'undergraduate-grant-average', figure: '3,700 元' }, { text: '，由学校确定。' },
    ]);
  });
});

describe('a number of yuan typed into the text is refused', () => {
  const known = new Set(['undergraduate-grant-average']);
  it.each(['平均 3700 元', '平均3,700元', '最高 2 万元', '每天 5元'])('「%s」', (text) => {
    expect(textProblems(text, known)[0]).toMatch(/^文字里直接写了金额「.+」：金额只写在 amounts 里，文字中写 <Amount id="金额编号" \/> 引用它/);
  });
  it('a quote of a known amount, other numbers and dates pass; an unknown quote and markup do not', () => {
    expect(textProblems('平均 <Amount id="undergraduate-grant-average" />，分 2—3 档，2024 年起，服务 3 年以上', known)).toEqual([]);
    expect(textProblems('<Amount id="undergraduate-grant-avg" />', known)).toEqual(['<Amount id="undergraduate-grant-avg" /> 引用的金额不存在：已有的金额编号是 undergraduate-grant-average']);
    expect(textProblems('见 <a href="x">这里</a>', known)).toEqual(['文字里只能用 <Amount id="…" /> 这一种标记，不能写其他尖括号或 HTML']);
  });
});

describe('the aid data, checked', () => {
  it('the shipped data passes: six stages, every amount shown by an item', () => {
    expect(problems).toEqual([]);
    expect(orderedStages(content).map(([id]) => id)).toEqual([...AID_STAGES]);
  });

  it('a range needs its upper end, in Chinese with the field', () => {
    const r = parseWithFriendlyErrors(aidAmountSchema, {
      id: 'x', label: '范围', value: 1200, kind: 'range', per: 'year', since: '2025 年起', facts: ['3.2'], source: { name: '某报' }, reviewedOn: '2026-12-06',
    }, 'content/aid/senior-high.yaml');
    expect(r.ok ? [] : r.problems.map((p) => `${p.field}：${p.message}`)).toEqual(['kind（类别）：性质为 range（范围）时必须填 upTo；不是范围就不要填 upTo']);
  });

  const broken = [
    {
      name: 'a number typed into an item', file: 'aid/undergraduate.yaml',
      from: 'what: 平均每生每年 <Amount id="undergraduate-grant-average" />', to: 'what: 平均每生每年 3700 元',
      expect: { file: 'content/aid/undergraduate.yaml', field: 'items[0].what', message: /直接写了金额「3700 元」/ },
    },
    {
      name: 'an item listing an amount that does not exist', file: 'aid/undergraduate.yaml',
      from: 'amounts: [undergraduate-loan-limit]', to: 'amounts: [undergraduate-loan-limt]',
      expect: { file: 'content/aid/undergraduate.yaml', field: 'items[1].amounts[0]', message: /金额 undergraduate-loan-limt 不存在/ },
    },
    {
      name: 'a quote of an amount the item does not list', file: 'aid/undergraduate.yaml',
      from: 'what: 每生每年 <Amount id="national-scholarship" />。', to: 'what: 每生每年 <Amount id="national-scholarship" />，比助学金 <Amount id="undergraduate-grant-average" /> 多。',
      expect: { file: 'content/aid/undergraduate.yaml', field: 'items[3].what', message: /请把 undergraduate-grant-average 加进 amounts/ },
    },
    {
      name: 'an amount id used in two stages', file: 'aid/postgraduate.yaml',
      from: '  - id: postgraduate-grant-master\n', to: '  - id: national-scholarship\n',
      expect: { file: 'content/aid/undergraduate.yaml', field: 'amounts[2].id', message: /已在 aid\/postgraduate\.yaml 中用过/ },
    },
    {
      name: 'an amount no item shows', file: 'aid/compulsory.yaml',
      from: 'amounts: [nutrition-meal]', to: 'amounts: []',
      expect: { file: 'content/aid/compulsory.yaml', field: 'amounts[2].id', message: /金额 nutrition-meal 没有任何项目列出/ },
    },
    {
      name: 'a contact that does not exist', file: 'aid/postgraduate.yaml',
      from: 'contacts: [moe-hotline,', to: 'contacts: [moe-hotlines,',
      expect: { file: 'content/aid/postgraduate.yaml', field: 'contacts[0]', message: /联系方式 moe-hotlines 不存在/ },
    },
  ];
  it.each(broken)('$name: stops with file, field and fix', async (b) => {
    const copy = copyContent();
    try {
      edit(copy.content, b.file, b.from, b.to);
      const found = (await checkContent(copy.content)).problems;
      expect(found).toContainEqual({ file: b.expect.file, field: b.expect.field, message: expect.stringMatching(b.expect.message) });
    } finally {
      copy.cleanup();
    }
  });
});

describe('only facts the notes rate 高 or 中 ship', () => {
  const facts = [...content.aid].flatMap(([stage, s]) => [
    ...s.amounts.map((a) => ({ where: `${stage} ${a.id}`, facts: a.facts, numbers: [a.value, a.upTo, a.previous?.value, a.previous?.upTo] })),
    ...s.items.map((i) => ({ where: `${stage} ${i.id}`, facts: i.facts, numbers: [] })),
  ]).concat([...content.aidContacts.values()].map((k) => ({ where: k.id, facts: k.facts, numbers: [] })));

  it('every fact an amount, item or contact names is a row of the notes rated 高 or 中, outside the conflicts', () => {
    for (const f of facts) {
      for (const id of f.facts) {
        const row = rows.get(id);
        expect(row, `${f.where}：来源笔记没有 ${id} 行`).toBeDefined();
        expect(shippable(row!), `${f.where}：${id} 的可信度是「${row!.confidence}」`).toBe(true);
      }
    }
  });

  it('every amount, and the standard before it, is stated in one of its rows', () => {
    for (const f of facts) {
      for (const n of f.numbers.filter((x): x is number => x !== undefined)) {
        expect(f.facts.some((id) => numbersIn(rows.get(id)?.text ?? '').has(String(n)) || (rows.get(id)?.text ?? '').includes(`${n} 元`)), `${f.where}：${n} 不在 ${f.facts.join('、')} 行里`).toBe(true);
      }
    }
  });

  it('no number given only in 低 rows or conflicts (the disputed Shandong numbers, the reporting line, a school-set range, my own arithmetic) is written anywhere in the content', () => {
    const forbidden = [...unshippableNumbers(rows), '2500', '625', '750'];
    expect(forbidden).toEqual(expect.arrayContaining(['81916654', '51793720', '66092315']));
    const files = ['aid', 'aid-contacts', 'check', 'policies'].flatMap((dir) => readdirSync(join(PROJECT, 'content', dir)).map((f) => join(PROJECT, 'content', dir, f)));
    for (const file of files) {
      const said = numbersIn(readFileSync(file, 'utf8'));
      expect(forbidden.filter((n) => said.has(n)), file).toEqual([]);
    }
  });

  it('the disputed amounts are not given: 服兵役 has no amount, the 省政府励志奖学金 no quota', () => {
    const undergraduate = content.aid.get('undergraduate')!;
    expect(undergraduate.items.find((i) => i.id === 'military-service')?.amounts).toEqual([]);
    expect(undergraduate.items.find((i) => i.id === 'shandong-inspirational')?.who).not.toMatch(/名/);
  });

  it('sources link only to official originals, never to a mirror', () => {
    const urls = [...content.aid.values()].flatMap((s) => [...s.amounts.map((a) => a.source.url), ...s.items.flatMap((i) => i.sources.map((x) => x.url))])
      .concat([...content.aidContacts.values()].map((k) => k.source.url)).filter((u): u is string => !!u);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(isOfficial(url), url).toBe(true);
  });
});

describe('the self-check lists the items the answers point to', () => {
  const aid = selfCheckAid(content);
  const ids = (stage: string, flags: string[]) => itemsFor(aid, stage, new Set(flags)).map((i) => i.id);
  it.each([
    ['compulsory', ['boarder', 'hardship'], ['free-tuition-textbooks', 'boarding-allowance']],
    ['compulsory', ['day-pupil', 'hardship'], ['free-tuition-textbooks', 'day-pupil-allowance']],
    ['compulsory', ['day-pupil'], ['free-tuition-textbooks']],
    ['preschool', [], ['free-final-year']],
    ['senior-high', ['hardship'], ['grant', 'fee-waiver']],
    ['undergraduate', ['hardship', 'loan'], ['grant', 'loan', 'green-channel']],
    ['undergraduate', [], []],
    ['postgraduate', ['loan'], ['grant', 'loan']],
  ])('%s with %j: %j', (stage, flags, expected) => {
    expect(ids(stage, flags)).toEqual(expected);
  });
  it('each listed item carries the amounts of its stage page', () => {
    const amounts = allAmounts(content);
    for (const s of aid) for (const i of s.items) for (const a of i.amounts) expect(a.phrase).toBe(amountPhrase(amounts.get(a.id)!));
  });
});
