import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { overrideSchema, type ConversionOverride } from '../../schemas/override.ts';
import { parseWithFriendlyErrors, type ContentProblem } from '../content/problems.ts';
import { readYaml } from '../content/read.ts';
import { createConverter } from './convert.ts';

/** Where staff keep OpenCC's exceptions, relative to content/. */
export const OVERRIDES_FILE = 'conversion/overrides.yaml';

export interface OverridesResult {
  /** The entries that passed every check, in file order. */
  overrides: ConversionOverride[];
  problems: ContentProblem[];
}

/**
 * Read and check the conversion overrides. Besides its shape, every entry must still be
 * needed (OpenCC alone would not already give `to`) and its example must convert to
 * `expect` — each override carries its own test, run by every content check and build.
 */
export async function checkOverrides(root: string): Promise<OverridesResult> {
  const file = join(basename(root), OVERRIDES_FILE);
  const text = await readFile(join(root, OVERRIDES_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return { overrides: [], problems: [] };
  const raw = readYaml(text, file);
  if (!raw.ok) return { overrides: [], problems: [raw.problem] };
  if (raw.value === null) return { overrides: [], problems: [] };
  if (!Array.isArray(raw.value)) {
    return { overrides: [], problems: [{ file, message: '应为列表：每条例外以“- from: …”开头' }] };
  }
  const problems: ContentProblem[] = [];
  const valid: [number, ConversionOverride][] = [];
  const seen = new Map<string, number>();
  raw.value.forEach((item, i) => {
    const parsed = parseWithFriendlyErrors(overrideSchema, item, file);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ ...p, field: `第 ${i + 1} 项 ${p.field ?? ''}`.trim() })));
      return;
    }
    const first = seen.get(parsed.data.from);
    if (first !== undefined) {
      problems.push({ file, field: `第 ${i + 1} 项 from（原词）`, message: `原词「${parsed.data.from}」与第 ${first + 1} 项重复：请合并成一条` });
      return;
    }
    seen.set(parsed.data.from, i);
    valid.push([i, parsed.data]);
  });
  const plain = createConverter();
  const full = createConverter(valid.map(([, o]) => o));
  const overrides = valid.filter(([i, o]) => {
    const field = (key: string, label: string) => `第 ${i + 1} 项 ${key}（${label}）`;
    if (plain(o.from) === o.to) {
      problems.push({ file, field: field('to', '繁体写法'), message: `这条例外已经不起作用：不加它，OpenCC 也会把「${o.from}」转成「${o.to}」。请删除这一条` });
      return false;
    }
    const actual = full(o.example);
    if (actual !== o.expect) {
      problems.push({ file, field: field('expect', '例句的繁体'), message: `例句「${o.example}」实际转成「${actual}」，不是「${o.expect}」：请检查 to 和 expect 是否写对` });
      return false;
    }
    if (plain(o.example) === o.expect) {
      problems.push({ file, field: field('example', '例句'), message: `例句「${o.example}」不加这条例外也会转成「${o.expect}」，证明不了它的作用：请换一句会被转错的例句` });
      return false;
    }
    return true;
  });
  return { overrides: overrides.map(([, o]) => o), problems };
}
