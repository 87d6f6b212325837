import { z } from 'astro/zod';
import { entryId, httpUrl, program } from './common.ts';
import { METRIC_KEYS, METRICS } from './metrics.ts';

const metricList = METRIC_KEYS.map((k) => `${k}（${METRICS[k].label}）`).join('、');

/** One reported number. */
export const figureSchema = z.strictObject({
  /** 指标编号，只能用 src/schemas/metrics.ts 指标目录中的编号；名称和单位由目录决定。 */
  metric: z.enum(METRIC_KEYS, {
    error: (iss) => `「${String(iss.input)}」不是已知指标：只能是 ${metricList}`,
  }),
  /** 数值：不带单位的非负数字，例如 3807.91。 */
  value: z
    .number({ error: (iss) => `「${String(iss.input)}」不是数字：应填不带单位的数字，例如 3807.91（单位由指标决定）` })
    .nonnegative({ error: '数值不能为负数' }),
  /** 范围：shandong（全省）或某市的编号。 */
  scope: entryId('地区'),
  /** 所属项目：golden-autumn 或 sunshine-employment。 */
  program,
  /** 出处：news 填报道它的动态编号，或 url 填原文网址。 */
  source: z.union(
    [z.strictObject({ news: entryId('动态') }), z.strictObject({ url: httpUrl })],
    { error: '出处应写成 { news: 动态编号 } 或 { url: 网址 }' },
  ),
  /** 备注（可选），例如 据不完全统计。 */
  note: z.string().trim().min(1).optional(),
});

/** 某一年的数据（content/figures/YYYY.yaml）。 */
export const figuresYearSchema = z
  .strictObject({
    /** 年份，必须与文件名一致。 */
    year: z.number({ error: '年份应为数字，例如 2017' }).int().min(2000).max(2100),
    /** 示例数据填 true。 */
    sample: z.boolean().default(false),
    /** 数据条目列表。 */
    entries: z.array(figureSchema).min(1, { error: '至少填写一条数据' }),
  })
  .superRefine((y, ctx) => {
    const seen = new Set<string>();
    y.entries.forEach((e, i) => {
      const key = `${e.metric}/${e.scope}/${e.program}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i],
          message: `同一年内 ${e.metric}（${e.scope}，${e.program}）重复出现`,
        });
      }
      seen.add(key);
    });
  });

export type Figure = z.output<typeof figureSchema>;
export type FiguresYear = z.output<typeof figuresYearSchema>;
