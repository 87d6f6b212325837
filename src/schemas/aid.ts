import { z } from 'astro/zod';
import { entryId, isoDate, source, title } from './common.ts';

/**
 * National (and Shandong) student aid by education stage: content/aid/<stage>.yaml, one file
 * per stage, and the contacts they share in content/aid-contacts/contacts.yaml. Amounts are
 * data: every amount a page, a search result or the self-check shows is read from `amounts`,
 * and the text fields quote it as <Amount id="…" />, never as a number of their own.
 */

const text = (what: string) => z.string({ error: `${what}应为文字` }).trim().min(1, { error: `${what}不能为空` });
const list = (values: readonly string[]) => values.join('、');

/** The six stages, in a child's order; each is a file name and a page (/aid/<stage>/). */
export const AID_STAGES = ['preschool', 'compulsory', 'senior-high', 'secondary-vocational', 'undergraduate', 'postgraduate'] as const;
export type AidStage = (typeof AID_STAGES)[number];

export const AMOUNT_KINDS = ['average', 'limit', 'standard', 'base', 'minimum', 'range', 'support'] as const;
export const AMOUNT_PER = ['year', 'person-year', 'day'] as const;

/** What the self-check learns from an answer, and what an item needs before the self-check lists it. */
export const CHECK_FLAGS = ['hardship', 'boarder', 'day-pupil', 'loan'] as const;
export type CheckFlag = (typeof CHECK_FLAGS)[number];

/** A row of docs/sources/student-aid-by-stage.md: 0.4, 5.11. */
export const FACT_ROW = /^\d{1,2}\.\d{1,2}$/;
const facts = z
  .array(z.string().regex(FACT_ROW, { error: '来源行号应写成 0.4、5.11 这样（docs/sources/student-aid-by-stage.md 表格第一列）' }), { error: '应为来源行号的列表，例如 [0.4, 5.4]' })
  .min(1, { error: '至少写一个来源行号：这句话或这个金额出自来源笔记的哪一行' });

const yuan = (what: string) => z.number({ error: `${what}应为数字（元），例如 3700` }).positive({ error: `${what}应大于 0` });

/** 一个金额标准：页面、搜索和自助测评都从这里读，正文用 <Amount id="…" /> 引用。 */
export const aidAmountSchema = z
  .strictObject({
    /** 编号，全站唯一：页面用它做锚点，文字里写 <Amount id="编号" /> 引用它，例如 undergraduate-loan-limit。 */
    id: entryId('金额'),
    /** 这笔钱是什么，一句话，例如 本专科生国家助学贷款每人每年最高额度。 */
    label: text('金额说明').max(60, { error: '金额说明不能超过 60 个字' }),
    /** 金额（元），只写数字，例如 3700；是范围时写下端。 */
    value: yuan('金额'),
    /** 范围的上端（元）：来源写“1200—3500 元”时 value 填 1200、upTo 填 3500；不是范围就不填。 */
    upTo: yuan('金额上限').optional(),
    /** 性质：average 平均标准、limit 最高额度、standard 标准、base 国家基础标准、minimum 最低标准、range 范围、support 中央财政支持标准（不等于个人所得）。 */
    kind: z.enum(AMOUNT_KINDS, { error: `性质只能是 ${list(AMOUNT_KINDS)}` }),
    /** 按什么计：year 每生每年、person-year 每人每年（贷款、补偿）、day 每生每天。 */
    per: z.enum(AMOUNT_PER, { error: `只能是 ${list(AMOUNT_PER)}（每生每年、每人每年、每生每天）` }),
    /** 从什么时候起，照来源写，例如 2024 年秋季学期起。 */
    since: text('起始时间').max(30),
    /** 调整前的标准：填了，页面显示“旧 → 新”；没有调整过就不填。 */
    previous: z.strictObject({
      /** 调整前的金额（元）。 */
      value: yuan('调整前的金额'),
      /** 调整前范围的上端（元），不是范围就不填。 */
      upTo: yuan('调整前的金额上限').optional(),
    }).optional(),
    /** 出自来源笔记 docs/sources/student-aid-by-stage.md 的哪几行，例如 [0.4, 5.4]；只能用可信度为高或中的行。 */
    facts,
    /** 读者看到的来源：原发布者、标题和日期；只链接官方原发网址，转载站不链接。 */
    source,
    /** 最近一次核对这个金额的日期。 */
    reviewedOn: isoDate,
  })
  .refine((a) => a.upTo === undefined || a.upTo > a.value, { error: 'upTo（范围上端）应大于 value（下端）', path: ['upTo'] })
  .refine((a) => (a.kind === 'range') === (a.upTo !== undefined), { error: '性质为 range（范围）时必须填 upTo；不是范围就不要填 upTo', path: ['kind'] });

