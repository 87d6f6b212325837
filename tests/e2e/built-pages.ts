import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathIn } from '../../src/lib/editions/editions.ts';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Every page in the production build, both editions, as the URL path a visitor uses (404.html excluded). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory() && d.name !== 'pagefind' && d.name !== '_astro') walk(full);
      else if (d.name === 'index.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(DIST);
  return out.sort();
}

export const isTraditional = (path: string) => path.startsWith('/zh-hant/');

/** The pages of the Simplified edition only. */
export const simplifiedPages = () => builtPages().filter((p) => !isTraditional(p));

/** One page of each kind, for checks too slow to run on every page. */
export const ONE_OF_EACH_KIND = [
  '/', '/policies/', '/policies/guofa-2007-13/', '/guides/', '/guides/golden-autumn-application/', '/check/',
  '/law/', '/law/jiaoyu-fa/', '/law/print/', '/news/', '/news/2018-09-30-a907c374/', '/figures/', '/figures/2017/', '/regions/',
  '/aid/', '/aid/undergraduate/',
];

/** The same list in both editions. */
export const inBothEditions = (paths: readonly string[]) => [...paths, ...paths.map((p) => pathIn('zh-hant', p))];
