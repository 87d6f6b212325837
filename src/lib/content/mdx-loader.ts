import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeMdx } from './mdx-handover.ts';

/**
 * Astro content loader for one folder of MDX entries (frontmatter + body). The body is
 * rendered to HTML here, once, and kept in Astro's data store, so `render(entry)` costs
 * nothing and the build bundles no module per entry. Unchanged files (same digest) are
 * not rendered again, and files the content guard has just rendered are taken from it. The content guard has already checked every file; a failure here
 * means the file changed since, and stops with the same kind of message.
 */
export function mdxFolder(dir: string): Loader {
  return {
    name: 'zhuxue:mdx-folder',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const untouched = new Set(ctx.store.keys());
      const names = readdirSync(dir).filter((n) => n.endsWith('.mdx') && !n.startsWith('.'));
      for (const name of names) {
        const id = await sync(ctx, join(dir, name), root);
        untouched.delete(id);
      }
      for (const id of untouched) ctx.store.delete(id);
      // Dev server: re-render an entry when staff save it.
      ctx.watcher?.add(dir);
      const mine = (path: string) => dirname(path) === dir && path.endsWith('.mdx');
      const onChange = (path: string) => {
        if (!mine(path)) return;
        sync(ctx, path, root).then(
          () => ctx.logger.info(`已重新读取 ${relative(root, path)}`),
          (e: Error) => ctx.logger.error(e.message),
        );
      };
      ctx.watcher?.on('change', onChange);
      ctx.watcher?.on('add', onChange);
      ctx.watcher?.on('unlink', (path) => mine(path) && ctx.store.delete(basename(path, '.mdx')));
    },
  };
}

async function sync(ctx: LoaderContext, path: string, root: string): Promise<string> {
  const id = basename(path, '.mdx');
  // Synchronous: per-file async round trips cost more than the reads on a small VM.
  const text = readFileSync(path, 'utf8');
  const digest = ctx.generateDigest(text);
  if (ctx.store.get(id)?.digest === digest) return id;
  const file = relative(root, path);
  const { parts, rendered } = await takeMdx(text, file);
  if (!parts.ok) throw new Error(`${file}：${parts.problem.message}`);
  const data = await ctx.parseData({ id, data: parts.value.data as Record<string, unknown>, filePath: path });
  if (!rendered?.ok) throw new Error(`${file}：${rendered?.problems.map((p) => p.message).join('；') ?? '正文无法显示'}`);
  ctx.store.set({ id, data, body: parts.value.body, filePath: file, digest, rendered: { html: rendered.html } });
  return id;
}
