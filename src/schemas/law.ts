import { z } from 'astro/zod';
import { isoDate, source, title } from './common.ts';
import { docNumber } from './doc-number.ts';
import { validity } from './policy.ts';

export const LAW_KINDS = ['law', 'regulation', 'policy'] as const;

/** A citation of one article: instrument id, then #art-N, e.g. jiaoyu-fa#art-38. */
export const ARTICLE_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)#art-([1-9]\d*)$/;

export const articleRef = z.string().regex(ARTICLE_REF, {
  error: '条文引用应写成 法规编号#art-条号，例如 jiaoyu-fa#art-38',
});

/** One article of an instrument. Its id on the page is art-N. */
export const articleSchema = z.strictObject({
  /** 条号（阿拉伯数字）：第三十八条 填 38。 */
  number: z.number({ error: '条号应为数字，例如 第三十八条 填 38' }).int().positive(),
  /** 所在章节（可选），例如 第五章 受教育者。 */
  chapter: z.string().trim().min(1).optional(),
  /** 条文原文，照官方文本逐字抄录。 */
  text: z.string().trim().min(1, { error: '条文内容不能为空' }),
});

/** 《教育资助法律政策汇编》中的一件法律、法规或政策文件（content/law/*.yaml）。 */
export const lawSchema = z
  .strictObject({
    /** 全称，例如 中华人民共和国教育法。 */
    title,
    /** 简称，例如 教育法。 */
    shortName: z.string().trim().min(1, { error: '简称不能为空' }).max(20),
    /** 类别：law 法律、regulation 法规规章、policy 政策文件。 */
    kind: z.enum(LAW_KINDS, { error: '类别只能是 law、regulation 或 policy' }),
    /** 制定或发布机关。 */
    issuer: z.string().trim().min(1),
    /** 文号（法律一般没有）。 */
    docNumber: docNumber.optional(),
    /** 通过日期 YYYY-MM-DD。 */
    adoptedOn: isoDate,
    /** 最近一次修正或修订日期（可选）。 */
    revisedOn: isoDate.optional(),
    /** 效力：in-force、amended 或 repealed。 */
    status: validity,
    /** 条文出处，例如 国家法律法规数据库。 */
    source,
    /** 示例内容填 true。 */
    sample: z.boolean().default(false),
    /** 本页内容最近一次修改的日期（可选）。 */
    updatedOn: isoDate.optional(),
    /** 收录的条文，按条号列出。 */
    articles: z.array(articleSchema).min(1, { error: '至少收录一条条文' }),
  })
  .superRefine((law, ctx) => {
    const seen = new Set<number>();
    law.articles.forEach((a, i) => {
      if (seen.has(a.number)) {
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'number'], message: `第 ${a.number} 条重复收录` });
      }
      seen.add(a.number);
    });
  });

export type Law = z.output<typeof lawSchema>;
