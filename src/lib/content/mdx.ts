import { evaluate } from 'satteri';
import { Fragment, Html, jsx, renderChildren } from './html-jsx.ts';
import { guardBody, type BodyProblem } from './body-guard.ts';
import { MDX_COMPONENTS, MDX_COMPONENT_USAGE, MdxUsageError } from './mdx-components.ts';

/**
 * Headings get an id from their text, as Astro's own Markdown does, so a section can be
 * linked: "## 资助对象" becomes <h2 id="资助对象">. Repeats get -1, -2.
 */
function headingComponents() {
  const seen = new Map<string, number>();
  const heading = (tag: string) => (props: Record<string, unknown>) => {
    const text = renderChildren(props['children']).replace(/<[^>]*>/g, '');
    const base = text.trim().toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return jsx(tag, { id: n ? `${base}-${n}` : base, ...props });
  };
  return Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, heading(h)]));
}

export type RenderedBody = { ok: true; html: string } | { ok: false; problems: BodyProblem[] };

const ALLOWED = Object.values(MDX_COMPONENT_USAGE).join('、');

/** 1-based line of the first `<Name` in the body, to point staff at an unknown component. */
function lineOfTag(body: string, name: string): number | undefined {
  const at = body.search(new RegExp(`<${name}[\\s/>]`));
  return at < 0 ? undefined : body.slice(0, at).split('\n').length;
}

/** Satteri's messages start "line:column: …"; the rest stays for whoever maintains the site. */
function explain(error: Error, body: string): BodyProblem {
  const text = error.message;
  if (error instanceof MdxUsageError) {
    const line = lineOfTag(body, error.component);
    return { ...(line ? { line } : {}), message: text };
  }
  const unknown = /Expected component `([^`]+)` to be defined/.exec(text);
  if (unknown) {
    const name = unknown[1] ?? '';
    const line = lineOfTag(body, name);
    return { ...(line ? { line } : {}), message: `用了未知的组件 <${name}>：正文中只能用 ${ALLOWED}。请检查拼写（区分大小写），或删去这个标签` };
  }
  const pos = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*)$/.exec(text);
  if (pos) {
    return {
      line: Number(pos[1]),
      message: `第 ${pos[2]} 列的写法无法识别（${(pos[3] ?? '').split('\n')[0]}）。正文里的 < 和 { 有特殊含义：要写小于号请写 &lt;，要写大括号请在前面加 \\`,
    };
  }
  if (error instanceof ReferenceError) {
    return { message: `正文中的 {…} 会被当作程序表达式（${text}）：要写大括号请在前面加 \\，例如 \\{示例\\}` };
  }
  return { message: `正文无法显示：${text.split('\n')[0]}` };
}

/**
 * Render an MDX body to static HTML: Markdown (with GFM tables and lists) plus the
 * components in MDX_COMPONENTS. Errors come back as values, worded for staff.
 */
export async function renderMdxBody(body: string): Promise<RenderedBody> {
  // Guard first: nothing in a body is evaluated until it is known to be Markdown and components.
  const guard = guardBody(body);
  if (guard.syntax) return { ok: false, problems: [explain(guard.syntax, body)] };
  if (guard.problems.length) return { ok: false, problems: guard.problems };
  try {
    const mod = await evaluate(body, {
      jsx: jsx as never,
      jsxs: jsx as never,
      Fragment,
      elementAttributeNameCase: 'html',
      features: { gfm: true, smartPunctuation: true },
    });
    const content = mod['default'] as (props: { components: Record<string, unknown> }) => unknown;
    const out = content({ components: { ...headingComponents(), ...MDX_COMPONENTS } });
    if (!(out instanceof Html)) throw new Error('正文没有产生 HTML');
    return { ok: true, html: out.value };
  } catch (e) {
    return { ok: false, problems: [explain(e as Error, body)] };
  }
}
