import type { YAMLError } from 'yaml';

/** The opener a MISSING_CHAR error is about, and what closes it. */
const OPENERS: Record<string, { open: RegExp; name: string; close: string }> = {
  '"': { open: /"/g, name: '双引号', close: '"' },
  "'": { open: /'/g, name: '单引号', close: "'" },
  ']': { open: /\[/g, name: '方括号 [', close: ']' },
  '}': { open: /\{/g, name: '花括号 {', close: '}' },
};

const count = (line: string, re: RegExp) => line.match(re)?.length ?? 0;

/** The line (1-based, within src) where something was opened and never closed, searching back from `before`. */
function openedOn(lines: readonly string[], before: number, closer: string): number | undefined {
  const o = OPENERS[closer];
  if (!o) return undefined;
  for (let i = Math.min(before, lines.length) - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const opens = count(line, o.open);
    const closes = closer === '"' || closer === "'" ? 0 : count(line, new RegExp(`\\${closer}`, 'g'));
    if (closer === '"' || closer === "'" ? opens % 2 === 1 : opens > closes) return i + 1;
  }
  return undefined;
}

/**
 * A YAML syntax error as staff should read it: in Chinese, at the line where the mistake
 * is (an unclosed quote is reported where it was opened, not where the file ends), and with
 * the fix. The yaml library's English never reaches staff.
 */
export function explainYamlError(error: YAMLError, src: string): { line: number | undefined; message: string } {
  const lines = src.split('\n');
  const at = error.linePos?.[0]?.line;
  const text = at ? (lines[at - 1] ?? '') : '';
  const key = /^\s*(?:-\s+)?([^:#\s][^:#]*?)\s*:/.exec(text)?.[1];
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        line: at,
        message: '这一行的值里有“冒号加空格”，YAML 把它当成了又一个字段；也可能是下一行多缩进了。改法：把整个值用英文双引号括起来，例如 title: "标题: 副标题"；或让下一行与上一个字段左端对齐',
      };
    case 'MISSING_CHAR': {
      const closer = /Missing closing (.)/.exec(error.message)?.[1] ?? /expected (.)/.exec(error.message)?.[1] ?? '';
      const opener = OPENERS[closer];
      const line = openedOn(lines, at ?? lines.length, closer) ?? at;
      return opener
        ? { line, message: `这一行的${opener.name}没有结束：请在这个值的末尾补上 ${opener.close}` }
        : { line: at, message: '这一行少了一个符号：请检查冒号、引号和括号是否成对' };
    }
    case 'BAD_INDENT': {
      const flow = /Flow (sequence|map)/.exec(error.message);
      if (flow) {
        const closer = flow[1] === 'sequence' ? ']' : '}';
        return { line: openedOn(lines, at ?? lines.length, closer) ?? at, message: `这一行的${OPENERS[closer]?.name}没有在同一行结束：请在列表末尾补上 ${closer}` };
      }
      return { line: at, message: '缩进不对：这一行与上面同一层的字段没有从同一列开始。同一层的字段左端对齐，下一层比上一层多两个空格（只用空格，不用 Tab）' };
    }
    case 'TAB_AS_INDENT':
      return { line: at, message: '这一行用 Tab 缩进：YAML 只认空格，请把 Tab 换成两个空格' };
    case 'DUPLICATE_KEY':
      return { line: at, message: `字段 ${key ?? ''} 写了两次：请删去其中一个（保留正确的那个）` };
    case 'BAD_SCALAR_START':
      return { line: at, message: '这个值以 @、` 或 % 等特殊字符开头：请把整个值用英文双引号括起来' };
    case 'BAD_DQ_ESCAPE':
      return { line: at, message: '双引号里的反斜杠 \\ 后面跟了无效的字符：要写反斜杠本身请写两个 \\\\，或改用单引号括起来' };
    case 'TAG_RESOLVE_FAILED':
      return { line: at, message: '这个值以感叹号 ! 开头：请把整个值用英文双引号括起来' };
    default:
      return { line: at, message: '这一行无法读懂：字段名后面是英文冒号加一个空格（title: 标题），缩进只用空格，引号和括号要成对' };
  }
}
