import { z } from 'astro/zod';
import { baseEntry, entryId, isoDate, program, source } from './common.ts';
import { articleRef } from './law.ts';

const text = (what: string) => z.string({ error: `${what}应为文字` }).trim().min(1, { error: `${what}不能为空` });

/** Ids of this guide's own `sources` that back one statement, e.g. [zoucheng-2023]. */
const sourceRefs = z.array(entryId('来源')).default([]);

/** 指南引用的一个来源：编号、标题，以及名称、网址、日期等。 */
export const guideSource = source.extend({
  /** 来源编号，本指南内唯一，例如 zoucheng-2023；条件、金额、步骤用它注明出处。 */
  id: entryId('来源'),
  /** 文章或文件的标题（必填）。 */
  title: text('来源标题'),
});

/** 申请指南（content/guides/*.mdx 的文件头）。 */
export const guideSchema = baseEntry
  .extend({
    /** 所属项目：golden-autumn 或 sunshine-employment。 */
    program,
    /** 面向谁，例如 在工会建档的困难职工家庭中，今年考入大学的子女。 */
    audience: text('适用对象'),
    /** 摘要，最多 200 字。 */
    summary: text('摘要').max(200, { error: '摘要不能超过 200 字' }),
    /** 能得到什么帮助，一两句话（页面顶部“一看就懂”）。 */
    help: text('帮助内容'),
    /** 到哪里申请，一句话（页面顶部“一看就懂”）。 */
    where: text('申请地点'),
    /** 什么时候申请、何时截止，一句话；没有统一截止日期就照实写“以当地通知为准”。 */
    deadline: text('申请时间'),
    /** 有出处的金额实例：地区编号、年份、对象、金额（元）和来源编号。没有就不写。 */
    amounts: z
      .array(
        z.strictObject({
          /** 金额适用的地区。 */
          region: entryId('地区'),
          /** 金额所属的年份，例如 2023。 */
          year: z.number({ error: '年份应为数字，例如 2023' }).int().min(1990).max(2100),
          /** 资助对象，例如 本科新生；可选。 */
          who: z.string().trim().min(1).optional(),
          /** 金额，单位元，例如 5000；标准是一个范围时写下限。 */
          amount: z.number({ error: '金额应为数字（单位：元），例如 5000' }).positive(),
          /** 标准是一个范围时的上限（元，可选），例如 3000 到 7000 元写 amount: 3000、upTo: 7000。 */
          upTo: z.number({ error: '金额上限应为数字（单位：元），例如 7000' }).positive().optional(),
          /** 金额的来源编号（本指南 sources 中的 id），至少一个。 */
          sources: sourceRefs.refine((s) => s.length > 0, { error: '每个金额都要注明来源编号' }),
        }),
      )
      .default([]),
    /** 关于金额的说明：标准由谁定、实例只是实例、以当地总工会当年的通知为准。有金额实例时必填。 */
    amountNote: z.string().trim().min(1).optional(),
    /** 金额说明的来源编号（本指南 sources 中的 id，可选）。 */
    amountNoteSources: sourceRefs,
    /** 申请条件，每条一个 id（小写字母和连字符）、一句说明和可选的来源编号。 */
    eligibility: z
      .array(
        z.strictObject({
          /** 条件编号，本指南内唯一，例如 hardship-file。 */
          id: entryId('条件'),
          /** 条件说明，一句话。 */
          text: text('条件说明'),
          /** 这条条件的来源编号（可选）。 */
          sources: sourceRefs,
        }),
      )
      .min(1, { error: '至少写一条申请条件' }),
    /** 要带的材料：items 列出有来源的材料；没有就留空，在 note 中照实说明并告诉读者到哪里问。 */
    documents: z
      .strictObject({
        /** 材料清单，每份材料一项。 */
        items: z
          .array(
            z.strictObject({
              /** 材料名称，例如 身份证。 */
              name: text('材料名称'),
              /** 关于这份材料的说明（可选）。 */
              note: z.string().trim().min(1).optional(),
              /** 份数（可选）。 */
              copies: z.number({ error: '份数应为数字' }).int().positive().optional(),
              /** 是否要带原件（可选）。 */
              original: z.boolean().optional(),
              /** 这份材料的来源编号。 */
              sources: sourceRefs,
            }),
          )
          .default([]),
        /** 关于材料的总说明；没有列出材料时必填，例如 以当地通知为准，到哪里问清。 */
        note: z.string().trim().min(1).optional(),
      })
      .refine((d) => d.items.length > 0 || d.note, {
        error: '没有列出材料时，必须在 documents.note 中说明以当地通知为准、到哪里问清材料',
        path: ['note'],
      }),
    /** 申请前要做的事，每条一句；页面上可以勾选，也能打印成纸质清单。 */
    preparation: z.array(text('准备事项')).default([]),
    /** 办理步骤，按顺序：标题、可选 where 地点、when 时间、body 说明、sources 来源编号。 */
    steps: z
      .array(
        z.strictObject({
          /** 步骤标题，例如 向所在单位工会提出申请。 */
          title: text('步骤标题'),
          /** 在哪里办（可选）。 */
          where: z.string().trim().min(1).optional(),
          /** 什么时候办（可选）。 */
          when: z.string().trim().min(1).optional(),
          /** 步骤说明。 */
          body: text('步骤说明'),
          /** 这一步的来源编号。 */
          sources: sourceRefs,
        }),
      )
      .min(1, { error: '至少写一个步骤' }),
    /** 咨询地区的编号列表（见 content/regions/regions.yaml）。 */
    contacts: z.array(entryId('地区')).default([]),
    /** 法律依据：条文引用列表，例如 jiaoyu-fa#art-38。 */
    legalBasis: z.array(articleRef).default([]),
    /** 相关政策的编号列表（content/policies 下的文件名）。 */
    relatedPolicies: z.array(entryId('政策')).default([]),
    /** 本指南依据的来源；真实内容至少一条。 */
    sources: z.array(guideSource).default([]),
    /** 内容最近修改日期。 */
    updatedOn: isoDate,
    /** 最近一次核对内容是否仍然准确的日期；超过 12 个月，页面会提醒读者，构建会给出警告。 */
    reviewedOn: isoDate,
  })
  .superRefine((g, ctx) => {
    const unique = (ids: string[], path: (i: number) => PropertyKey[], what: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: path(i), message: `${what}编号 ${id} 重复` });
        seen.add(id);
      });
    };
    unique(g.eligibility.map((c) => c.id), (i) => ['eligibility', i, 'id'], '条件');
    unique(g.sources.map((s) => s.id), (i) => ['sources', i, 'id'], '来源');
    if (!g.sample && g.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: '真实指南必须列出来源（sources）：写明依据的通知、报道或文件' });
    }
    if (g.amounts.length > 0 && !g.amountNote) {
      ctx.addIssue({ code: 'custom', path: ['amountNote'], message: '列出金额实例时，请在 amountNote 中说明金额因地因年而异、以哪里的通知为准' });
    }
    const known = new Set(g.sources.map((s) => s.id));
    const check = (refs: string[], path: PropertyKey[]) =>
      refs.forEach((ref, i) => {
        if (!known.has(ref)) {
          ctx.addIssue({
            code: 'custom', path: [...path, 'sources', i],
            message: `来源编号「${ref}」不在本指南的 sources 中：已有 ${[...known].join('、') || '（无）'}`,
          });
        }
      });
    g.amounts.forEach((a, i) => {
      check(a.sources, ['amounts', i]);
      if (a.upTo !== undefined && a.upTo <= a.amount) {
        ctx.addIssue({ code: 'custom', path: ['amounts', i, 'upTo'], message: `金额上限 ${a.upTo} 应大于金额 ${a.amount}：范围写成 amount: 下限、upTo: 上限，不是范围就删去 upTo` });
      }
    });
    check(g.amountNoteSources, ['amountNote']);
    g.eligibility.forEach((c, i) => check(c.sources, ['eligibility', i]));
    g.documents.items.forEach((d, i) => check(d.sources, ['documents', 'items', i]));
    g.steps.forEach((s, i) => check(s.sources, ['steps', i]));
  });

export type Guide = z.output<typeof guideSchema>;
export type GuideSource = z.output<typeof guideSource>;
