import { z } from 'astro/zod';

/**
 * 文号 such as 国发〔2007〕13号: issuer code, year in 六角括号 〔〕, serial number, 号.
 * Authors often type [] () 【】 or ［］ for the brackets; the message then shows the fix.
 */
const DOC_NUMBER = /^[\p{Script=Han}A-Za-z]{1,16}〔(19|20)\d{2}〕\d{1,4}号$/u;
const LOOSE = /^([\p{Script=Han}A-Za-z]{1,16})\s*[[(（【［〔]\s*((?:19|20)\d{2})\s*[\])）】］〕]\s*第?(\d{1,4})\s*号?$/u;

export function isDocNumber(text: string): boolean {
  return DOC_NUMBER.test(text);
}

/** The corrected spelling of a near-miss 文号, or undefined when it is not close to one. */
export function suggestDocNumber(text: string): string | undefined {
  const m = LOOSE.exec(text.trim());
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : undefined;
}

export const docNumber = z.string().superRefine((text, ctx) => {
  if (isDocNumber(text)) return;
  const fix = suggestDocNumber(text);
  ctx.addIssue({
    code: 'custom',
    message:
      `文号「${text}」格式不对：应为 发文机关代字〔年份〕序号号，年份用六角括号〔〕，例如 国发〔2007〕13号` +
      (fix ? `；这里应写成 ${fix}` : ''),
  });
});
