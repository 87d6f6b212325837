// `npm run import -- <file.txt> [more files] [--dry-run] [--figures] [--force]
//                   [--unit 工会名称] [--program golden-autumn] [--content 目录]`
// Turns the old portal's exported articles into news entries. A batch always runs to the end:
// bad files are refused (nothing of them written), articles that need a person's decision
// become drafts, and a review summary is printed last. See docs/staff/import.md.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { PROGRAMS, type Program } from '../src/schemas/common.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { importLegacyFile } from '../src/lib/legacy/import.ts';
import { reviewSummary, type BatchItem } from '../src/lib/legacy/summary.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    figures: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    unit: { type: 'string' },
    program: { type: 'string', multiple: true },
    content: { type: 'string' },
  },
});

if (positionals.length === 0) {
  console.error('用法：npm run import -- 文章.txt [更多文件] [--dry-run] [--figures] [--force]');
  process.exit(2);
}
const programs = values.program?.map((p) => {
  if (!(PROGRAMS as readonly string[]).includes(p)) {
    console.error(`--program 只能是 ${PROGRAMS.join(' 或 ')}，不是 ${p}`);
    process.exit(2);
  }
  return p as Program;
});

const show = (path: string) => relative(process.cwd(), path) || path;
const items: BatchItem[] = [];
for (const file of positionals) {
  const result = await importLegacyFile(file, {
    content: values.content ?? contentRoot(),
    dryRun: values['dry-run'],
    figures: values.figures,
    force: values.force,
    ...(values.unit ? { unit: values.unit } : {}),
    ...(programs ? { programs } : {}),
  }).catch((e: Error) => ({ status: 'failed' as const, message: e.message }));
  items.push({ file, result });
  switch (result.status) {
    case 'failed':
      console.error(`导入失败：${file}：${result.message}（未写入任何文件）`);
      break;
    case 'already-imported':
      console.log(`已导入过：${show(result.file)}，未做修改（要覆盖请加 --force）`);
      break;
    case 'dry-run':
      process.stdout.write(result.preview);
      break;
    case 'written':
      console.log(show(result.file));
      if (result.figuresFile) console.log(show(result.figuresFile));
      console.error(`  去掉注音 ${result.article.removed} 处；项目 ${result.entry.programs.join('、') || '未定'}；地区 ${result.entry.cities.join('、') || '无'}${result.review.length ? '；写成草稿，等待核对' : ''}`);
      break;
  }
}
if (!values['dry-run']) process.stdout.write(reviewSummary(items, show));
// The batch has finished either way; a refused file still makes the exit code say so.
process.exit(items.some((i) => i.result.status === 'failed') ? 1 : 0);
