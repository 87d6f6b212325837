import { z } from 'astro/zod';

/** Field building blocks shared by every content type. Messages are for staff, in Chinese. */

export const PROGRAMS = ['golden-autumn', 'sunshine-employment'] as const;
export type Program = (typeof PROGRAMS)[number];

/** Entry ids are file names: lower-case letters, digits and hyphens, so URLs stay stable. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const entryId = (what: string) =>
  z.string().regex(ID_PATTERN, {
    error: `${what}的编号应只含小写字母、数字和连字符（例如 jinan、guofa-2007-13）`,
  });

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when y-m-d names a day that exists on the calendar (no 2018-13-45, no 2019-02-29). */
export function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written YYYY-MM-DD. Comes out as the same string, so pages never
 * shift a day through time zones. A Date (Astro's YAML reader makes one) is accepted too.
 */
export const isoDate = z
  .union([z.string(), z.date()], {
    error: '应为 YYYY-MM-DD 格式的日期，例如 2018-09-30',
  })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    const m = DATE_SHAPE.exec(text);
    if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      ctx.addIssue({
        code: 'custom',
        message: `「${text}」不是有效日期：应为 YYYY-MM-DD 格式的真实日期，例如 2018-09-30`,
      });
      return z.NEVER;
    }
    return text;
  });

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date known only as far as the sources say: 2018, 2018-07 or 2018-07-24. For documents
 * whose exact date no source gives (a notice known only from a news report of its year).
 * Sorts as text; pages show 2018年 / 2018年7月 / 2018年7月24日.
 */
export const partialDate = z
  .union([z.string(), z.number(), z.date()], {
    error: '应为 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2018 或 2018-07-24；只知道年份就只写年份',
  })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    const m = PARTIAL_DATE.exec(text);
    const [y, mo, d] = [Number(m?.[1]), Number(m?.[2] ?? 1), Number(m?.[3] ?? 1)];
    if (!m || y < 1900 || !isRealDate(y, mo, d)) {
      ctx.addIssue({
        code: 'custom',
        message: `「${text}」不是有效日期：应为 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2018 或 2018-07-24`,
      });
      return z.NEVER;
    }
    return text;
  });

/** Which program(s) an entry belongs to. */
export const program = z.enum(PROGRAMS, {
  error: (iss) =>
    `「${String(iss.input)}」不是已知项目：只能是 golden-autumn（金秋助学）或 sunshine-employment（阳光就业）`,
});

export const programs = z
  .array(program, { error: '应为项目列表，例如 [golden-autumn]' })
  .min(1, { error: '至少填写一个项目：golden-autumn 或 sunshine-employment' });

export const httpUrl = z.url({
  protocol: /^https?$/,
  error: '应为以 http:// 或 https:// 开头的完整网址',
});

/** Where a piece of content comes from. Real content must name its source. */
export const source = z.strictObject({
  /** 来源名称，例如 中国政府网、齐鲁人才网。 */
  name: z.string().trim().min(1, { error: '来源名称不能为空' }),
  /** 文章或文件的标题（可选）。 */
  title: z.string().trim().min(1, { error: '来源标题不能为空；没有就不写 title' }).optional(),
  /** 原文网址（可选；没有可靠网址就不填，不要猜）。 */
  url: httpUrl.optional(),
  /** 抄录或核对原文的日期（可选）。 */
  retrievedOn: isoDate.optional(),
  /** 来源本身的发布日期（可选），例如新闻的刊发日期。 */
  publishedOn: isoDate.optional(),
  /** 关于来源的说明（可选），例如 转载，原发网址未找到；读者会看到这句话。 */
  note: z.string().trim().min(1, { error: '来源说明不能为空；没有就不写 note' }).optional(),
});

/** A non-empty, single-line title. */
export const title = z
  .string({ error: '应为文字标题' })
  .trim()
  .min(1, { error: '标题不能为空' })
  .max(80, { error: '标题不能超过 80 个字' })
  .refine((t) => !t.includes('\n'), { error: '标题只能占一行' });

/** Fields every page-like entry has. Page types extend this. */
export const baseEntry = z.strictObject({
  /** 标题，显示在页面顶部和浏览器标签上，最多 80 个字。 */
  title,
  /** 示例内容填 true：页面会醒目标注“示例内容”。真实内容不填或填 false。 */
  sample: z.boolean({ error: 'sample 只能填 true 或 false' }).default(false),
  /** 本页内容最近一次修改的日期（可选；不填则按发布日期显示“最后更新”）。 */
  updatedOn: isoDate.optional(),
  /** 草稿填 true：网站不发布，只在本地预览（npm run dev、npm run admin）中显示并标注“草稿”。 */
  draft: z.boolean({ error: 'draft 只能填 true 或 false' }).default(false),
});
