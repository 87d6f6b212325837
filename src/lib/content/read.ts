import { parseDocument } from 'yaml';
import type { ContentProblem } from './problems.ts';
import { explainYamlError } from './yaml-errors.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: ContentProblem };

/**
 * YAML 1.2 core schema: dates stay the text the author typed, so 2018-13-45 reaches the
 * date check instead of silently rolling over to 2019-02-14 as YAML 1.1 readers do.
 */
export function readYaml(src: string, file: string, lineOffset = 0): Read<unknown> {
  const doc = parseDocument(src, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const { line, message } = explainYamlError(error, src);
    const where = line ? `第 ${line + lineOffset} 行` : '';
    return { ok: false, problem: { file, message: `YAML 格式错误${where ? `（${where}）` : ''}：${message}` } };
  }
  return { ok: true, value: doc.toJS() };
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Split an MDX file into its YAML header and its body. */
export function readFrontmatter(text: string, file: string): Read<{ data: unknown; body: string }> {
  const m = FRONTMATTER.exec(text);
  if (!m) {
    return {
      ok: false,
      problem: { file, message: '缺少文件头：文件必须以一行 --- 开头，写完字段后再用一行 --- 结束' },
    };
  }
  // The header starts on the file's second line (after ---): errors name the file's own line.
  const data = readYaml(m[1] ?? '', file, 1);
  if (!data.ok) return data;
  if (data.value === null || typeof data.value !== 'object' || Array.isArray(data.value)) {
    return { ok: false, problem: { file, message: '文件头应为“字段: 值”的形式，每行一个字段' } };
  }
  return { ok: true, value: { data: data.value, body: m[2] ?? '' } };
}
