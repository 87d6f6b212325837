import { isAnnotationFor } from '../legacy/pinyin.ts';
import type { ContentProblem } from './problems.ts';

/** Link texts that say nothing out of context: screen-reader users hear a list of links. */
const VAGUE_LINK_TEXT = ['点击这里', '点击此处', '点这里', '这里', '此处', '链接', '更多', '详情', '点击', 'here', 'click here'];

const MARKDOWN_LINK = /(?<!!)\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g;
/** A Han character followed by a parenthesised lower-case word: a candidate annotation. */
const ANNOTATION_CANDIDATE = /(\p{Script=Han})\(([a-zü]{1,6})\)/gu;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * Checks on the body text of MDX entries. `offset` is the number of lines before the body
 * (the frontmatter), so reported line numbers match the file in an editor.
 */
export function lintBody(body: string, file: string, offset = 0): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const m of body.matchAll(MARKDOWN_LINK)) {
    const text = (m[1] ?? '').trim();
    if (VAGUE_LINK_TEXT.includes(text.toLowerCase())) {
      problems.push({
        file,
        message: `第 ${lineOf(body, m.index) + offset} 行的链接文字「${text}」说不清去哪里：请写出目标的名称，例如 [国发〔2007〕13号全文](${m[2]})`,
      });
    }
  }
  // The importer's own rule decides, so an English word it deliberately kept (项目(men))
  // is not flagged, and anything it would have removed is.
  const residue = [...body.matchAll(ANNOTATION_CANDIDATE)].find((m) => isAnnotationFor(m[2] ?? '', m[1] ?? ''));
  if (residue) {
    problems.push({
      file,
      message: `第 ${lineOf(body, residue.index) + offset} 行有拼音注音残留「${residue[0]}」：请删去括号中的拼音（可用 npm run import 重新导入旧网站文章）`,
    });
  }
  return problems;
}
