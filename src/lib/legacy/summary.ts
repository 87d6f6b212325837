import type { ImportResult } from './import.ts';

export interface BatchItem { file: string; result: ImportResult }

/**
 * The review summary printed after a batch: what was written and will be published, what
 * waits as a draft and why, what was already there, and what was refused and why.
 */
export function reviewSummary(items: readonly BatchItem[], show: (path: string) => string): string {
  const written = items.filter((i) => i.result.status === 'written' && i.result.review.length === 0);
  const drafts = items.filter((i) => i.result.status === 'written' && i.result.review.length > 0);
  const already = items.filter((i) => i.result.status === 'already-imported');
  const refused = items.filter((i) => i.result.status === 'failed');
  const lines = [
    '',
    '—— 导入小结 ——',
    `共 ${items.length} 个文件：写入 ${written.length} 篇（构建后发布），草稿 ${drafts.length} 篇（等待核对），已导入过 ${already.length} 篇，拒绝 ${refused.length} 个。`,
  ];
  const section = (title: string, group: BatchItem[], line: (i: BatchItem) => string[]) => {
    if (group.length) lines.push('', title, ...group.flatMap(line));
  };
  section('已写入：', written, ({ result: r }) => (r.status === 'written' ? [`  ${show(r.file)}  ${r.article.title}`] : []));
  section('草稿，等待核对（draft: true，网站不发布；在后台“工作动态”里筛选“草稿”，或直接改文件；处理完删去 review 和 draft）：', drafts, ({ result: r }) =>
    r.status === 'written' ? [`  ${show(r.file)}  ${r.article.title}`, ...r.review.map((why) => `    · ${why}`)] : []);
  section('已导入过，未修改（要覆盖请加 --force）：', already, ({ result: r }) => (r.status === 'already-imported' ? [`  ${show(r.file)}`] : []));
  section('拒绝，未写入任何内容：', refused, ({ file, result: r }) => (r.status === 'failed' ? [`  ${file}：${r.message}`] : []));
  return `${lines.join('\n')}\n`;
}
