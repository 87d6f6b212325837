import { z } from 'astro/zod';

const HAN_WORD = /^\p{Script=Han}{1,8}$/u;
const word = (what: string) =>
  z.string({ error: `${what}应为文字` }).trim().regex(HAN_WORD, { error: `${what}只能是 1 到 8 个汉字（简体），不含空格和标点，例如 怎么` });
/** The documents' words may hold digits too (12351). */
const docWord = z
  .string({ error: '页面上的说法应为文字：数字要加引号，例如 "12351"' })
  .trim()
  .regex(/^[\p{Script=Han}\p{N}\p{L}]{1,12}$/u, { error: '页面上的说法只能是 1 到 12 个汉字、数字或字母，不含空格和标点，例如 家庭经济困难学生' });
const sentence = (what: string) => z.string({ error: `${what}应为文字` }).trim().min(1, { error: `${what}不能为空` });

/**
 * 搜索时不必匹配的一个疑问词或语气词（content/search/question-words.yaml）：家长问的是问题，
 * “怎么”“吗”这类字词不会出现在任何页面里，查询中有它们时不要求页面包含它们。
 */
export const questionWordSchema = z.strictObject({
  /** 疑问词或语气词，只写简体汉字，例如 怎么；繁体的“怎麼”会自动对应。 */
  word: word('疑问词'),
  /** 为什么它不必匹配，一句话，例如 问办法的疑问词，页面上不会写。 */
  why: sentence('原因'),
});

/**
 * 一组同义词（content/search/synonyms.yaml）：家长常说的词，对应到页面上的说法，例如
 * 贫困生 对应 家庭经济困难学生。每条带一个例句和它应找到的页面，内容检查会逐条验证。
 */
export const synonymSchema = z
  .strictObject({
    /** 家长常说的词（简体），例如 贫困生。 */
    word: word('常说的词'),
    /** 页面上的说法，一个或几个，例如 [家庭经济困难学生, 困难学生]。 */
    means: z.array(docWord, { error: '页面上的说法应写成列表，例如 [家庭经济困难学生, 困难学生]' })
      .min(1, { error: '至少写一个页面上的说法' }),
    /** 为什么需要这一条，一句话，例如 报道和政策写“家庭经济困难学生”，家长说“贫困生”。 */
    why: sentence('原因'),
    /** 一句家长会这样问的例句，要用到这个词，例如 贫困生资助。 */
    example: sentence('例句'),
    /** 例句应找到的页面（本站网址，以 / 开头），例如 /policies/guofa-2007-13/。 */
    finds: z.string({ error: '应找到的页面应为网址' }).regex(/^\/[^\s]*\/(#[^\s]+)?$/, { error: '应找到的页面写本站网址，以 / 开头和结尾，例如 /policies/guofa-2007-13/' }),
  })
  .superRefine((s, ctx) => {
    if (!s.example.includes(s.word)) {
      ctx.addIssue({ code: 'custom', path: ['example'], message: `例句「${s.example}」里没有「${s.word}」：请写一句用到这个词的问题` });
    }
    if (s.means.includes(s.word)) {
      ctx.addIssue({ code: 'custom', path: ['means'], message: `「${s.word}」对应到它自己：页面上的说法要写别的词` });
    }
  });

export type QuestionWord = z.output<typeof questionWordSchema>;
export type Synonym = z.output<typeof synonymSchema>;
