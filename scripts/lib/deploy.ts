// Releases of the built site under a deploy target, switched atomically:
//   <target>/releases/<time>-<commit>/   one build each, precompressed, files linked from the store
//   <target>/current -> releases/…        what nginx serves (replaced by rename, never deleted)
//   <target>/.compressed/                 the store: files and their .br/.gz by content (store.ts)
//   <target>/.build/, .build.cache/       the kept build folder and Astro's caches for it
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { HASHED } from '../../src/lib/hashed-files.ts';

/** The files a release carried over from the one before it (a dotfile: nginx answers 404 for it). */
export const CARRIED = '.zhuxue-carried.json';
export const KEEP = 5;
/** The folder a deploy target builds into, kept between deploys so the next build redoes only what changed. */
export const BUILD = '.build';

export function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? walk(p, base) : [relative(base, p)];
  });
}

export function releaseName(now: Date, commit: string): string {
  const t = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${t}-${commit.slice(0, 7) || 'nogit'}`;
}

/** Releases, oldest first (their names start with the time). */
export function releases(target: string): string[] {
  const dir = join(target, 'releases');
  return existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.')).sort() : [];
}

const linked = (target: string, link: 'current' | 'previous') => {
  try {
    return readlinkSync(join(target, link)).replace(/^releases\//, '');
  } catch {
    return undefined;
  }
};
export const currentRelease = (target: string) => linked(target, 'current');
/** The release that was live before the last switch: where a rollback goes. */
export const previousRelease = (target: string) => linked(target, 'previous');

function relink(target: string, link: 'current' | 'previous', release: string): void {
  const temp = join(target, `.${link}-${process.pid}`);
  rmSync(temp, { force: true });
  symlinkSync(join('releases', release), temp);
  renameSync(temp, join(target, link));
}

/**
 * Point `current` at a release in one step (a new link renamed over the old one, never
 * deleted first), remembering the release it left in `previous`.
 */
export function switchTo(target: string, release: string): void {
  const left = currentRelease(target);
  if (left && left !== release) relink(target, 'previous', left);
  relink(target, 'current', release);
}

/**
 * Readers in the middle of a visit keep working: the previous release's own hashed files that
 * the new one lacks are linked into it (with their .br/.gz), for one release.
 */
export function carryForward(previous: string, next: string): string[] {
  const carriedBefore = new Set<string>(existsSync(join(previous, CARRIED)) ? JSON.parse(readFileSync(join(previous, CARRIED), 'utf8')) : []);
  // Hashed files live under _astro/ and pagefind/ only: the rest of the release (45,000 pages at 10,000 news) is not read.
  const under = (dir: string) => (existsSync(join(previous, dir)) ? walk(join(previous, dir)).map((f) => `${dir}/${f}`) : []);
  const carried = [...under('_astro'), ...under('pagefind')].filter((f) => HASHED.test(f) && !carriedBefore.has(f.replace(/\.(br|gz)$/, '')) && !existsSync(join(next, f)));
  for (const f of carried) {
    mkdirSync(dirname(join(next, f)), { recursive: true });
    linkSync(join(previous, f), join(next, f));
  }
  const names = [...new Set(carried.map((f) => f.replace(/\.(br|gz)$/, '')))];
  writeFileSync(join(next, CARRIED), JSON.stringify(names));
  return names;
}

/**
 * The release a deploy can make its new one from (assemble's `recycle`): the oldest that prune
 * would remove once the new one is added, never the live one or the one a rollback goes to.
 */
export function recyclable(target: string, keep = KEEP): string | undefined {
  const all = releases(target);
  const safe = new Set([currentRelease(target), previousRelease(target), ...all.slice(all.length - (keep - 1))]);
  return all.find((r) => !safe.has(r));
}

/** Keep the newest `keep` releases, and always the live one and the one a rollback would go to. */
export function prune(target: string, keep = KEEP): string[] {
  const all = releases(target);
  const safe = new Set([currentRelease(target), previousRelease(target), ...all.slice(-keep)]);
  const gone = all.filter((r) => !safe.has(r));
  for (const r of gone) rmSync(join(target, 'releases', r), { recursive: true, force: true });
  return gone;
}

export const bytes = (n: number) => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} kB`);
