import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Program } from '../../schemas/common.ts';
import type { Region } from '../../schemas/region.ts';
import { formatProblems } from '../content/problems.ts';
import { checkContent, checkMdxEntry } from '../content/check.ts';
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
  | {
      status: 'written' | 'dry-run'; file: string; entry: BuiltEntry; article: LegacyArticle; figuresFile?: string; preview: string;
      /** Why a person must look before it is published; when any, the entry was written as a draft. */
      review: string[];
    }
  | { status: 'already-imported'; file: string }
  | { status: 'failed'; message: string };

/** What a batch knows about a content folder: its regions, and every news title so far (file by title). */
interface BatchState { regions: Region[]; titles: Map<string, string> }
const batches = new Map<string, Promise<BatchState>>();

/** The content as the build validates it, read once per content folder for a whole batch. */
function loadBatch(content: string): Promise<BatchState> {
  let state = batches.get(content);
  if (!state) {
    state = checkContent(content).then(({ content: loaded }) => {
      const regions = [...loaded.regions.values()];
      if (regions.length === 0) throw new Error(`${join(content, 'regions', 'regions.yaml')} 中没有可用的地区：请先运行 npm run check:content`);
      const titles = new Map([...loaded.news].map(([id, n]) => [n.title, join(content, 'news', `${id}.mdx`)]));
      return { regions, titles };
    });
    batches.set(content, state);
  }
  return state;
}

/** What the importer cannot decide for staff: each makes the article a draft, with this sentence. */
export const REVIEW = {
  noProgram: '正文没有提到“金秋助学”或“阳光就业”：请在 programs 中选择所属项目',
  kept: (words: string[]) => `保留了 ${words.length} 处像拼音的英文括号（${words.join('、')}）：请核对是英文还是注音，注音就删去`,
  noSource: '导出文件没有写来源名称：请查明原发单位，改写 source.name',
  duplicate: (file: string) => `与 ${file} 标题相同：请确认是不是同一篇，是就删除其中一篇`,
};
const FALLBACK_SOURCE = '工会原门户网站（旧站导出）';

/** Write via a temporary name and rename, so a crash never leaves half a file behind. */
async function writeWhole(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

/**
 * Import one exported article. Everything is checked before anything is written. Bad input
 * is refused (nothing written); an article that needs a person's decision is written as a
 * draft with the decisions listed in `review`, so a batch never stops on it.
 */
export async function importLegacyFile(path: string, options: ImportOptions): Promise<ImportResult> {
  const decoded = decodeLegacy(await readFile(path));
  if (!decoded.ok) return { status: 'failed', message: decoded.message };
  const parsed = parseLegacy(decoded.text);
  if (!parsed.ok) return { status: 'failed', message: parsed.message };

  const { regions, titles } = await loadBatch(options.content);
  const province = regions.find((r) => r.level === 'province');
  const article = parsed.article;
  const entryOptions = {
    cities: regions.filter((r) => r.level === 'city'),
    unit: options.unit ?? province?.federation ?? '山东省总工会',
    fallbackSource: FALLBACK_SOURCE,
    ...(options.programs ? { programs: options.programs } : {}),
  };
  const first = buildEntry(article, entryOptions);
  const file = join(options.content, 'news', `${first.slug}.mdx`);
  const sameTitle = titles.get(article.title);
  const review = [
    ...(first.programs.length === 0 ? [REVIEW.noProgram] : []),
    ...(article.kept.length ? [REVIEW.kept(article.kept)] : []),
    ...(article.source ? [] : [REVIEW.noSource]),
    ...(sameTitle && sameTitle !== file ? [REVIEW.duplicate(`content/${relative(options.content, sameTitle)}`)] : []),
  ];
  const entry = review.length ? buildEntry(article, { ...entryOptions, review }) : first;
  // The same checks the build makes: an imported entry must never break the site.
  const problems = await checkMdxEntry('news', entry.text, file);
  if (problems.length) return { status: 'failed', message: `生成的条目没有通过检查：\n${formatProblems(problems)}` };
  const candidates = options.figures ? findFigureCandidates(parsed.article.paragraphs) : [];
  const draft = options.figures ? draftFiguresFile(candidates, entry.slug, basename(path)) : '';
  const preview = options.figures ? `${entry.text}\n# ---- 数据候选 ----\n${draft}` : entry.text;
  if (options.dryRun) return { status: 'dry-run', file, entry, article, preview, review };
  if (existsSync(file) && !options.force) return { status: 'already-imported', file };

  await mkdir(join(options.content, 'news'), { recursive: true });
  await writeWhole(file, entry.text);
  titles.set(article.title, file);
  let figuresFile: string | undefined;
  if (options.figures) {
    const dir = join(options.content, 'figures', 'drafts');
    await mkdir(dir, { recursive: true });
    figuresFile = join(dir, `${entry.slug}.yaml`);
    await writeWhole(figuresFile, draft);
  }
  return { status: 'written', file, entry, article, preview, review, ...(figuresFile ? { figuresFile } : {}) };
}
