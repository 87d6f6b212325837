import { basename, dirname } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../content/collections.ts';
import { checkMdxEntry, globToRegExp } from '../content/check.ts';
import { formatProblems, parseWithFriendlyErrors, type ContentProblem } from '../content/problems.ts';
import { readYaml } from '../content/read.ts';

/** The collection a saved path (content/news/x.mdx) belongs to, by folder and file name. */
export function collectionOf(path: string): CollectionName | undefined {
  const dir = basename(dirname(path));
  const name = basename(path);
  return (Object.keys(COLLECTIONS) as CollectionName[]).find((c) => {
    const spec = COLLECTIONS[c];
    return spec.dir === dir && globToRegExp(spec.pattern).test(name);
  });
}

/**
 * What the content check would say about one file the admin is about to save: the same
 * schema and body rules as files written by hand, so the admin can never write what the
 * build refuses (raw HTML, expressions, unsafe links, a missing field). Files outside the
 * known collections (media) are not content and are left to the caller.
 */
export async function savedFileProblems(path: string, raw: string): Promise<ContentProblem[]> {
  const collection = collectionOf(path);
  if (!collection) return [];
  const spec = COLLECTIONS[collection];
  if (spec.format === 'frontmatter') return checkMdxEntry(collection as 'news' | 'policies' | 'guides', raw, path);
  const read = readYaml(raw, path);
  if (!read.ok) return [read.problem];
  if (spec.format === 'list') return [];
  const parsed = parseWithFriendlyErrors(spec.schema, read.value, path);
  return parsed.ok ? [] : parsed.problems;
}

/** The admin's answer when a save is refused: Decap shows `error` to the staff member. */
export const refusal = (problems: readonly ContentProblem[]) => ({
  error: formatProblems(problems).replace('构建已停止', '没有保存').replace('请按提示修改上述文件后重新构建。', '请按提示修改后再保存。'),
});
