// Releases of the built site under a deploy target, switched atomically:
//   <target>/releases/<time>-<commit>/   one build each, precompressed
//   <target>/current -> releases/…        what nginx serves (replaced by rename, never deleted)
import { brotliCompress, constants, gunzipSync, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { HASHED } from '../../src/lib/hashed-files.ts';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text files get .br and .gz beside them (Pagefind's files too: PAGEFIND_PACKED below). */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|csv|txt|webmanifest)$/;
/** The files a release carried over from the one before it (a dotfile: nginx answers 404 for it). */
export const CARRIED = '.zhuxue-carried.json';
export const KEEP = 5;

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

/** Pagefind's own files: its WebAssembly, metadata, index chunks, filters and fragments. */
export const PAGEFIND_PACKED = /^pagefind\/[^/]+\/(.+\.pagefind|.+\.pf_meta|(index|filter|fragment)\/.+\.pf_\w+)$/;
const SIGNATURE = 'pagefind_dcd';

/**
 * A Pagefind file as its decompressed bytes (which Pagefind reads as they are: it checks for
 * its signature before unpacking), or undefined when it is not gzip with that signature.
 * Pagefind writes them gzip-compressed; Brotli at its highest quality makes them 10–20% smaller
 * than that (the WebAssembly 55 → 47 kB, an index chunk 30 → 27 kB), bytes a first search on a
 * phone waits for. Only the deploy does this: dist/ stays as Pagefind wrote it, right for any host.
 */
export function unpackPagefind(data: Buffer): Buffer | undefined {
  try {
    const raw = gunzipSync(data);
    return raw.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE ? raw : undefined;
  } catch {
    return undefined;
  }
}

/** Where a deploy target keeps compressed files between deploys, under their content's hash. */
export const COMPRESSED = '.compressed';

/** Write `data` as a new file at `path` (a new inode, renamed over the old: a file linked elsewhere is never changed). */
function replaceFile(path: string, data: Buffer): void {
  const temp = `${path}.new-${process.pid}`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** Link `from` at `to` (a copy where links cannot go). */
function linkOrCopy(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Write .br (highest quality) and .gz beside every text file and every Pagefind file (stored
 * unpacked, see unpackPagefind); returns the bytes before and after. With `cache` (a folder
 * beside the releases), each compressed file is kept there under the SHA-256 of what it
 * compresses and linked into the release: content compressed by an earlier deploy is not
 * compressed again (a deploy of 10,000 news took ~10 minutes at Brotli 11), and a .br or .gz
 * always belongs to the bytes beside it, since the name it is found by is their hash.
 */
export async function precompress(dir: string, cache?: string): Promise<{ files: number; raw: number; brotli: number; gzip: number; reused: number }> {
  const total = { files: 0, raw: 0, brotli: 0, gzip: 0, reused: 0 };
  const files = walk(dir).filter((f) => COMPRESSIBLE.test(f) || PAGEFIND_PACKED.test(f));
  // zlib runs on libuv's thread pool: a few at a time keep both cores busy.
  for (let i = 0; i < files.length; i += 8) {
    await Promise.all(files.slice(i, i + 8).map(async (f) => {
      const packed = readFileSync(join(dir, f));
      const data = (PAGEFIND_PACKED.test(f) && unpackPagefind(packed)) || packed;
      if (data !== packed) replaceFile(join(dir, f), data);
      const hash = cache && createHash('sha256').update(data).digest('hex');
      const kept = hash && cache ? join(cache, hash.slice(0, 2), hash) : undefined;
      let sizes: [number, number];
      if (kept && existsSync(`${kept}.br`) && existsSync(`${kept}.gz`)) {
        sizes = [statSync(`${kept}.br`).size, statSync(`${kept}.gz`).size];
        total.reused += 1;
      } else {
        const [b, g] = await Promise.all([
          br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
          gz(data, { level: 9 }),
        ]);
        sizes = [b.length, g.length];
        if (kept) {
          mkdirSync(dirname(kept), { recursive: true });
          replaceFile(`${kept}.br`, b);
          replaceFile(`${kept}.gz`, g);
        } else {
          writeFileSync(join(dir, `${f}.br`), b);
          writeFileSync(join(dir, `${f}.gz`), g);
        }
      }
      if (kept) {
        linkOrCopy(`${kept}.br`, join(dir, `${f}.br`));
        linkOrCopy(`${kept}.gz`, join(dir, `${f}.gz`));
      }
      total.files += 1;
      total.raw += data.length;
      total.brotli += sizes[0];
      total.gzip += sizes[1];
    }));
  }
  return total;
}

/** Remove kept compressed files no release links to any more (their link count is 1: the cache's own). */
export function pruneCompressed(cache: string): number {
  if (!existsSync(cache)) return 0;
  let removed = 0;
  for (const f of walk(cache)) {
    if (statSync(join(cache, f)).nlink <= 1) {
      rmSync(join(cache, f), { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Readers in the middle of a visit keep working: the previous release's own hashed files that
 * the new one lacks are linked into it (with their .br/.gz), for one release.
 */
export function carryForward(previous: string, next: string): string[] {
  const carriedBefore = new Set<string>(existsSync(join(previous, CARRIED)) ? JSON.parse(readFileSync(join(previous, CARRIED), 'utf8')) : []);
  const carried = walk(previous).filter((f) => HASHED.test(f) && !carriedBefore.has(f.replace(/\.(br|gz)$/, '')) && !existsSync(join(next, f)));
  for (const f of carried) {
    mkdirSync(dirname(join(next, f)), { recursive: true });
    linkSync(join(previous, f), join(next, f));
  }
  const names = [...new Set(carried.map((f) => f.replace(/\.(br|gz)$/, '')))];
  writeFileSync(join(next, CARRIED), JSON.stringify(names));
  return names;
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

export function sizeOf(dir: string): number {
  return walk(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}
