import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readingOverrideSchema, type ReadingOverride } from '../../schemas/reading-override.ts';
import { parseWithFriendlyErrors, type ContentProblem } from '../content/problems.ts';
import { readYaml } from '../content/read.ts';
import { readingInContext } from './reading.ts';

/** Where staff keep pinyin-pro's exceptions, relative to content/. */
export const READING_OVERRIDES_FILE = 'pinyin/overrides.yaml';

/**
 * Read and check the reading overrides. Each entry carries its own test: in its example,
 * pinyin-pro alone must read the word otherwise (or the entry is no longer needed), and
 * with the entry it must read it as written.
 */
export async function checkReadingOverrides(root: string): Promise<{ overrides: ReadingOverride[]; problems: ContentProblem[] }> {
  const file = join(basename(root), READING_OVERRIDES_FILE);
  const text = await readFile(join(root, READING_OVERRIDES_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return { overrides: [], problems: [] };
  const raw = readYaml(text, file);
  if (!raw.ok) return { overrides: [], problems: [raw.problem] };
  if (raw.value === null) return { overrides: [], problems: [] };
  if (!Array.isArray(raw.value)) return { overrides: [], problems: [{ file, message: '应为列表：每条例外以“- word: …”开头' }] };
  const problems: ContentProblem[] = [];
  const valid: [number, ReadingOverride][] = [];
  const seen = new Map<string, number>();
  raw.value.forEach((item, i) => {
    const parsed = parseWithFriendlyErrors(readingOverrideSchema, item, file);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ ...p, field: `第 ${i + 1} 项 ${p.field ?? ''}`.trim() })));
      return;
    }
    const first = seen.get(parsed.data.word);
    if (first !== undefined) {
      problems.push({ file, field: `第 ${i + 1} 项 word（词）`, message: `词「${parsed.data.word}」与第 ${first + 1} 项重复：请合并成一条` });
      return;
    }
    seen.set(parsed.data.word, i);
    valid.push([i, parsed.data]);
  });
  const all = valid.map(([, o]) => o);
  const overrides = valid.filter(([i, o]) => {
    const field = (key: string, label: string) => `第 ${i + 1} 项 ${key}（${label}）`;
    const plain = readingInContext(o.example, o.word);
    if (plain === o.reading) {
      problems.push({ file, field: field('reading', '读音'), message: `这条例外已经不起作用：不加它，例句里的「${o.word}」也读 ${o.reading}。请删除这一条` });
      return false;
    }
    const fixed = readingInContext(o.example, o.word, all);
    if (fixed !== o.reading) {
      problems.push({ file, field: field('example', '例句'), message: `加了例外，例句里的「${o.word}」仍读 ${fixed}，不是 ${o.reading}：请检查例句和读音` });
      return false;
    }
    return true;
  });
  return { overrides: overrides.map(([, o]) => o), problems };
}
