import { z } from 'astro/zod';
import { baseEntry, entryId, isoDate, program } from './common.ts';
import { articleRef } from './law.ts';

const text = (what: string) => z.string({ error: `${what}应为文字` }).trim().min(1, { error: `${what}不能为空` });

/** 申请指南（content/guides/*.mdx 的文件头）。 */
export const guideSchema = baseEntry
  .extend({
    /** 所属项目：golden-autumn 或 sunshine-employment。 */
    program,
    /** 面向谁，例如 困难职工家庭的新入学大学生。 */
    audience: text('适用对象'),
    /** 摘要，最多 200 字。 */
    summary: text('摘要').max(200, { error: '摘要不能超过 200 字' }),
    /** 申请条件，每条一个 id（小写字母和连字符）和一句说明。 */
    eligibility: z
      .array(z.strictObject({ id: entryId('条件'), text: text('条件说明') }))
      .min(1, { error: '至少写一条申请条件' }),
    /** 要带的材料：名称，可选 note 说明、copies 份数、original 是否原件。 */
    documents: z
      .array(
        z.strictObject({
          name: text('材料名称'),
          note: z.string().trim().min(1).optional(),
          copies: z.number({ error: '份数应为数字' }).int().positive().optional(),
          original: z.boolean().optional(),
        }),
      )
      .min(1, { error: '至少列出一项材料' }),
    /** 办理步骤，按顺序：标题、可选 where 地点、when 时间、body 说明。 */
    steps: z
      .array(
        z.strictObject({
          title: text('步骤标题'),
          where: z.string().trim().min(1).optional(),
          when: z.string().trim().min(1).optional(),
          body: text('步骤说明'),
        }),
      )
      .min(1, { error: '至少写一个步骤' }),
    /** 截止时间，用一句话写明，例如 每年 9 月 30 日前。 */
    deadline: text('截止时间'),
    /** 咨询地区的编号列表（见 content/regions/regions.yaml）。 */
    contacts: z.array(entryId('地区')).default([]),
    /** 法律依据：条文引用列表，例如 jiaoyu-fa#art-38。 */
    legalBasis: z.array(articleRef).default([]),
    /** 相关政策的编号列表（content/policies 下的文件名）。 */
    relatedPolicies: z.array(entryId('政策')).default([]),
    /** 内容最近修改日期。 */
    updatedOn: isoDate,
    /** 最近一次核对内容是否仍然准确的日期。 */
    reviewedOn: isoDate,
  })
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.eligibility.forEach((c, i) => {
      if (seen.has(c.id)) {
        ctx.addIssue({ code: 'custom', path: ['eligibility', i, 'id'], message: `条件编号 ${c.id} 重复` });
      }
      seen.add(c.id);
    });
  });

export type Guide = z.output<typeof guideSchema>;
