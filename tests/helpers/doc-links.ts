import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** GitHub's heading anchors: lower case, punctuation (full-width too) dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of withoutCode(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = (m[1] ?? '')
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Code blocks and code spans show link syntax to staff; they are not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

export interface BrokenLink { file: string; link: string; why: string }

/**
 * Every relative link of the given Markdown files, checked: the file exists and, when the
 * link names an anchor, the target has that heading. External links are not followed.
 */
export function brokenLinks(files: readonly string[], root: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    if (!anchorsOf.has(file)) anchorsOf.set(file, headingAnchors(readFileSync(file, 'utf8')));
    return anchorsOf.get(file) ?? new Set<string>();
  };
  for (const file of files) {
    const shown = relative(root, file);
    for (const m of withoutCode(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const link = m[1] ?? '';
      if (/^[a-z][a-z+.-]*:/i.test(link)) continue;
      if (link.startsWith('/')) {
        broken.push({ file: shown, link, why: '文档里的链接应写相对路径（例如 staff/README.md）' });
        continue;
      }
      const [path = '', anchor] = link.split('#');
      const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
      if (!existsSync(target)) {
        broken.push({ file: shown, link, why: `${relative(root, target)} 不存在` });
        continue;
      }
      if (anchor !== undefined && !(statSync(target).isFile() && anchors(target).has(decodeURIComponent(anchor)))) {
        broken.push({ file: shown, link, why: `${relative(root, target)} 里没有标题锚点 #${anchor}` });
      }
    }
  }
  return broken;
}

/** README.md and every Markdown file under docs/. */
export function projectDocs(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []);
  return [join(root, 'README.md'), ...walk(join(root, 'docs'))];
}
