// The Chinese commit messages of the live admin. Made on the server from what is saved, never
// taken from the browser, so the history says truthfully what changed.
import { basename } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../content/collections.ts';
import { collectionOf } from './guard.ts';

/** What staff call each kind of content (as the admin's collections are named). */
const KIND: Record<CollectionName, string> = {
  news: '工作动态', policies: '政策', guides: '办事指南', law: '法规', figures: '年度数据', cumulative: '累计数据', regions: '地区与联系方式', checks: '自查问答', aid: '学段资助', aidContacts: '资助咨询电话',
};

/** The title a file gives itself (its `title`, or the year of a figures file), else its file name. */
export function titleOf(path: string, raw: string): string {
  const collection = collectionOf(path);
  try {
    const text = collection && COLLECTIONS[collection].format === 'frontmatter' ? (/^---\n([\s\S]*?)\n---/.exec(raw)?.[1] ?? '') : raw;
    const data = parse(text) as Record<string, unknown> | null;
    const title = data?.['title'] ?? (data?.['year'] !== undefined ? `${String(data['year'])}年` : undefined);
    if (typeof title === 'string' && title.trim()) return title.trim().slice(0, 60);
  } catch {
    // A file that does not parse is refused by the content check; the name will do here.
  }
  return basename(path);
}

export const kindOf = (path: string) => {
  const c = collectionOf(path);
  return c ? KIND[c] : '文件';
};

/** 新建工作动态《…》 / 修改政策《…》, with the file, for a save. */
export function saveMessage(path: string, raw: string, isNew: boolean): string {
  return `${isNew ? '新建' : '修改'}${kindOf(path)}《${titleOf(path, raw)}》\n\n文件：${path}`;
}

export function deleteMessage(paths: readonly { path: string; raw: string }[]): string {
  return paths.map((p) => `删除${kindOf(p.path)}《${titleOf(p.path, p.raw)}》`).join('；') + `\n\n文件：${paths.map((p) => p.path).join('、')}`;
}

export const mediaMessage = (path: string) => `上传文件 ${basename(path)}\n\n文件：${path}`;

/** The merge that publishes a reviewed item: who wrote it, who published it. */
export function publishMessage(o: { path: string; raw: string; writers: readonly string[]; reviewer: string }): string {
  return `发布${kindOf(o.path)}《${titleOf(o.path, o.raw)}》（撰写：${o.writers.join('、') || o.reviewer}；审核发布：${o.reviewer}）\n\n文件：${o.path}`;
}

export const undoMessage = (subject: string, reviewer: string, commit: string) =>
  `撤销：${subject.replace(/^撤销：/, '')}（操作：${reviewer}）\n\n撤销的提交：${commit}`;
