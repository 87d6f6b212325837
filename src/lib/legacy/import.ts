import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Program } from '../../schemas/common.ts';
import { newsSchema } from '../../schemas/news.ts';
import type { Region } from '../../schemas/region.ts';
import { formatProblems, parseWithFriendlyErrors } from '../content/problems.ts';
import { checkContent } from '../content/check.ts';
import { lintBody } from '../content/lint.ts';
import { readFrontmatter } from '../content/read.ts';
import { decodeLegacy } from './decode.ts';
import { buildEntry, type BuiltEntry } from './entry.ts';
import { draftFiguresFile, findFigureCandidates } from './figure-candidates.ts';
import { parseLegacy, type LegacyArticle } from './parse.ts';

export interface ImportOptions {
  /** The content/ folder to write into (a temporary copy in tests). */
  content: string;
  dryRun?: boolean;
  figures?: boolean;
  force?: boolean;
  unit?: string;
  programs?: Program[];
}

export type ImportResult =
  | { status: 'written' | 'dry-run'; file: string; entry: BuiltEntry; article: LegacyArticle; figuresFile?: string; preview: string }
  | { status: 'already-imported'; file: string }
  | { status: 'failed'; message: string };

const regionsByRoot = new Map<string, Promise<Region[]>>();

/** The regions as the build validates them, read once per content folder for a whole batch. */
function loadRegions(content: string): Promise<Region[]> {
  let regions = regionsByRoot.get(content);
  if (!regions) {
    regions = checkContent(content).then(({ content: loaded }) => {
      const list = [...loaded.regions.values()];
      if (list.length === 0) throw new Error(`${join(content, 'regions', 'regions.yaml')} 中没有可用的地区：请先运行 npm run check:content`);
      return list;
    });
    regionsByRoot.set(content, regions);
  }
  return regions;
}

/** Write via a temporary name and rename, so a crash never leaves half a file behind. */
async function writeWhole(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

/** Import one exported article. Everything is checked before anything is written. */
export async function importLegacyFile(path: string, options: ImportOptions): Promise<ImportResult> {
  const decoded = decodeLegacy(await readFile(path));
  if (!decoded.ok) return { status: 'failed', message: decoded.message };
  const parsed = parseLegacy(decoded.text);
  if (!parsed.ok) return { status: 'failed', message: parsed.message };

  const regions = await loadRegions(options.content);
  const province = regions.find((r) => r.level === 'province');
  const entry = buildEntry(parsed.article, {
    cities: regions.filter((r) => r.level === 'city'),
    unit: options.unit ?? province?.federation ?? '山东省总工会',
    fallbackSource: '工会原门户网站（旧站导出）',
    ...(options.programs ? { programs: options.programs } : {}),
  });
  if (entry.programs.length === 0) {
    return { status: 'failed', message: '正文没有提到“金秋助学”或“阳光就业”，无法判断所属项目：请加 --program golden-autumn 或 --program sunshine-employment' };
  }
  const file = join(options.content, 'news', `${entry.slug}.mdx`);
  // The same checks the build makes: an imported entry must never break the site.
  const front = readFrontmatter(entry.text, file);
  const valid = front.ok ? parseWithFriendlyErrors(newsSchema, front.value.data, file) : { ok: false as const, problems: [front.problem] };
  const problems = [...(valid.ok ? [] : valid.problems), ...(front.ok ? lintBody(front.value.body, file) : [])];
  if (problems.length) return { status: 'failed', message: `生成的条目没有通过检查：\n${formatProblems(problems)}` };
  const candidates = options.figures ? findFigureCandidates(parsed.article.paragraphs) : [];
  const draft = options.figures ? draftFiguresFile(candidates, entry.slug, basename(path)) : '';
  const preview = options.figures ? `${entry.text}\n# ---- 数据候选 ----\n${draft}` : entry.text;
  if (options.dryRun) return { status: 'dry-run', file, entry, article: parsed.article, preview };
  if (existsSync(file) && !options.force) return { status: 'already-imported', file };

  await mkdir(join(options.content, 'news'), { recursive: true });
  await writeWhole(file, entry.text);
  let figuresFile: string | undefined;
  if (options.figures) {
    const dir = join(options.content, 'figures', 'drafts');
    await mkdir(dir, { recursive: true });
    figuresFile = join(dir, `${entry.slug}.yaml`);
    await writeWhole(figuresFile, draft);
  }
  return { status: 'written', file, entry, article: parsed.article, preview, ...(figuresFile ? { figuresFile } : {}) };
}
