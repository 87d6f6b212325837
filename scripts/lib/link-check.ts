// Every internal link and asset of a built site points at a file, and every #fragment at an
// id on its page: what a deploy checks before a release can go live (no browser needed).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from './deploy.ts';

const ATTR = /\s(?:href|src)="([^"]+)"/g;
const ID = /\sid="([^"]+)"/g;

function fileFor(dist: string, path: string): string | undefined {
  const file = join(dist, path);
  if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Broken links as "page → link: why"; empty when all is well. */
export function brokenSiteLinks(dist: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decode(m[1] ?? ''))));
    return ids.get(file) ?? new Set<string>();
  };
  const broken: string[] = [];
  for (const page of walk(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const m of html.matchAll(ATTR)) {
      const link = decode(m[1] ?? '');
      if (!link.startsWith('/') || link.startsWith('//')) continue;
      const [rest = '', fragment] = link.split('#');
      const path = decodeURIComponent(rest.split('?')[0] ?? '');
      const file = fileFor(dist, path);
      if (!file) broken.push(`/${page} → ${link}：${path} 不存在`);
      else if (fragment && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) broken.push(`/${page} → ${link}：页面上没有 #${fragment}`);
    }
  }
  return broken;
}
