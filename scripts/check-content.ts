// Validate content/ without building: `npm run check:content`. Same checks as the build;
// exit 1 with the Chinese report.
import { checkAll, describeCounts } from '../src/lib/check-all.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const { problems, warnings, content } = await checkAll(contentRoot());
for (const w of warnings) console.warn(`警告：${w.file}：${w.message}`);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`内容检查通过：${describeCounts(content)}`);
