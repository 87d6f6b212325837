import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConverter, type Converter } from '../lib/editions/convert.ts';
import { TRADITIONAL, canonicalPath, traditionalEnabled } from '../lib/editions/editions.ts';
import { convertFeed } from '../lib/editions/feed.ts';
import { convertPage } from '../lib/editions/html.ts';
import { checkOverrides } from '../lib/editions/overrides.ts';
import { converterFingerprint, twinCache } from '../lib/editions/twin-cache.ts';
import { removeStale } from '../lib/stale-files.ts';
import { fileWriter } from '../lib/write-files.ts';
import { siteUrl } from '../lib/site-url.ts';

/** Every built page and feed, as paths relative to the output folder; assets and the index are not pages. */
async function builtPages(out: string): Promise<string[]> {
  const skip = new Set([TRADITIONAL.prefix.slice(1), '_astro', 'pagefind']);
  // The top level first, so that the skipped folders (the twins: as many again) are never read.
  const top = (await readdir(out, { withFileTypes: true })).filter((e) => !skip.has(e.name));
  const entries = [...top, ...(await Promise.all(top.filter((e) => e.isDirectory()).map((d) => readdir(join(out, d.name), { recursive: true, withFileTypes: true })))).flat()];
  return entries
    .filter((e) => e.isFile() && (e.name.endsWith('.html') || e.name === 'rss.xml'))
    .map((e) => relative(out, join(e.parentPath, e.name)))
    // Sorted, an article's 注音 version follows the article, whose text the converter still remembers.
    .sort();
}

async function converter(root: string): Promise<Converter> {
  return createConverter((await checkOverrides(root)).overrides);
}

/**
 * The Traditional edition. After Astro has written the Simplified site, every page is
 * converted (src/lib/editions/html.ts) and written again under /zh-hant/; assets stay
 * shared. In the dev server, /zh-hant/… is converted on the fly from the Simplified page.
 */
export function traditionalEdition({ root }: { root: string }): AstroIntegration {
  let site = `${siteUrl()}/`;
  let buildStart = Date.now();
  let project = process.cwd();
  let cacheDir = join(project, 'node_modules/.astro');
  const convertFile = (rel: string, text: string, convert: Converter) =>
    rel.endsWith('rss.xml') ? convertFeed(text, convert, TRADITIONAL, site) : convertPage(text, convert, TRADITIONAL);
  return {
    name: 'zhuxue:traditional-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
        project = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        buildStart = Date.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const twins = join(out, TRADITIONAL.prefix);
        if (!traditionalEnabled()) {
          if (existsSync(twins)) removeStale(twins, buildStart);
          logger.info('PORTAL_TRADITIONAL=off：只构建简体版');
          return;
        }
        const started = performance.now();
        const { overrides } = await checkOverrides(root);
        let converter: Converter | undefined; // made only when a page needs it (~1 s)
        const pages = await builtPages(out);
        // Only pages whose Simplified text changed since the last build into this folder are converted.
        const cache = twinCache(cacheDir, twins, converterFingerprint(project, overrides, site));
        const files = fileWriter();
        let kept = 0;
        for (const rel of pages) {
          const path = join(out, rel);
          const text = cache.changed(rel, statSync(path), () => readFileSync(path, 'utf8'));
          if (text === undefined) kept++;
          else await files.write(join(twins, rel), convertFile(rel, text, (converter ??= createConverter(overrides))));
        }
        await files.done();
        cache.save();
        // Written over the previous build's twins; those of pages no longer built go.
        removeStale(twins, buildStart, undefined, new Set(pages.map((rel) => rel.split(sep).join('/'))));
        logger.info(`繁体版：${pages.length} 页（${kept} 页未变，沿用上次的），用时 ${Math.round(performance.now() - started)} ms`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const prefix = TRADITIONAL.prefix;
        server.middlewares.use((req, res, next) => {
          const url = req.url ?? '/';
          if (url !== prefix && !url.startsWith(`${prefix}/`) && !url.startsWith(`${prefix}?`)) return next();
          const base = server.resolvedUrls?.local[0];
          if (!base) return next();
          (async () => {
            const query = url.indexOf('?');
            const path = query < 0 ? url : url.slice(0, query);
            const simplified = canonicalPath(path) + (query < 0 ? '' : url.slice(query));
            const response = await fetch(new URL(simplified, base), {
              headers: { accept: req.headers.accept ?? 'text/html' },
            });
            const type = response.headers.get('content-type') ?? '';
            res.statusCode = response.status;
            if (type) res.setHeader('content-type', type);
            if (type.includes('xml') && path.endsWith('rss.xml')) {
              res.end(convertFile(path, await response.text(), await converter(root)));
              return;
            }
            if (!type.includes('text/html')) {
              res.end(Buffer.from(await response.arrayBuffer()));
              return;
            }
            res.end(convertPage(await response.text(), await converter(root), TRADITIONAL));
          })().catch((e: Error) => {
            logger.error(`繁体版预览失败：${url}：${e.message}`);
            next(e);
          });
        });
      },
    },
  };
}
