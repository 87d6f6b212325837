import { readingOverrideSchema, type ReadingOverride } from '../../schemas/reading-override.ts';
import { readOverrideList } from '../content/override-list.ts';
import type { ContentProblem } from '../content/problems.ts';
import { readingInContext } from './reading.ts';

/** Where staff keep pinyin-pro's exceptions, relative to content/. */
export const READING_OVERRIDES_FILE = 'pinyin/overrides.yaml';

/**
 * Read and check the reading overrides. Each entry carries its own test: in its example,
 * pinyin-pro alone must read the word otherwise (or the entry is no longer needed), and
 * with the entry it must read it as written.
 */
export async function checkReadingOverrides(root: string): Promise<{ overrides: ReadingOverride[]; problems: ContentProblem[] }> {
  const { file, entries: valid, problems, field } = await readOverrideList(root, READING_OVERRIDES_FILE, readingOverrideSchema, 'word', '词');
  const all = valid.map(([, o]) => o);
  const overrides = valid.filter(([i, o]) => {
    const plain = readingInContext(o.example, o.word);
    if (plain === o.reading) {
      problems.push({ file, field: field(i, 'reading', '读音'), message: `这条例外已经不起作用：不加它，例句里的「${o.word}」也读 ${o.reading}。请删除这一条` });
      return false;
    }
    const fixed = readingInContext(o.example, o.word, all);
    if (fixed !== o.reading) {
      problems.push({ file, field: field(i, 'example', '例句'), message: `加了例外，例句里的「${o.word}」仍读 ${fixed}，不是 ${o.reading}：请检查例句和读音` });
      return false;
    }
    return true;
  });
  return { overrides: overrides.map(([, o]) => o), problems };
}
