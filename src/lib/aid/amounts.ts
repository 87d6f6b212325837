import type { AidAmount } from '../../schemas/aid.ts';
import { formatNumber, fill } from '../format.ts';
import { ui } from '../../i18n/index.ts';

/**
 * Amounts as every page, search record and the self-check write them: one formatter, so the
 * same standard can never read two ways. Text fields quote an amount as <Amount id="…" />.
 */

/** 3,700 元; a range 1,200—3,500 元. */
export function amountFigure(a: { value: number; upTo?: number | undefined }): string {
  return `${formatNumber(a.value)}${a.upTo ? `—${formatNumber(a.upTo)}` : ''} ${ui().aid.yuan}`;
}

/** The amount as a phrase: 平均每生每年 3,700 元, 每生每年最高 20,000 元. */
export function amountPhrase(a: Pick<AidAmount, 'value' | 'upTo' | 'kind' | 'per'>): string {
  const t = ui().aid;
  return fill(t.kinds[a.kind], { per: t.per[a.per], n: amountFigure(a) });
}

/** 3,300 元 → 3,700 元, or just 3,700 元 for a standard that has not changed. */
export function amountChange(a: Pick<AidAmount, 'value' | 'upTo' | 'previous'>): string {
  return a.previous ? fill(ui().aid.change, { from: amountFigure(a.previous), to: amountFigure(a) }) : amountFigure(a);
}

/** <Amount id="undergraduate-grant-average" /> (spaces as staff may type them). */
export const AMOUNT_TAG = /<Amount\s+id="([^"]*)"\s*\/>/g;

/** The amount ids a text quotes, in order. */
export const quotedAmounts = (text: string) => [...text.matchAll(AMOUNT_TAG)].map((m) => m[1] ?? '');

/** A sum of money written as a number in a text field: 3700元, 3,700 元, 2万元. */
const BARE_AMOUNT = /\d[\d,，.]*\s*万?\s*元/;

/**
 * What is wrong with one text field of the aid data, worded for staff: a number of yuan typed
 * into the text (it would not follow a change of standard), a quote of an unknown amount, or
 * markup other than the quote.
 */
export function textProblems(text: string, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const bare = BARE_AMOUNT.exec(text.replace(AMOUNT_TAG, ''));
  if (bare) {
    problems.push(`文字里直接写了金额「${bare[0]}」：金额只写在 amounts 里，文字中写 <Amount id="金额编号" /> 引用它，这样标准调整时只改一处`);
  }
  for (const id of quotedAmounts(text)) {
    if (!known.has(id)) {
      problems.push(`<Amount id="${id}" /> 引用的金额不存在：已有的金额编号是 ${[...known].join('、') || '（无）'}`);
    }
  }
  if (/[<>]/.test(text.replace(AMOUNT_TAG, ''))) {
    problems.push('文字里只能用 <Amount id="…" /> 这一种标记，不能写其他尖括号或 HTML');
  }
  return problems;
}
