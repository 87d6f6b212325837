import { z } from 'astro/zod';
import { entryId, httpUrl, isoDate, partialDate, program } from './common.ts';
import { METRIC_KEYS, METRICS, UNITS } from './metrics.ts';

const metricList = METRIC_KEYS.map((k) => `${k}（${METRICS[k].label}）`).join('、');

export const CONFIDENCE = ['high', 'medium-high', 'medium'] as const;

/** 来源的可信度，照来源笔记写。可信度低或存疑的数字不发布，所以没有 low。 */
const CONFIDENCE_ERROR = '可信度只能是 high（高）、medium-high（中高）或 medium（中）：来源可疑、标为“低”或“存疑”的数字不发布';
const confidence = z.enum(CONFIDENCE, { error: CONFIDENCE_ERROR });

/** 本文件数字的一个出处：本站的一条动态，或一篇外部报道。 */
export const figureSource = z.union(
  [
    z.strictObject({
      /** 报道这些数字的动态编号（content/news 下的文件名）。 */
      news: entryId('动态'),
      confidence,
    }),
    z.strictObject({
      /** 报道或文件的标题。 */
      title: z.string().trim().min(1, { error: '来源标题不能为空' }),
      /** 刊载的报纸、网站或机构，例如 《工人日报》。 */
      name: z.string().trim().min(1, { error: '来源名称不能为空' }),
      /** 原文网址。 */
      url: httpUrl,
      /** 刊发日期 YYYY-MM-DD（可选）。 */
      publishedOn: isoDate.optional(),
      confidence,
      /** 关于来源的说明（可选），例如 转载页面。 */
      note: z.string().trim().min(1).optional(),
    }),
  ],
  {
    // A union hides its members' messages: say what is wrong with the confidence when that is it.
    error: (iss) => {
      const given = (iss.input as { confidence?: unknown } | undefined)?.confidence;
      if (given === undefined) return '出处缺少 confidence（可信度）：照来源笔记写 high、medium-high 或 medium';
      if (!(CONFIDENCE as readonly unknown[]).includes(given)) return CONFIDENCE_ERROR;
      return '出处应写成 { news: 动态编号, confidence: … } 或 { title: …, name: …, url: …, confidence: … }';
    },
  },
);

/** The fields every reported number has, yearly or cumulative. */
export const valueFields = {
  /** 指标编号，只能用 src/schemas/metrics.ts 指标目录中的编号。 */
  metric: z.enum(METRIC_KEYS, {
    error: (iss) => `「${String(iss.input)}」不是已知指标：只能是 ${metricList}`,
  }),
  /** 数值：不带单位的非负数字，例如 3807.91。 */
  value: z
    .number({ error: (iss) => `「${String(iss.input)}」不是数字：应填不带单位的数字，例如 3807.91（单位写在 unit）` })
    .nonnegative({ error: '数值不能为负数' }),
  /** 单位，必须与指标目录中的单位一致，例如 万元；防止把“元”当“万元”填。 */
  unit: z.enum(UNITS, { error: `单位只能是 ${UNITS.join('、')}` }),
  /** 范围：national（全国）、shandong（全省）或某市的编号。 */
  scope: entryId('地区'),
  /** 所属项目：golden-autumn 或 sunshine-employment。 */
  program,
  /** 出处：本文件 sources 中的编号。 */
  source: entryId('出处'),
  /** 备注（可选），例如 据不完全统计、原文为“69万多个”。 */
  note: z.string().trim().min(1).optional(),
};

/** Unit and source checks shared by yearly and cumulative files. */
function checkEntries(
  file: { sources: Record<string, unknown>; entries: { metric: keyof typeof METRICS; unit: string; source: string }[] },
  ctx: z.RefinementCtx,
): void {
  file.entries.forEach((e, i) => {
    const expected = METRICS[e.metric].unit;
    if (e.unit !== expected) {
      ctx.addIssue({
        code: 'custom', path: ['entries', i, 'unit'],
        message: `单位「${e.unit}」与指标 ${e.metric}（${METRICS[e.metric].label}）的单位「${expected}」不一致：请把数值换算成${expected}，并写 unit: ${expected}`,
      });
    }
    if (!(e.source in file.sources)) {
      ctx.addIssue({
        code: 'custom', path: ['entries', i, 'source'],
        message: `出处「${e.source}」不存在：请先在本文件的 sources 下写明它（已有 ${Object.keys(file.sources).join('、') || '（无）'}）`,
      });
    }
  });
}

/** 某一年的数据（content/figures/YYYY.yaml）：先在 sources 写出处，再在 entries 逐条写数字。 */
export const figuresYearSchema = z
  .strictObject({
    /** 年份，必须与文件名一致。 */
    year: z.number({ error: '年份应为数字，例如 2017' }).int().min(1990).max(2100),
    /** 示例数据填 true。 */
    sample: z.boolean().default(false),
    /** 出处：编号 → 来源。条目用编号引用。 */
    sources: z.record(entryId('出处'), figureSource),
    /** 数据条目列表。 */
    entries: z.array(z.strictObject(valueFields)).min(1, { error: '至少填写一条数据' }),
  })
  .superRefine((y, ctx) => {
    checkEntries(y, ctx);
    const seen = new Map<string, number>();
    y.entries.forEach((e, i) => {
      const key = `${e.program} ${e.scope} ${e.metric}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom', path: ['entries', i],
          message: `与 entries[${first}] 重复：${y.year} 年 ${key} 只能有一个数字。请删去其中一条`,
        });
      } else seen.set(key, i);
    });
  });

/** 累计数字（content/figures/cumulative.yaml）：多年合计，不是年度数字，图表从不把它们和年度数字画在一起。 */
export const cumulativeSchema = z
  .strictObject({
    /** 出处：编号 → 来源。 */
    sources: z.record(entryId('出处'), figureSource),
    /** 累计数字列表。 */
    entries: z
      .array(
        z.strictObject({
          /** 从哪一年起累计（来源没说就不填）。 */
          since: z.number({ error: '起始年份应为数字，例如 1997' }).int().min(1950).max(2100).optional(),
          /** 累计到何时：YYYY、YYYY-MM 或 YYYY-MM-DD，例如 截至2010年底 写 2010。 */
          until: partialDate,
          ...valueFields,
        }),
      )
      .min(1, { error: '至少填写一条数据' }),
  })
  .superRefine((c, ctx) => {
    checkEntries(c, ctx);
    c.entries.forEach((e, i) => {
      if (e.since !== undefined && e.since > Number(e.until.slice(0, 4))) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'since'], message: `起始年份 ${e.since} 晚于截止时间 ${e.until}` });
      }
    });
  });

export type FigureSource = z.output<typeof figureSource>;
export type FiguresYear = z.output<typeof figuresYearSchema>;
export type Figure = FiguresYear['entries'][number];
export type Cumulative = z.output<typeof cumulativeSchema>;
export type CumulativeFigure = Cumulative['entries'][number];
