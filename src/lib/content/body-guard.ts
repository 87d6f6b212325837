import { mdxToMdast } from 'satteri';
import { MDX_COMPONENT_PROPS, MDX_COMPONENT_USAGE } from './mdx-components.ts';

/** One thing in a body that may not be published; `line` is 1-based within the body. */
export interface BodyProblem {
  line?: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const ALLOWED = Object.values(MDX_COMPONENT_USAGE).join('、');

/** Where a Markdown link or image may point: the web, mail, phone, or a page of this site. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

/** What a reader will see is plain text; anything shorter than this is shown whole. */
const shorten = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/** An attribute value staff may write: plain text, or a whole number in braces (article={38}). */
function attributeValueOk(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'string') return true;
  const expr = (value as { value?: unknown }).value;
  return typeof expr === 'string' && /^\s*\d+\s*$/.test(expr);
}

function checkElement(node: Node, line: number | undefined, out: BodyProblem[]): void {
  const name = node.name ?? '';
  const props = MDX_COMPONENT_PROPS[name as keyof typeof MDX_COMPONENT_PROPS] as readonly string[] | undefined;
  const meant = Object.keys(MDX_COMPONENT_PROPS).find((c) => c.toLowerCase() === name.toLowerCase());
  if (!props && meant) {
    out.push({ ...(line ? { line } : {}), message: `「<${name}>」应写成 <${meant}>（${meant[0]} 大写）：小写的是 HTML 标签，不能发布，也起不到 <${meant}> 的作用` });
    return;
  }
  if (!props) {
    // <div>, <SCRIPT>: an HTML element in any case; <Foo>: a misspelt component.
    const html = name === '' || /^[a-z]/.test(name) || name === name.toUpperCase();
    out.push({
      ...(line ? { line } : {}),
      message: html
        ? `有 HTML 标签 <${name || '>'}${name ? '>' : ''}：正文只能用 Markdown 和本站的组件（${ALLOWED}），不能写 HTML。请改用 Markdown：链接写 [文字](https://…)，加粗写 **文字**，分段空一行；不需要就删去这个标签`
        : `用了未知的组件 <${name}>：正文中只能用 ${ALLOWED}。请检查拼写（区分大小写），或删去这个标签`,
    });
    return;
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute') {
      out.push({ ...(line ? { line } : {}), message: `<${name}> 里有程序表达式 {${shorten(String(attr.value ?? ''))}}：组件只能写明确的属性，例如 ${MDX_COMPONENT_USAGE[name as keyof typeof MDX_COMPONENT_USAGE]}。请删去它` });
    } else if (!props.includes(attr.name ?? '')) {
      const known = props.length ? `只能有 ${props.join('、')}` : '不带任何属性';
      out.push({ ...(line ? { line } : {}), message: `<${name}> 没有属性 ${attr.name}：它${known}，写法：${MDX_COMPONENT_USAGE[name as keyof typeof MDX_COMPONENT_USAGE]}。请删去 ${attr.name}` });
    } else if (!attributeValueOk(attr.value)) {
      out.push({ ...(line ? { line } : {}), message: `<${name}> 的 ${attr.name} 写成了程序表达式：大括号里只能是一个整数（例如 article={38}），其余的值写在引号里（例如 law="jiaoyu-fa"）` });
    }
  }
}

function walk(node: Node, out: BodyProblem[]): void {
  const line = node.position?.start.line;
  const at = line ? { line } : {};
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, line, out);
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      out.push({ ...at, message: `有程序表达式 {${shorten(String(node.value ?? ''))}}：正文里的大括号会被当作程序执行，不能发布。要写大括号本身，请在前面加反斜杠：\\{示例\\}；要引用数据，请用 <Figure … />` });
      break;
    case 'mdxjsEsm':
      out.push({ ...at, message: 'import/export 开头的一行是程序代码：正文不能导入或导出程序代码，可用的组件无需导入。请删去这一行' });
      break;
    case 'link':
    case 'image':
    case 'definition': {
      const url = node.url ?? '';
      if (!SAFE_URL.test(url.trim())) {
        const what = node.type === 'image' ? '图片' : '链接';
        out.push({ ...at, message: `${what}地址「${shorten(url)}」不能发布：地址只能以 https:// 、http:// 、mailto: 、tel: 开头，或是本站以 / 开头的路径（例如 /policies/guofa-2007-13/）。请改正地址，或删去这个${what}` });
      }
      break;
    }
    case 'html':
      out.push({ ...at, message: '有 HTML 代码：正文只能用 Markdown 和本站的组件。请删去它' });
      break;
  }
  for (const child of node.children ?? []) walk(child, out);
}

/**
 * What an MDX body may hold: Markdown and the closed component set, each with only its own
 * props, and links to the web, mail, phone or this site. Run before the body is evaluated,
 * so no expression or import in it ever executes, in the check, the build, the admin or
 * the importer. Returns every problem; a syntax error comes back as `syntax`.
 */
export function guardBody(body: string): { problems: BodyProblem[]; syntax?: Error } {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { gfm: true }, position: true }) as unknown as Node;
  } catch (e) {
    return { problems: [], syntax: e as Error };
  }
  const problems: BodyProblem[] = [];
  walk(tree, problems);
  return { problems };
}
