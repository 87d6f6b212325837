import type { z } from 'astro/zod';
import { meant } from './spelling.ts';

/** One thing wrong with the content, phrased for the staff member who has to fix it. */
export interface ContentProblem {
  /** Path relative to the project, e.g. content/policies/guofa-2007-13.mdx. */
  file: string;
  /** Dotted field path, e.g. entries[2].value; absent for whole-file problems. */
  field?: string;
  /** What is wrong, what was expected and how to fix it, in Chinese. */
  message: string;
}

/** Chinese names shown next to field keys, so 「issuedOn（成文日期）」 reads naturally. */
const FIELD_LABELS: Record<string, string> = {
  title: '标题', sample: '示例标记', docNumber: '文号', issuer: '发文机关', level: '层级',
  region: '地区', issuedOn: '成文日期', publishedOn: '发布日期', effectiveOn: '施行日期',
  status: '效力状态', supersededBy: '替代政策', topics: '主题', programs: '项目',
  program: '项目', summary: '摘要', source: '来源', name: '名称', url: '网址',
  retrievedOn: '核对日期', audience: '适用对象', eligibility: '申请条件', documents: '材料',
  steps: '步骤', deadline: '截止时间', contacts: '咨询地区', legalBasis: '法律依据',
  relatedPolicies: '相关政策', updatedOn: '更新日期', reviewedOn: '核对日期', shortName: '简称',
  kind: '类别', adoptedOn: '通过日期', revisedOn: '修订日期', articles: '条文', number: '条号',
  chapter: '章节', text: '内容', unit: '工会', cities: '地区', tags: '标签', draft: '草稿标记',
  year: '年份', entries: '数据条目', metric: '指标', value: '数值', scope: '范围', news: '动态',
  note: '备注', id: '编号', federation: '工会组织', hotline: '电话', hotlineSource: '电话出处',
  parent: '上级地区', copies: '份数', original: '原件', where: '地点', when: '时间', body: '说明',
  from: '原词', to: '繁体写法', why: '原因', example: '例句', expect: '例句的繁体',
  questions: '问题', outcomes: '结果', answers: '回答', criteria: '条件', outcome: '结果', start: '第一个问题',
  sets: '条件设置', guides: '指南', todo: '建议', tone: '语气', intro: '说明', help: '帮助内容',
  amounts: '金额', amountNote: '金额说明', amountNoteSources: '金额说明的来源', upTo: '金额上限', preparation: '准备事项', sources: '来源', history: '版本',
  officialTitle: '原标题标记', label: '文字', hint: '提示', phone: '电话', address: '地址', website: '网站',
  contactSource: '联系方式出处', items: '材料', next: '下一个问题',
  word: '词', means: '页面上的说法', finds: '应找到的页面',
};

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** The same key means different things in different files: 'unit' is a news item's 工会 but a figure's 单位. */
const CONTEXT_LABELS: Record<string, string> = { 'entries.unit': '单位' };

export function fieldLabel(path: readonly PropertyKey[]): string {
  const dotted = fieldPath(path);
  const keys = path.filter((k): k is string => typeof k === 'string');
  const last = keys[keys.length - 1];
  const label = CONTEXT_LABELS[keys.slice(-2).join('.')] ?? (last ? FIELD_LABELS[last] : undefined);
  return label ? `${dotted}（${label}）` : dotted;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字', number: '数字', boolean: 'true 或 false', array: '列表', object: '对象（多个子字段）',
  date: '日期',
};

/** Chinese fallback for every issue a schema did not word itself. */
export const zhErrorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return `应为${TYPE_NAMES[iss.expected] ?? iss.expected}`;
    case 'too_small':
      return iss.origin === 'array'
        ? `至少要有 ${String(iss.minimum)} 项`
        : iss.origin === 'string'
          ? `不能为空，至少 ${String(iss.minimum)} 个字`
          : `不能小于 ${String(iss.minimum)}`;
    case 'too_big':
      return iss.origin === 'string' ? `不能超过 ${String(iss.maximum)} 个字` : `不能大于 ${String(iss.maximum)}`;
    case 'unrecognized_keys':
      return `有未知字段 ${iss.keys.join('、')}：请检查是否拼错，不需要就删去`;
    case 'invalid_value':
      return `只能是 ${iss.values.map(String).join('、')}`;
    case 'invalid_format':
      return `格式不对（应为 ${iss.format}）`;
    default:
      return undefined;
  }
};

