import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'astro/zod';
import { parseWithFriendlyErrors, type ContentProblem } from './problems.ts';
import { readYaml } from './read.ts';

export interface OverrideList<T> {
  /** The file as shown in messages, e.g. content/pinyin/overrides.yaml. */
  file: string;
  /** Entries that passed their schema and are not duplicates, with their index in the file. */
  entries: [number, T][];
  problems: ContentProblem[];
  /** The field name of entry i in a message: 第 3 项 to（繁体写法）. */
  field: (i: number, key: string, label: string) => string;
}

/**
 * Read one of the staff-kept override lists (conversion, reading): a YAML list checked
 * entry by entry against its schema, with duplicates of `key` refused. A missing or empty
 * file is an empty list. Each caller then runs its own example tests on `entries`.
 */
export async function readOverrideList<T extends Record<K, string>, K extends string>(
  root: string, path: string, schema: z.ZodType<T>, key: K, label: string,
): Promise<OverrideList<T>> {
  const file = join(basename(root), path);
  const field = (i: number, k: string, l: string) => `第 ${i + 1} 项 ${k}（${l}）`;
  const empty = (problems: ContentProblem[] = []): OverrideList<T> => ({ file, entries: [], problems, field });
  const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
  if (text === undefined) return empty();
  const raw = readYaml(text, file);
  if (!raw.ok) return empty([raw.problem]);
  if (raw.value === null) return empty();
  if (!Array.isArray(raw.value)) return empty([{ file, message: `应为列表：每条例外以“- ${key}: …”开头` }]);
  const problems: ContentProblem[] = [];
  const entries: [number, T][] = [];
  const seen = new Map<string, number>();
  raw.value.forEach((item, i) => {
    const parsed = parseWithFriendlyErrors(schema, item, file);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ ...p, field: `第 ${i + 1} 项 ${p.field ?? ''}`.trim() })));
      return;
    }
    const value = parsed.data[key];
    const first = seen.get(value);
    if (first !== undefined) {
      problems.push({ file, field: field(i, key, label), message: `${label}「${value}」与第 ${first + 1} 项重复：请合并成一条` });
      return;
    }
    seen.set(value, i);
    entries.push([i, parsed.data]);
  });
  return { file, entries, problems, field };
}
