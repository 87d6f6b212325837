// `npm run new -- news "标题" [--id 文件名]`: write a draft skeleton with today's date
// (Asia/Shanghai) and print its path. Kinds: news, policy, guide.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-root.ts';
import { SCAFFOLD_KINDS, skeleton, type ScaffoldKind } from '../src/lib/scaffold.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { id: { type: 'string' } } });
const [kind, title] = positionals;
const usage = `用法：npm run new -- 类型 "标题" [--id 文件名]；类型是 ${SCAFFOLD_KINDS.join('、')}（动态、政策、指南），例如 npm run new -- news "济南市总工会发放助学金"`;
if (kind === 'law' || kind === 'figures') {
  console.error(`${kind === 'law' ? '法规' : '年度数据'}没有草稿状态，空白模板会把“待填写”发布出去：请复制一个已有文件（content/${kind}/）来改。`);
  process.exit(2);
}
if (!kind || !title || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
  console.error(usage);
  process.exit(2);
}
try {
  const s = skeleton(kind as ScaffoldKind, title, new Date(), values.id);
  const path = join(contentRoot(), s.path);
  if (existsSync(path)) throw new Error(`${relative(process.cwd(), path)} 已经存在：请换一个 --id`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, s.text, { flag: 'wx' });
  console.log(`已写入草稿：${relative(process.cwd(), path)}\n填好“待填写”的地方，把 draft 改为 false，然后运行 npm run check:content。`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