/** Was the value at `path` simply not written? Then say so instead of a type complaint. */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = data;
  for (const [i, key] of path.entries()) {
    if (node === null || typeof node !== 'object') return false;
    const has = Object.prototype.hasOwnProperty.call(node, key as PropertyKey);
    if (!has) return i === path.length - 1;
    node = (node as Record<PropertyKey, unknown>)[key as PropertyKey];
  }
  return node === undefined || node === null;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };


/**
 * Validate `data` against `schema` and turn every Zod issue into a problem that names the
 * file, the field, what was expected and the fix. The one way content gets validated.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): Parsed<z.output<S>> {
  const result = schema.safeParse(data, { error: zhErrorMap });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.flatMap((iss): (ContentProblem & { meant?: string })[] => {
    if (iss.code === 'unrecognized_keys') return unknownFields(schema, iss.path, iss.keys, file);
    const missing = iss.code === 'invalid_type' && isMissing(data, iss.path);
    const field = iss.path.length ? fieldLabel(iss.path) : undefined;
    const key = fieldPath(iss.path);
    const message = missing
      ? `缺少必填字段：请在文件头中补上 ${key}: …`
      : iss.message;
    return [field ? { file, field, message } : { file, message }];
  });
  // A misspelt field (Cities:) is also reported as the real one missing: say it once.
  const renamed = new Set(problems.flatMap((p) => (p.meant ? [p.meant] : [])));
  return { ok: false, problems: problems.filter((p) => !(p.field && renamed.has(p.field) && p.message.startsWith('缺少必填字段'))).map(({ meant: _, ...p }) => p) };
}

/** Zod's internals, read only to list the fields an object at some path accepts. */
interface Def { type: string; shape?: Record<string, { _zod: { def: Def } }>; innerType?: { _zod: { def: Def } }; in?: { _zod: { def: Def } }; element?: { _zod: { def: Def } }; options?: { _zod: { def: Def } }[] }

/** The field names the schema accepts at `path` (through optional, default, pipe, arrays and unions). */
function fieldsAt(def: Def, path: readonly PropertyKey[]): string[] {
  const inner = def.innerType ?? def.in;
  if (inner) return fieldsAt(inner._zod.def, path);
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => fieldsAt(o._zod.def, path));
  const [head, ...rest] = path;
  if (head === undefined) return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
  if (def.type === 'array' && typeof head === 'number' && def.element) return fieldsAt(def.element._zod.def, rest);
  const next = def.type === 'object' ? def.shape?.[String(head)] : undefined;
  return next ? fieldsAt(next._zod.def, rest) : [];
}

/** One problem per unknown field, with the field probably meant (Cities → cities, tittle → title). */
function unknownFields(schema: z.ZodType, path: readonly PropertyKey[], keys: readonly string[], file: string): (ContentProblem & { meant?: string })[] {
  const known = fieldsAt((schema as unknown as { _zod: { def: Def } })._zod.def, path);
  return keys.map((key) => {
    const field = fieldLabel([...path, key]);
    const guess = meant(key, known.filter((k) => !keys.includes(k)));
    if (guess) {
      const wanted = fieldLabel([...path, guess]);
      return { file, field, meant: wanted, message: `没有这个字段。是否想写 ${guess}？字段名区分大小写，请改成 ${guess}: …` };
    }
    const list = known.length ? `（可用的字段：${known.join('、')}）` : '';
    return { file, field, message: `没有这个字段：请检查是否拼错，不需要就删去${list}` };
  });
}

/** The whole report, as printed when the build stops. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`内容检查未通过，共 ${problems.length} 处问题，构建已停止：`];
  for (const [file, list] of byFile) {
    lines.push('', `文件 ${file}`);
    for (const p of list) lines.push(p.field ? `  · 字段 ${p.field}：${p.message}` : `  · ${p.message}`);
  }
  lines.push('', '请按提示修改上述文件后重新构建。');
  return lines.join('\n');
}
