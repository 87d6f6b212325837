import type { ContentProblem } from './problems.ts';

/** Link texts that say nothing out of context: screen-reader users hear a list of links. */
const VAGUE_LINK_TEXT = ['点击这里', '点击此处', '点这里', '这里', '此处', '链接', '更多', '详情', '点击', 'here', 'click here'];

const MARKDOWN_LINK = /(?<!!)\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g;
/** A Han character followed by (pinyin): what the old portal's export left behind. */
const PINYIN_RESIDUE = /\p{Script=Han}(\((?:[a-z]{1,6}|[a-z]*[üv][a-z]*)\))+/u;

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
  const residue = PINYIN_RESIDUE.exec(body);
  if (residue) {
    problems.push({
      file,
      message: `第 ${lineOf(body, residue.index) + offset} 行有拼音注音残留「${residue[0]}」：请删去括号中的拼音（可用 npm run import 重新导入旧网站文章）`,
    });
  }
  return problems;
}
