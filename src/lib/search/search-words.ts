import { questionWordSchema, synonymSchema } from '../../schemas/search-words.ts';
import { readOverrideList } from '../content/override-list.ts';
import type { ContentProblem } from '../content/problems.ts';
import { partsMatched, planQuery, type QueryWords } from './question.ts';
import { htmlText, recordText, type SearchRecord } from './records.ts';
import { ui } from '../../i18n/index.ts';

/** A word the `says` filter marks: two or more Chinese characters and nothing else. */
const SAYS_WORD = /^\p{Script=Han}{2,}$/u;

/** Where staff keep the search's word lists, relative to content/. */
export const QUESTION_WORDS_FILE = 'search/question-words.yaml';
export const SYNONYMS_FILE = 'search/synonyms.yaml';

export interface SearchWordsResult {
  /** The lists as the search page gets them (entries that passed their checks). */
  words: QueryWords;
  problems: ContentProblem[];
}

/** What a search for `finds` (a record's address, or a guide's address and #section) can match. */
function targetText(records: readonly SearchRecord[], finds: string): string | undefined {
  const exact = records.find((r) => r.url === finds);
  if (exact) return recordText(exact);
  const [path, anchor] = finds.split('#');
  const section = records.find((r) => r.url === path)?.sections?.find((s) => s.id === anchor);
  return section && `${section.title}\n${htmlText(section.html)}`;
}

/**
 * Read and check the question words and synonyms. Each synonym carries its own test: its
 * example, read with both lists the way the search page reads a query, must use the word
 * and must find every one of its parts on the page (or section) it names. With `examples` off
 * (the content itself has problems: a page the example names may be missing for that reason),
 * only the lists' own shape is checked, so that one mistake is reported once.
 */
export async function checkSearchWords(root: string, records: readonly SearchRecord[], { examples = true } = {}): Promise<SearchWordsResult> {
  const questions = await readOverrideList(root, QUESTION_WORDS_FILE, questionWordSchema, 'word', '疑问词');
  const synonyms = await readOverrideList(root, SYNONYMS_FILE, synonymSchema, 'word', '常说的词');
  const problems = [...questions.problems, ...synonyms.problems];
  const skip = new Set(questions.entries.map(([, q]) => q.word));
  const usable = synonyms.entries.filter(([i, s]) => {
    if (!skip.has(s.word)) return true;
    problems.push({
      file: synonyms.file, field: synonyms.field(i, 'word', '常说的词'),
      message: `「${s.word}」也在 ${questions.file} 里：疑问词不必匹配，同义词要匹配，一个词只能是其中一种。请删去一处`,
    });
    return false;
  });
  const says = [...Object.values(ui().programs), ...usable.flatMap(([, s]) => [s.word, ...s.means])].filter((w) => SAYS_WORD.test(w));
  const words: QueryWords = { skip: [...skip], synonyms: Object.fromEntries(usable.map(([, s]) => [s.word, s.means])), says: [...new Set(says)] };
  const working = usable.filter(([i, s]) => {
    if (!examples) return true;
    const plan = planQuery(s.example, words);
    const problem = (key: string, label: string, message: string) => {
      problems.push({ file: synonyms.file, field: synonyms.field(i, key, label), message });
      return false;
    };
    if (!plan.parts.some((p) => p.text === s.word)) {
      const by = plan.parts.find((p) => p.text.includes(s.word))?.text ?? plan.skipped.find((w) => w.includes(s.word));
      return problem('example', '例句', `例句「${s.example}」里的「${s.word}」没有用上${by ? `：它被更长的「${by}」包含了` : ''}。请换一句例句`);
    }
    const text = targetText(records, s.finds);
    if (text === undefined) {
      return problem('finds', '应找到的页面', `「${s.finds}」不是搜索能找到的页面或小节：请写政策、指南、法规条文、动态或数据页的网址（指南的小节写 #小节编号，例如 #documents）`);
    }
    const matched = partsMatched(plan, text);
    const missing = plan.parts.filter((_, k) => !matched[k]).map((p) => p.text);
    if (missing.length) {
      return problem('example', '例句', `例句「${s.example}」在 ${s.finds} 找不到「${missing.join('」「')}」：请换一句例句、改正 finds，或在 means 里加上页面上的说法`);
    }
    return true;
  });
  return { words: { ...words, synonyms: Object.fromEntries(working.map(([, s]) => [s.word, s.means])) }, problems };
}
