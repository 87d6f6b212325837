import { z } from 'astro/zod';

/** A syllable with its tone mark (or none, for the neutral tone): hái, kuǎn, le, nǚ. */
const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+$/;

const sentence = (what: string) => z.string({ error: `${what}应为文字` }).trim().min(1, { error: `${what}不能为空` });

/**
 * 注音的一条例外（content/pinyin/overrides.yaml）：pinyin-pro 在某个词里读错的字音，
 * 注音版改用这里写的读音。每条带一个例句，内容检查会逐条验证。
 */
export const readingOverrideSchema = z
  .strictObject({
    /** 要改读音的词（只写汉字，2 到 8 个字），例如 还款。 */
    word: z.string({ error: '词应为文字' }).regex(/^\p{Script=Han}{2,8}$/u, { error: '词只能是 2 到 8 个汉字，例如 还款：单个字的读音要看上下文，请写成词' }),
    /** 这个词的正确读音，每个字一个带声调的拼音，用空格分开，例如 huán kuǎn。 */
    reading: z.string({ error: '读音应为文字' }).trim().min(1, { error: '读音不能为空' }),
    /** 为什么需要这条例外，例如 “还款”的“还”读 huán（归还），不读 hái。 */
    why: sentence('原因'),
    /** 一句用到这个词的例句，例如 按时还款。 */
    example: sentence('例句'),
  })
  .superRefine((o, ctx) => {
    const syllables = o.reading.split(' ');
    if (syllables.some((s) => !SYLLABLE.test(s))) {
      ctx.addIssue({ code: 'custom', path: ['reading'], message: `读音「${o.reading}」应是带声调符号的小写拼音，用一个空格分开，例如 huán kuǎn（不要写数字声调 huan2）` });
    } else if (syllables.length !== [...o.word].length) {
      ctx.addIssue({ code: 'custom', path: ['reading'], message: `读音「${o.reading}」有 ${syllables.length} 个音节，词「${o.word}」有 ${[...o.word].length} 个字：每个字一个音节` });
    }
    if (!o.example.includes(o.word)) {
      ctx.addIssue({ code: 'custom', path: ['example'], message: `例句「${o.example}」里没有词「${o.word}」：请写一句用到这个词的话` });
    }
  });

export type ReadingOverride = z.output<typeof readingOverrideSchema>;
