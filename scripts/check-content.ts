// Validate content/ without building: `npm run check:content`. Exit 1 with the Chinese report.
import { checkContent } from '../src/lib/content/check.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const { problems, content } = await checkContent(contentRoot());
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`内容检查通过：${Object.entries(content).map(([k, v]) => `${k} ${v.size}`).join('，')}`);
