/**
 * The page's words for its scripts, read from <template data-words> elements: scripts hold
 * no Chinese, so the Traditional edition (converted as HTML) speaks Traditional with the
 * same script. `{n}`-style placeholders are filled from `vars`.
 */
export function pageText(root: ParentNode = document): (key: string, vars?: Record<string, string | number>) => string {
  const words = new Map<string, string>();
  for (const t of root.querySelectorAll<HTMLTemplateElement>('template[data-words]')) {
    for (const d of t.content.querySelectorAll('data')) words.set(d.value, d.textContent ?? '');
  }
  return (key, vars = {}) => (words.get(key) ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
