import { PLACEHOLDER } from '../scaffold.ts';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ID_PATTERN } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { LoadedContent } from './loaded.ts';
import { parseWithFriendlyErrors, type ContentProblem } from './problems.ts';
import { lintBody } from './lint.ts';
import type { RenderedBody } from './mdx.ts';
import { parseMdx, readMdx } from './mdx-handover.ts';
import { readYaml } from './read.ts';
import { checkReferences } from './references.ts';
import { checkAid } from '../aid/check.ts';
import { isReviewStale, reviewValidUntil, todayInShandong } from '../review.ts';


export interface CheckResult {
  problems: ContentProblem[];
  /** Worth telling staff, but not a reason to stop the build (a guide overdue for review). */
  warnings: ContentProblem[];
  content: LoadedContent;
  /** The rendered HTML body of every valid MDX entry, by "collection/id" (e.g. news/2018-09-30-a907c374). */
  bodies: Map<string, string>;
}

/** A collection's single-folder file pattern (*.mdx) as a regular expression. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${body}$`);
}

const EXTENSION_HINT: Record<string, string> = {
  frontmatter: '应为 .mdx 文件',
  data: '应为 .yaml 文件',
  list: '地区只写在 regions.yaml 一个文件里',
};

/** Lint an MDX body; rendering it (done once, in parseMdx) surfaces syntax errors and unknown components. */
function checkBody(body: string, rendered: RenderedBody | undefined, file: string, offset: number): ContentProblem[] {
  const problems = lintBody(body, file, offset);
  if (rendered && !rendered.ok) {
    for (const p of rendered.problems) problems.push({ file, message: p.line ? `第 ${p.line + offset} 行${p.message}` : p.message });
  }
  return problems;
}

/** Lines before an MDX body (its frontmatter), so a body's line numbers become the file's. */
const bodyOffset = (text: string, body: string) => text.split('\n').length - body.split('\n').length;

/**
 * One MDX entry, judged alone as the whole-content check judges it (frontmatter, schema,
 * body guard, lints; references to other entries are not followed). For the importer and
 * the admin, which write one file at a time and must never write one the build refuses.
 */
export async function checkMdxEntry(collection: 'news' | 'policies' | 'guides', text: string, file: string): Promise<ContentProblem[]> {
  const { parts, rendered } = await readMdx(text, file);
  if (!parts.ok) return [parts.problem];
  const body = checkBody(parts.value.body, rendered, file, bodyOffset(text, parts.value.body));
  const parsed = parseWithFriendlyErrors(COLLECTIONS[collection].schema, parts.value.data, file);
  return [...body, ...(parsed.ok ? [] : parsed.problems)];
}

/**
 * Read and validate all of content/ (or a copy of it) and check that every cross reference
 * points at something. Pure apart from reading files; the build guard and tests share it.
 */
