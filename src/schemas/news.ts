import { z } from 'astro/zod';
import { baseEntry, entryId, httpUrl, isoDate, program } from './common.ts';

/** 工作动态（content/news/*.mdx 的文件头）。 */
export const newsSchema = baseEntry.extend({
  /** 发布日期 YYYY-MM-DD；写将来的日期就是定时发布：到那天之后的第一次构建才出现在网站上。 */
  publishedOn: isoDate,
  /** 来源：name 名称必填，url 原文网址可选。 */
  source: z.strictObject({
    /** 来源名称，例如 齐鲁人才网、山东工人报。 */
    name: z.string().trim().min(1, { error: '来源名称不能为空' }),
    /** 原文网址（可选；没有可靠网址就不填，不要猜）。 */
    url: httpUrl.optional(),
  }),
  /** 发稿或所报道的工会，例如 山东省总工会。 */
  unit: z.string().trim().min(1, { error: '工会名称不能为空' }),
  /** 涉及的地区编号列表，例如 [jinan, qingdao]（见 content/regions/regions.yaml）。 */
  cities: z.array(entryId('地区')).default([]),
  /** 相关项目：golden-autumn 金秋助学、sunshine-employment 阳光就业；发布前至少选一个（草稿可以先空着）。 */
  programs: z.array(program, { error: '应为项目列表，例如 [golden-autumn]' }).default([]),
  /** 标签，由工作人员自由填写，可留空。 */
  tags: z
    .array(
      z.string().trim().min(1, { error: '标签不能为空' }).max(20, { error: '标签最多 20 个字' })
        .regex(/^[^\s/?#%\\]+$/, { error: '标签不能含空格和 / ? # % \\（标签会成为网址的一部分），例如 助学金' }),
    )
    .default([]),
  /** 摘要，最多 200 字。 */
  summary: z.string().trim().min(1, { error: '摘要不能为空' }).max(200, { error: '摘要不能超过 200 字' }),
  /** 待核对事项：批量导入时留下、要由人来决定的问题，每条一句；处理完就删去。还有待核对事项时只能是草稿。 */
  review: z.array(z.string().trim().min(1, { error: '待核对事项不能是空的' })).default([]),
}).superRefine((n, ctx) => {
  if (n.draft) return;
  if (n.programs.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['programs'], message: '至少填写一个项目：golden-autumn（金秋助学）或 sunshine-employment（阳光就业）；还没想好就保留 draft: true' });
  }
  if (n.review.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['review'], message: `还有 ${n.review.length} 条待核对事项（例如“${n.review[0]}”）：处理完后删去 review，或保留 draft: true 先不发布` });
  }
});

export type News = z.output<typeof newsSchema>;
