import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { LoadedContent } from '../../src/lib/content/loaded.ts';
import { PROJECT } from '../helpers/content-copy.ts';

// What the site says about 金秋助学 amounts must be one statement (sources, section 6.1.1): the
// provincial union sets per-stage standards whose amounts were not found, reported amounts are
// examples by city and year, and the year's amount is in the city union's notice.
const GUIDE = 'golden-autumn-application';
const sentences = (text: string | undefined) => (text ?? '').split('。').map((s) => s.trim()).filter(Boolean).map((s) => `${s}。`);
const aboutAmounts = (s: string) => /金额|多少钱|领多少|\d+\s*元/.test(s);
// The claim 6.1.1 corrected, in the ways it was or could be written.
const NO_STANDARD = /没有(全省)?统一(的)?(金额|标准|助学标准)|(各地|各市县?)(总工会)?(每年)?自己?(确定|定)(金额|标准)?|各市县自定/;

let content: LoadedContent;
beforeAll(async () => {
  const result = await checkContent(join(PROJECT, 'content'));
  expect(result.problems).toEqual([]);
  content = result.content;
});

const guide = () => {
  const g = content.guides.get(GUIDE);
  if (!g) throw new Error(`content/guides/${GUIDE}.mdx 不存在`);
  return g;
};
const provincial = () => sentences(guide().amountNote).find((s) => /省总工会.*标准/.test(s));

describe('the 金秋助学 amounts statement', () => {
  it('the guide says the provincial union sets per-stage standards and points to the local notice', () => {
    const s = provincial();
    expect(s, 'amountNote 里应有一句说明省总工会的分学段标准').toBeDefined();
    expect(s).toMatch(/分学段/);
    expect(s).toMatch(/实例/);
    expect(s).toMatch(/以当地总工会当年的通知为准/);
    // The same sentence at the top of the page, where a family reads first.
    expect(guide().help).toContain(s);
    expect(guide().amountNoteSources.length).toBeGreaterThan(0);
  });

  it('the self-check says the same thing as the guide, word for word', () => {
    const check = [...content.checks.values()][0];
    const outcomes = check?.outcomes.filter((o) => o.guides.includes(GUIDE)) ?? [];
    const eligible = outcomes.find((o) => o.tone === 'eligible');
    expect(eligible?.why).toContain(provincial());
    const guideText = [guide().summary, guide().help, guide().amountNote].join('');
    for (const o of outcomes) {
      for (const s of [...sentences(o.why), ...o.todo.flatMap(sentences)].filter(aboutAmounts)) {
        expect(guideText, `测评结果 ${o.id} 关于金额的一句不在指南里：${s}`).toContain(s);
      }
    }
  });

  it('no page says the province has no standard any more', () => {
    const texts: [string, string][] = [];
    for (const dir of ['guides', 'policies', 'news', 'check']) {
      for (const f of readdirSync(join(PROJECT, 'content', dir))) texts.push([`content/${dir}/${f}`, readFileSync(join(PROJECT, 'content', dir, f), 'utf8')]);
    }
    for (const f of readdirSync(join(PROJECT, 'src/i18n'))) texts.push([`src/i18n/${f}`, readFileSync(join(PROJECT, 'src/i18n', f), 'utf8')]);
    const found = texts.flatMap(([file, text]) => sentences(text).filter((s) => NO_STANDARD.test(s)).map((s) => `${file}: ${s}`));
    expect(found).toEqual([]);
  });

  it('the pattern above does catch the old wording', () => {
    expect(NO_STANDARD.test('金额由各地总工会每年自己确定，全省没有统一标准。')).toBe(true);
    expect(NO_STANDARD.test('全省没有统一的金额、截止日期和材料清单。')).toBe(true);
    expect(NO_STANDARD.test(provincial() ?? '')).toBe(false);
  });
});
