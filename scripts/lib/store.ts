// The deploy's store: every released file and its .br/.gz kept under the SHA-256 of its content,
// hard-linked into releases (assemble), and the in-place compression of a folder served as it is
// (precompress). Releases themselves: deploy.ts.
import { brotliCompress, constants, gunzipSync, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { walk } from './deploy.ts';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text files get .br and .gz beside them (Pagefind's files too: PAGEFIND_PACKED below). */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|csv|txt|webmanifest)$/;

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

/** Where a deploy target keeps every released file and its .br/.gz between deploys, under the content's hash (assemble). */
export const COMPRESSED = '.compressed';

/** Write `data` as a new file at `path` (a new inode, renamed over the old: a file linked elsewhere is never changed). */
function replaceFile(path: string, data: Buffer): void {
  const temp = `${path}.new-${process.pid}`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** Link `from` at `to` (a copy where links cannot go); `fresh`: nothing is at `to` yet. */
function linkOrCopy(from: string, to: string, fresh = false): void {
  if (!fresh) rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export interface Packed { files: number; raw: number; brotli: number; gzip: number; reused: number }

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Files over this size get Brotli quality 10, not 11: the sitemap at 10,000 news (7.5 MB, made
 * anew by every publish) took 12.5 s at 11 and 1.9 s at 10 for 0.4% more bytes; no phone fetches it.
 */
const LARGE = 1 << 20;

/** Brotli (highest quality up to LARGE) and gzip -9 of `data`. */
async function compress(data: Buffer): Promise<[Buffer, Buffer]> {
  const quality = data.length > LARGE ? 10 : constants.BROTLI_MAX_QUALITY;
  return Promise.all([
    br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gz(data, { level: 9 }),
  ]);
}

/**
 * `<kept>.br` and `<kept>.gz` (kept: a path in the store named by the content's hash), made only
 * when missing; returns their sizes and whether they were there already.
 */
async function keepCompressed(data: Buffer, kept: string): Promise<{ sizes: [number, number]; reused: boolean }> {
  if (existsSync(`${kept}.br`) && existsSync(`${kept}.gz`)) return { sizes: [statSync(`${kept}.br`).size, statSync(`${kept}.gz`).size], reused: true };
  const [b, g] = await compress(data);
  mkdirSync(dirname(kept), { recursive: true });
  replaceFile(`${kept}.br`, b);
  replaceFile(`${kept}.gz`, g);
  return { sizes: [b.length, g.length], reused: false };
}

/**
 * `work` for every file, eight at a time (zlib runs on libuv's thread pool: both cores stay
 * busy); each of the eight takes the next file as soon as it is done, so one slow compression
 * holds up only its own.
 */
async function eachFile(files: string[], work: (f: string) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < files.length) await work(files[next++]!);
  };
  await Promise.all(Array.from({ length: 8 }, lane));
}

const count = (total: Packed, bytes: number, sizes: [number, number], reused: boolean) => {
  total.files += 1;
  total.raw += bytes;
  total.brotli += sizes[0];
  total.gzip += sizes[1];
  if (reused) total.reused += 1;
};

/**
 * Write .br (highest quality) and .gz beside every text file and every Pagefind file (stored
 * unpacked, see unpackPagefind) of `dir`, in place; returns the bytes before and after. For a
 * folder served as it is (the test server); a deploy assembles its release instead (below).
 */
export async function precompress(dir: string): Promise<Packed> {
  const total: Packed = { files: 0, raw: 0, brotli: 0, gzip: 0, reused: 0 };
  await eachFile(walk(dir).filter((f) => COMPRESSIBLE.test(f) || PAGEFIND_PACKED.test(f)), async (f) => {
    const packed = readFileSync(join(dir, f));
    const data = (PAGEFIND_PACKED.test(f) && unpackPagefind(packed)) || packed;
    if (data !== packed) replaceFile(join(dir, f), data);
    const [b, g] = await compress(data);
    writeFileSync(join(dir, `${f}.br`), b);
    writeFileSync(join(dir, `${f}.gz`), g);
    count(total, data.length, [b.length, g.length], false);
  });
  return total;
}

/**
 * Puts files of the store into a release: a new link for each, or, in a recycled release (an old
 * one's folders, see assemble), a link only where the file there is not already that one.
 */
function placer(release: string, recycled: Set<string> | undefined): (kept: string, rel: string) => void {
  const folders = new Set<string>();
  return (kept, rel) => {
    const to = join(release, rel);
    if (recycled?.delete(rel)) {
      const [have, want] = [lstatSync(to), statSync(kept)];
      if (have.ino === want.ino && have.dev === want.dev) return;
      const temp = `${to}.new-${process.pid}`;
      linkOrCopy(kept, temp);
      renameSync(temp, to);
      return;
    }
    if (!folders.has(dirname(to))) {
      mkdirSync(dirname(to), { recursive: true });
      folders.add(dirname(to));
    }
    linkOrCopy(kept, to, true);
  };
}

/** Remove files a recycled release had and this one has not, and the folders that leaves empty. */
function removeLeftovers(release: string, left: Iterable<string>): void {
  const folders = new Set<string>();
  for (const rel of left) {
    rmSync(join(release, rel), { force: true });
    for (let d = dirname(rel); d !== '.'; d = dirname(d)) folders.add(d);
  }
  for (const d of [...folders].sort((x, y) => y.length - x.length)) {
    try {
      rmdirSync(join(release, d));
    } catch {
      // Not empty: it holds files of this release.
    }
  }
}

/**
 * A release made from a build folder without copying it: every file of `source` is kept in
 * `store` under the SHA-256 of its content (text files and Pagefind's, unpacked, with their .br
 * and .gz) and hard-linked into `release`. Only content no earlier deploy stored is written or
 * compressed (a deploy of 10,000 news compressed for ~10 minutes at Brotli 11); a .br or .gz
 * always belongs to the bytes beside it, since the name it is found by is their hash; and a file
 * in the store is never changed (only replaced by rename), so the build folder can be built
 * into again, and a live release is never touched.
 *
 * `recycle`: a release that would be pruned next, whose folders become this one's (moved, then
 * changed only where a file differs). At 10,000 news a release is 22,000 folders and 200,000
 * links: making them took 8.7 s, but 22 s within a minute or so of a prune freeing as many
 * (this ext4 searches past recently freed inodes for every new one: src/lib/stale-files.ts).
 */
export async function assemble(source: string, release: string, store: string, files = walk(source), recycle?: string): Promise<Packed & { stored: number; pages: number; bytes: number }> {
  const total = { files: 0, raw: 0, brotli: 0, gzip: 0, reused: 0, stored: 0, pages: 0, bytes: 0 };
  let recycled: Set<string> | undefined;
  if (recycle) {
    renameSync(recycle, release);
    recycled = new Set(walk(release));
  }
  const place = placer(release, recycled);
  // A deploy repository's .git (dist/ kept as one) is not part of the site.
  await eachFile(files.filter((f) => !f.startsWith('.git/')), async (f) => {
    const packed = readFileSync(join(source, f));
    if (f.endsWith('.html')) total.pages += 1;
    const text = COMPRESSIBLE.test(f) || PAGEFIND_PACKED.test(f);
    const data = (PAGEFIND_PACKED.test(f) && unpackPagefind(packed)) || packed;
    const hash = sha256(data);
    const kept = join(store, hash.slice(0, 2), hash);
    if (!existsSync(kept)) {
      mkdirSync(dirname(kept), { recursive: true });
      replaceFile(kept, data);
      total.stored += 1;
    }
    place(kept, f);
    total.bytes += data.length;
    if (!text) return;
    const { sizes, reused } = await keepCompressed(data, kept);
    place(`${kept}.br`, `${f}.br`);
    place(`${kept}.gz`, `${f}.gz`);
    count(total, data.length, sizes, reused);
  });
  if (recycled) removeLeftovers(release, recycled);
  return total;
}

/** Remove kept files no release links to any more (their link count is 1: the store's own). */
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