export async function checkContent(root: string, { today = todayInShandong() }: { today?: string } = {}): Promise<CheckResult> {
  const problems: ContentProblem[] = [];
  const bodies = new Map<string, string>();
  const invalid = new Set<string>();
  const content = Object.fromEntries(
    Object.keys(COLLECTIONS).map((name) => [name, new Map()]),
  ) as LoadedContent;
  const shown = (file: string) => join(basename(root), file);

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const dir = join(root, spec.dir);
    const names = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const matcher = globToRegExp(spec.pattern);
    // Folders shared by two collections (figures/: years and cumulative.yaml): a file
    // another collection takes is not this one's problem; one nobody takes is reported once.
    const siblings = Object.entries(COLLECTIONS).filter(([, other]) => other.dir === spec.dir);
    const owner = siblings[0]?.[0];
    const store = content[name] as Map<string, unknown>;
    for (const dirent of names.filter((d) => d.isFile() && !d.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = shown(join(spec.dir, dirent.name));
      if (!matcher.test(dirent.name)) {
        const taken = siblings.some(([, other]) => globToRegExp(other.pattern).test(dirent.name));
        if (!taken && name === owner) {
          const rules = siblings.map(([, other]) => other.pattern).join(' 或 ');
          problems.push({ file, message: `此文件不会被发布：${EXTENSION_HINT[spec.format]}（文件名规则 ${rules}）` });
        }
        continue;
      }
      const id = dirent.name.replace(/\.[^.]+$/, '');
      if (spec.format !== 'list' && !ID_PATTERN.test(id)) {
        problems.push({ file, message: `文件名「${id}」不合规：只能用小写字母、数字和连字符，例如 guofa-2007-13.mdx` });
        continue;
      }
      // Synchronous: one async round trip per file cost more than the read (0.4 s per 1,000).
      const text = readFileSync(join(dir, dirent.name), 'utf8');
      const mdx = spec.format === 'frontmatter' ? await parseMdx(text, file) : undefined;
      const raw = mdx ? mdx.parts : readYaml(text, file);
      if (!raw.ok) {
        problems.push(raw.problem);
        // Unreadable is not missing: what refers to it is not reported as dangling.
        invalid.add(`${name}/${id}`);
        continue;
      }
      const data = spec.format === 'frontmatter' ? (raw.value as { data: unknown }).data : raw.value;
      if (spec.format === 'list') {
        const key = 'key' in spec ? spec.key : 'items';
        const list = (data as Record<string, unknown> | null)?.[key];
        if (!Array.isArray(list)) {
          problems.push({ file, field: key, message: `应为 ${key}: 下的列表：文件以“${key}:”一行开头，每个地区以“  - id: …”开头` });
          continue;
        }
        list.forEach((item, i) => {
          const parsed = parseWithFriendlyErrors(spec.schema, item, file);
          if (!parsed.ok) {
            problems.push(...parsed.problems.map((p) => ({ ...p, field: `第 ${i + 1} 项 ${p.field ?? ''}`.trim() })));
          } else if (store.has(parsed.data.id)) {
            problems.push({ file, field: `第 ${i + 1} 项 id`, message: `编号 ${parsed.data.id} 重复` });
          } else {
            store.set(parsed.data.id, parsed.data);
          }
        });
        continue;
      }
      if (spec.format === 'frontmatter') {
        const { body } = raw.value as { body: string };
        problems.push(...checkBody(body, mdx?.rendered, file, bodyOffset(text, body)));
      }
      const parsed = parseWithFriendlyErrors(spec.schema, data, file);
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        invalid.add(`${name}/${id}`);
        continue;
      }
      if (name === 'figures' && String((parsed.data as { year: number }).year) !== id) {
        problems.push({ file, field: 'year（年份）', message: `年份 ${(parsed.data as { year: number }).year} 与文件名 ${id} 不一致：请让二者相同` });
        invalid.add(`${name}/${id}`);
        continue;
      }
      // `npm run new` marks what staff must still write; a published entry must not show it.
      if (text.includes(PLACEHOLDER) && !(parsed.data as { draft?: boolean }).draft) {
        problems.push({ file, message: `还有“${PLACEHOLDER}”的地方（第 ${text.split('\n').findIndex((l) => l.includes(PLACEHOLDER)) + 1} 行）：请写好，或保留 draft: true 先不发布` });
      }
      store.set(id, parsed.data);
      if (mdx?.rendered?.ok) bodies.set(`${name}/${id}`, mdx.rendered.html);
    }
  }
  problems.push(...checkReferences(content, shown, invalid, bodies, today));
  problems.push(...checkAid(content, shown));
  // /law/print/ is the whole compilation's print view.
  if (content.law.has('print')) problems.push({ file: shown('law/print.yaml'), message: '文件名 print 已被“打印版”页面占用：请改用别的文件名' });
  return { problems, warnings: staleReviews(content, shown, today), content, bodies };
}

/** Guides and the self-check whose facts nobody has checked for more than 12 months. */
function staleReviews(content: LoadedContent, shown: (file: string) => string, today: string): ContentProblem[] {
  const entries = [
    ...[...content.guides].map(([id, g]) => ({ file: `guides/${id}.mdx`, reviewedOn: g.reviewedOn })),
    ...[...content.checks].map(([id, c]) => ({ file: `check/${id}.yaml`, reviewedOn: c.reviewedOn })),
    ...[...content.aid].flatMap(([id, s]) => [...s.items, ...s.amounts].map((x) => ({ file: `aid/${id}.yaml`, reviewedOn: x.reviewedOn, what: x.id }))),
    ...[...content.aidContacts.values()].map((x) => ({ file: 'aid-contacts/contacts.yaml', reviewedOn: x.reviewedOn, what: x.id })),
  ];
  return entries.filter((e) => isReviewStale(e.reviewedOn, today)).map((e) => ({
    file: shown(e.file),
    field: 'what' in e ? `${e.what}.reviewedOn（核对日期）` : 'reviewedOn（核对日期）',
    message: `内容上次核对是 ${e.reviewedOn}，已超过 12 个月（${reviewValidUntil(e.reviewedOn)} 到期）：页面会提醒读者内容可能过时。请核对内容后把 reviewedOn 改为核对当天的日期`,
  }));
}
