// `npm run import -- <file.txt> [more files] [--dry-run] [--figures] [--force]
//                   [--unit 工会名称] [--program golden-autumn] [--content 目录]`
// Turns the old portal's exported articles into news entries. See README「导入旧网站文章」.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { PROGRAMS, type Program } from '../src/schemas/common.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { importLegacyFile } from '../src/lib/legacy/import.ts';

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
let failed = 0;
for (const file of positionals) {
  const result = await importLegacyFile(file, {
    content: values.content ?? contentRoot(),
    dryRun: values['dry-run'],
    figures: values.figures,
    force: values.force,
    ...(values.unit ? { unit: values.unit } : {}),
    ...(programs ? { programs } : {}),
  }).catch((e: Error) => ({ status: 'failed' as const, message: e.message }));
  switch (result.status) {
    case 'failed':
      failed += 1;
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
      console.error(`  去掉注音 ${result.article.removed} 处；项目 ${result.entry.programs.join('、')}；地区 ${result.entry.cities.join('、') || '无'}`);
      break;
  }
  if (result.status === 'written' || result.status === 'dry-run') {
    if (result.article.kept.length) {
      console.error(`  提示：保留了 ${result.article.kept.length} 处像拼音的英文括号，请核对：${result.article.kept.join('、')}`);
    }
  }
}
process.exit(failed ? 1 : 0);
