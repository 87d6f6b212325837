import { z } from 'astro/zod';
import { CRITERION_STATUSES, validateTree } from '../lib/self-check/tree.ts';
import { entryId, isoDate } from './common.ts';
import { articleRef } from './law.ts';
import { AID_STAGES, CHECK_FLAGS } from './aid.ts';

const text = (what: string) => z.string({ error: `${what}应为文字` }).trim().min(1, { error: `${what}不能为空` });

export const OUTCOME_TONES = ['eligible', 'maybe', 'not-yet', 'not-eligible'] as const;

/** 自助测评的一个回答：选了它之后去下一个问题（next）或得到结果（outcome），二选一。 */
const answer = z.strictObject({
  /** 回答的文字，例如 今年考上了大学或高职。 */
  label: text('回答'),
  /** 下一个问题的编号。 */
  next: entryId('问题').optional(),
  /** 结果的编号。 */
  outcome: entryId('结果').optional(),
  /** 这个回答说明了哪些条件：条件编号: met（符合）、unmet（不符合）或 unsure（还不确定）。 */
  sets: z
    .record(entryId('条件'), z.enum(CRITERION_STATUSES, { error: '只能是 met（符合）、unmet（不符合）或 unsure（还不确定）' }))
    .default({}),
  /** 选了它说明孩子在哪个学段（可选）：结果会列出这个学段的国家资助（content/aid/学段.yaml）。 */
  stage: z.enum(AID_STAGES, { error: `学段只能是 ${AID_STAGES.join('、')}` }).optional(),
  /** 选了它说明家里的情况（可选）：hardship 家庭经济困难、boarder 住校、day-pupil 不住校、loan 要贷款；结果只列出条件都满足的国家资助项目。 */
  flags: z.array(z.enum(CHECK_FLAGS, { error: `只能是 ${CHECK_FLAGS.join('、')}` })).default([]),
});

/** 自助测评（content/check/*.yaml）：问题、回答、条件和结果。 */
export const selfCheckSchema = z
  .strictObject({
    /** 页面标题。 */
    title: text('标题').max(80),
    /** 页面开头的说明，一两句话。 */
    intro: text('说明'),
    /** 第一个问题的编号。 */
    start: entryId('问题'),
    /** 结果里逐条说明是否符合的条件：编号和一句说明。 */
    criteria: z.array(z.strictObject({ id: entryId('条件'), label: text('条件说明') })).min(1, { error: '至少写一个条件' }),
    /** 问题：编号、问题文字、可选的提示 hint、至少两个回答。 */
    questions: z
      .array(
        z.strictObject({
          id: entryId('问题'),
          text: text('问题'),
          hint: z.string().trim().min(1).optional(),
          answers: z.array(answer).min(2, { error: '每个问题至少要有两个回答' }),
        }),
      )
      .min(1, { error: '至少写一个问题' }),
    /** 结果：编号、标题、语气 tone、要说明的条件、原因 why、该怎么办 todo、要看的指南 guides。 */
    outcomes: z
      .array(
        z.strictObject({
          id: entryId('结果'),
          title: text('结果标题'),
          /** eligible 可以申请、maybe 可能可以、not-yet 先办别的事、not-eligible 这两个项目帮不上。 */
          tone: z.enum(OUTCOME_TONES, { error: '只能是 eligible、maybe、not-yet 或 not-eligible' }),
          /** 结果中逐条说明是否符合的条件编号。 */
          criteria: z.array(entryId('条件')).min(1, { error: '至少说明一个条件' }),
          /** 为什么是这个结果。 */
          why: text('原因'),
          /** 接下来该怎么办，每条一句。 */
          todo: z.array(text('建议')).min(1, { error: '至少写一条该怎么办' }),
          /** 要看的申请指南编号（content/guides 下的文件名）。 */
          guides: z.array(entryId('指南')).min(1, { error: '每个结果至少指向一篇申请指南' }),
          /** 相关的法律条文（可选），例如 shehui-jiuzhu-banfa#art-36。 */
          legalBasis: z.array(articleRef).default([]),
        }),
      )
      .min(1, { error: '至少写一个结果' }),
    /** 内容最近修改日期。 */
    updatedOn: isoDate,
    /** 最近一次核对内容是否仍然准确的日期。 */
    reviewedOn: isoDate,
  })
  .superRefine((tree, ctx) => {
    for (const issue of validateTree(tree)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

export type SelfCheck = z.output<typeof selfCheckSchema>;
