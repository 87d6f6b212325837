import { z } from 'astro/zod';

const phrase = (what: string) =>
  z
    .string({ error: `${what}应为文字` })
    .min(1, { error: `${what}不能为空` })
    .max(20, { error: `${what}最多 20 个字：例外只写需要改的那个词` })
    .regex(/^\S+$/, { error: `${what}不能含空格或换行` })
    .regex(/\p{Script=Han}/u, { error: `${what}应含汉字` });

const sentence = (what: string) => z.string({ error: `${what}应为文字` }).trim().min(1, { error: `${what}不能为空` });

/**
 * 简繁转换的一条例外（content/conversion/overrides.yaml）：OpenCC 转错的词，在繁体版中
 * 改用这里写的字形。每条都带一个例句，内容检查会逐条验证。
 */
export const overrideSchema = z
  .strictObject({
    /** 简体原词，例如 范先生（人名中的“范”）。 */
    from: phrase('原词'),
    /** 繁体版中应显示的写法，字数与原词相同，例如 范先生。 */
    to: phrase('繁体写法'),
    /** 为什么需要这条例外，例如 姓氏“范”不能转成“範”。 */
    why: sentence('原因'),
    /** 一句用到这个词的简体例句，例如 范先生说。 */
    example: sentence('例句'),
    /** 例句在繁体版中应有的样子，例如 范先生說。 */
    expect: sentence('例句的繁体'),
  })
  .superRefine((o, ctx) => {
    // A malformed word is already reported; comparing it would only repeat the complaint.
    if (/\s/.test(o.from + o.to)) return;
    if ([...o.to].length !== [...o.from].length) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `繁体写法「${o.to}」与原词「${o.from}」字数不同：简繁转换是逐字对应的，请检查是否多字或少字` });
    }
    if (!o.example.includes(o.from)) {
      ctx.addIssue({ code: 'custom', path: ['example'], message: `例句「${o.example}」里没有原词「${o.from}」：请写一句用到这个词的话` });
    }
    if (!o.expect.includes(o.to)) {
      ctx.addIssue({ code: 'custom', path: ['expect'], message: `例句的繁体「${o.expect}」里没有繁体写法「${o.to}」` });
    }
  });

export type ConversionOverride = z.output<typeof overrideSchema>;
