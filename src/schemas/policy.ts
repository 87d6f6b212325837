import { z } from 'astro/zod';
import { baseEntry, entryId, isoDate, partialDate, programs, source } from './common.ts';
import { docNumber } from './doc-number.ts';

export const POLICY_LEVELS = ['national', 'provincial', 'municipal', 'union'] as const;
export const VALIDITY = ['in-force', 'amended', 'repealed'] as const;
export const TOPICS = [
  'union-aid', 'tuition', 'living-allowance', 'loan', 'scholarship', 'work-study',
  'employment', 'training', 'entrepreneurship', 'counselling', 'other',
] as const;

const list = (values: readonly string[]) => values.join('、');

/** 效力状态，法规汇编也用同一套。 */
export const validity = z.enum(VALIDITY, {
  error: `效力状态只能是 ${list(VALIDITY)}（有效、已修改、已废止）`,
});

/** 资助政策（content/policies/*.mdx 的文件头）。 */
export const policySchema = baseEntry
  .extend({
    /** 文号，例如 国发〔2007〕13号；没有文号就不填。 */
    docNumber: docNumber.optional(),
    /** 发文机关，例如 国务院、山东省总工会。 */
    issuer: z.string().trim().min(1, { error: '发文机关不能为空' }),
    /** 层级：national 国家、provincial 省、municipal 市、union 工会。 */
    level: z.enum(POLICY_LEVELS, { error: `层级只能是 ${list(POLICY_LEVELS)}` }),
    /** 适用地区的编号（见 content/regions/regions.yaml）；国家政策填 national。 */
    region: entryId('地区'),
    /** 标题是不是文件的原标题。原标题没查到、标题是本站按内容拟的，填 false，页面会注明。 */
    officialTitle: z.boolean({ error: 'officialTitle 只能填 true 或 false' }).default(true),
    /** 成文日期：YYYY-MM-DD；来源只说明年份或月份的，只写 YYYY 或 YYYY-MM，切勿猜测。 */
    issuedOn: partialDate,
    /** 公开发布日期；不确定就不填，切勿猜测。 */
    publishedOn: isoDate.optional(),
    /** 施行日期（可选）。 */
    effectiveOn: isoDate.optional(),
    /** 效力：in-force 有效、amended 已修改、repealed 已废止；来源没有说明就不填，页面显示“效力未确认”。 */
    status: validity.optional(),
    /** 修改或废止本政策的新政策编号（状态不是 in-force 时必填）。 */
    supersededBy: entryId('替代政策').optional(),
    /** 主题，可多选，只能用固定列表中的词。 */
    topics: z
      .array(z.enum(TOPICS, { error: (iss) => `「${String(iss.input)}」不是已知主题：只能是 ${list(TOPICS)}` }))
      .min(1, { error: '至少填写一个主题' }),
    /** 相关项目：golden-autumn 金秋助学、sunshine-employment 阳光就业。 */
    programs,
    /** 摘要，一两句话，最多 200 字。 */
    summary: z.string().trim().min(1, { error: '摘要不能为空' }).max(200, { error: '摘要不能超过 200 字' }),
    /** 来源：名称必填，网址和核对日期可选。 */
    source,
  })
  .superRefine((p, ctx) => {
    if ((p.status === 'amended' || p.status === 'repealed') && !p.supersededBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['supersededBy'],
        message: '状态为 amended 或 repealed 时必须填写 supersededBy：取代本政策的政策编号',
      });
    }
    if (p.issuedOn.length < 10 && !p.updatedOn) {
      ctx.addIssue({ code: 'custom', path: ['updatedOn'], message: '成文日期只写到年或月时，请填写 updatedOn（本页最近修改的日期），页面用它显示“最后更新”' });
    }
    if (p.publishedOn && p.publishedOn.slice(0, p.issuedOn.length) < p.issuedOn) {
      ctx.addIssue({ code: 'custom', path: ['publishedOn'], message: '发布日期不能早于成文日期' });
    }
  });

export type Policy = z.output<typeof policySchema>;
