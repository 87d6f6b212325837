// Each search-index shard's Pagefind output, kept under the hash of the documents it was built
// from (src/lib/search/shards.ts says why the index is in shards). A build indexes only the
// shards whose documents changed; the others are linked from here, byte for byte what Pagefind
// wrote for the same documents before. Keyed by content, never by times: a build empties nothing
// it can trust by date.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** Where the shards' outputs are kept between builds: beside Astro's own caches (PORTAL_INDEX_CACHE: elsewhere, for tests). */
export const INDEX_CACHE = process.env['PORTAL_INDEX_CACHE'] || join(process.cwd(), 'node_modules', '.astro', 'search-index');
/** Outputs unused for this long are removed (a build touches each one it uses). */
const KEEP_MS = 2 * 24 * 3600 * 1000;

/** The key of a folder of documents: the indexer's version and every file's name and bytes. */
export function documentsKey(dir: string, version: string): string {
  const hash = createHash('sha256').update(`pagefind ${version}\n`);
  for (const name of readdirSync(dir).sort()) hash.update(`${name}\n`).update(readFileSync(join(dir, name))).update('\n');
  return hash.digest('hex').slice(0, 24);
}

/**
 * The cached output for `key`, made by `make(into)` when there is none. Made in a folder of its
 * own and renamed into place, so a build that fails, or one beside it, never leaves half an output.
 */
export async function cachedOutput(key: string, make: (into: string) => Promise<void>): Promise<{ dir: string; reused: boolean }> {
  const dir = join(INDEX_CACHE, key);
  if (existsSync(dir)) {
    const now = new Date();
    utimesSync(dir, now, now);
    return { dir, reused: true };
  }
  mkdirSync(INDEX_CACHE, { recursive: true });
  const temp = `${dir}.making-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  await make(temp);
  if (existsSync(dir)) rmSync(temp, { recursive: true, force: true });
  else renameSync(temp, dir);
  return { dir, reused: false };
}

/**
 * Put a cached output's files into the site: hard links (no copy, no new inode; nothing writes a
 * Pagefind file in place: the deploy writes new files, scripts/lib/deploy.ts), a copy across
 * file systems. `keep` chooses the top-level entries (a merged shard needs no script of its own).
 */
export function placeOutput(from: string, to: string, keep: (name: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter(keep)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) {
      placeOutput(source, join(to, name));
      continue;
    }
    try {
      linkSync(source, join(to, name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      cpSync(source, join(to, name));
    }
  }
}

/** Remove outputs no build has used for two days (this build's are fresh: it touched them). */
export function pruneCache(now = Date.now()): number {
  if (!existsSync(INDEX_CACHE)) return 0;
  let removed = 0;
  for (const name of readdirSync(INDEX_CACHE)) {
    const dir = join(INDEX_CACHE, name);
    const stale = name.includes('.making-') ? now - statSync(dir).mtimeMs > 3600 * 1000 : now - statSync(dir).mtimeMs > KEEP_MS;
    if (stale) {
      rmSync(dir, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
