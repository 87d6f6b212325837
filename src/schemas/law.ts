import { z } from 'astro/zod';
import { isoDate, source, title } from './common.ts';
import { docNumber } from './doc-number.ts';
import { validity } from './policy.ts';

export const LAW_KINDS = ['constitution', 'law', 'regulation', 'policy'] as const;

/** A citation of one article: instrument id, then #art-N, e.g. jiaoyu-fa#art-38. */
export const ARTICLE_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)#art-([1-9]\d*)$/;

export const articleRef = z.string().regex(ARTICLE_REF, {
  error: '条文引用应写成 法规编号#art-条号，例如 jiaoyu-fa#art-38',
});

/** 第三十八条 at the start of a text: the number belongs in `number`, not in the text. */
const LEADING_ARTICLE_NUMBER = /^第[零一二三四五六七八九十百千]+条/;

/** One article of an instrument. Its id on the page is art-N. */
export const articleSchema = z.strictObject({
  /** 条号（阿拉伯数字）：第三十八条 填 38。 */
  number: z.number({ error: '条号应为数字，例如 第三十八条 填 38' }).int().positive(),
  /** 所在章（可选），照原文写，例如 第五章 受教育者。 */
  chapter: z.string().trim().min(1).optional(),
  /**
   * 条文原文，逐字抄录，不写开头的“第三十八条”。有几款就写几行（用 |- 多行写法），
   * 列项（一）（二）……各占一行。
   */
  text: z
    .string({ error: '条文内容应为文字' })
    .trim()
    .min(1, { error: '条文内容不能为空' })
    .refine((t) => !LEADING_ARTICLE_NUMBER.test(t), {
      error: '条文内容不要以“第…条”开头：条号已写在 number 里，页面会自动显示',
    }),
});

/** 《教育资助法律政策汇编》中的一件法律、法规或政策文件（content/law/*.yaml）。 */
export const lawSchema = z
  .strictObject({
    /** 全称，例如 中华人民共和国教育法。 */
    title,
    /** 简称，例如 教育法。 */
    shortName: z.string().trim().min(1, { error: '简称不能为空' }).max(20),
    /** 类别：constitution 宪法、law 法律、regulation 行政法规、policy 政策文件。 */
    kind: z.enum(LAW_KINDS, { error: '类别只能是 constitution、law、regulation 或 policy' }),
    /** 制定或发布机关。 */
    issuer: z.string().trim().min(1),
    /** 文号（法律一般没有）。 */
    docNumber: docNumber.optional(),
    /** 通过日期（行政法规填公布日期）YYYY-MM-DD。 */
    adoptedOn: isoDate,
    /** 最近一次修正或修订日期（可选）。 */
    revisedOn: isoDate.optional(),
    /** 施行日期（可选；来源没写就不填）。 */
    effectiveOn: isoDate.optional(),
    /** 版本和修订经过，照来源写，例如 1995年3月18日……通过；……第三次修正（现行文本）。 */
    history: z.string().trim().min(1, { error: '请写明版本和修订经过（照来源抄写）' }),
    /** 效力：in-force、amended 或 repealed；来源没有说明就不填，页面显示“效力未确认”。 */
    status: validity.optional(),
    /** 条文出处，例如 国家法律法规数据库。 */
    source,
    /** 示例内容填 true。 */
    sample: z.boolean().default(false),
    /** 本页内容最近一次修改的日期（可选）。 */
    updatedOn: isoDate.optional(),
    /** 收录的条文，按条号从小到大列出。 */
    articles: z.array(articleSchema).min(1, { error: '至少收录一条条文' }),
  })
  .superRefine((law, ctx) => {
    const seen = new Set<number>();
    law.articles.forEach((a, i) => {
      if (seen.has(a.number)) {
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'number'], message: `第 ${a.number} 条重复收录` });
      }
      const previous = law.articles[i - 1];
      if (previous && previous.number > a.number) {
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'number'], message: `第 ${a.number} 条应排在第 ${previous.number} 条之前：请按条号从小到大排列` });
      }
      seen.add(a.number);
    });
  });

export type Law = z.output<typeof lawSchema>;
export type Article = z.output<typeof articleSchema>;
