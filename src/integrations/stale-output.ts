import type { AstroIntegration } from 'astro';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRADITIONAL } from '../lib/editions/editions.ts';
import { removeStale } from '../lib/stale-files.ts';

/**
 * Astro is told not to empty dist/ before building (astro.config.mjs: emptyOutDir false),
 * so that pages are written over their previous versions (src/lib/stale-files.ts says why).
 * When Astro has written the Simplified site, and before any step reads it back, this
 * removes what Astro did not write again: a withdrawn article's page, an asset whose hash
 * changed. The Traditional edition tidies /zh-hant/ itself once it has written it, and
 * scripts/build-index.ts replaces the search index whole.
 */
export function staleOutput(): AstroIntegration {
  let started = Date.now();
  return {
    name: 'zhuxue:stale-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // Like Astro's own emptying of dist/, a .git folder (dist/ kept as a deploy repository) stays.
        const keep = new Set([TRADITIONAL.prefix.slice(1), 'pagefind', '.git']);
        // Every file a route made, including the pages the incremental build kept without writing.
        const out = fileURLToPath(dir);
        const made = new Set([...assets.values()].flat().map((url) => relative(out, fileURLToPath(url)).split(sep).join('/')));
        const removed = removeStale(out, started, (name) => keep.has(name), made);
        if (removed) logger.info(`删除了上次构建留下、这次没有再生成的 ${removed} 个文件`);
      },
    },
  };
}