/** 一个资助项目，例如 国家助学贷款：页面上一节，有自己的锚点。 */
export const aidItemSchema = z.strictObject({
  /** 编号，本学段内唯一，也是页面上的锚点，例如 loan（网址 /aid/undergraduate/#loan）。 */
  id: entryId('项目'),
  /** 项目名称，例如 国家助学贷款。 */
  name: text('项目名称').max(40),
  /** national 国家项目、shandong 山东省项目。 */
  level: z.enum(['national', 'shandong'], { error: '只能是 national（国家）或 shandong（山东省）' }),
  /** 谁能申请，一两句话。金额不写数字，用 <Amount id="…" />。 */
  who: text('谁能申请'),
  /** 能得到什么。金额不写数字，用 <Amount id="…" /> 引用本学段 amounts 里的金额。 */
  what: text('能得到什么'),
  /** 本项目的金额：amounts 里的编号，页面逐个列出金额、起始时间和调整前的标准。 */
  amounts: z.array(entryId('金额')).default([]),
  /** 怎么申请：向谁、什么时候、办什么。 */
  apply: text('怎么申请'),
  /** 到哪里申请，几个字，例如 就读学校、户籍所在县（市、区）教育局学生资助管理中心。 */
  where: text('申请地点').max(40),
  /** 补充说明（可选），例如 金额由学校确定、向谁询问。 */
  note: z.string().trim().min(1).optional(),
  /** 依据的政策：content/policies 下的文件名（可选）。 */
  policies: z.array(entryId('政策')).default([]),
  /** 文字出自来源笔记的哪几行，例如 [5.11, 7.8]；只能用可信度为高或中的行。 */
  facts,
  /** 读者看到的来源（至少一个）：原发布者、标题和日期；只链接官方原发网址。 */
  sources: z.array(source).min(1, { error: '至少写一个来源' }),
  /** 自助测评什么时候列出本项：不填不列；[] 本学段都列；[hardship] 家庭经济困难时；可用 hardship、boarder（住校）、day-pupil（不住校）、loan（要贷款）。 */
  selfCheck: z.array(z.enum(CHECK_FLAGS, { error: `只能是 ${list(CHECK_FLAGS)}` })).optional(),
  /** 最近一次核对本项内容的日期：超过 12 个月，页面会提醒读者。 */
  reviewedOn: isoDate,
});

/** 一个学段的国家资助（content/aid/<学段>.yaml）。 */
export const aidStageSchema = z.strictObject({
  /** 学段名称，例如 普通高中。 */
  title,
  /** 页面开头的一两句话：这个学段主要有哪些资助、先找谁。不写金额数字。 */
  summary: text('摘要').max(200, { error: '摘要不能超过 200 字' }),
  /** 本学段的金额标准，每个一个编号。 */
  amounts: z.array(aidAmountSchema).default([]),
  /** 本学段的资助项目，按家庭最常用的排在前面。 */
  items: z.array(aidItemSchema).min(1, { error: '至少写一个资助项目' }),
  /** 咨询电话和地点：content/aid-contacts/contacts.yaml 里的编号。 */
  contacts: z.array(entryId('联系方式')).default([]),
  /** 本页内容最近修改的日期。 */
  updatedOn: isoDate,
});

/** 资助咨询的电话和地点（content/aid-contacts/contacts.yaml 的一项）。 */
export const aidContactSchema = z.strictObject({
  /** 编号，例如 moe-hotline；也是页面上的锚点。 */
  id: entryId('联系方式'),
  /** 名称，例如 教育部高校学生资助热线。 */
  name: text('名称').max(40),
  /** 电话号码（可选）：只填有出处的号码，写成 010-66097980。 */
  phones: z.array(z.string().regex(/^[0-9-]{3,20}$/, { error: '电话号码只能含数字和连字符' })).default([]),
  /** 可以问什么、找谁，一两句话。 */
  about: text('说明'),
  /** 出自来源笔记的哪几行。 */
  facts,
  /** 读者看到的来源。 */
  source,
  /** 最近一次核对的日期。 */
  reviewedOn: isoDate,
});

export type AidAmount = z.output<typeof aidAmountSchema>;
export type AidItem = z.output<typeof aidItemSchema>;
export type AidStageEntry = z.output<typeof aidStageSchema>;
export type AidContact = z.output<typeof aidContactSchema>;
