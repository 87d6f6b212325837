// The last step of `npm run build`: the search index, one Pagefind bundle per edition
// (/pagefind/zh-hans/, /pagefind/zh-hant/), each in shards of at most a few thousand records
// (src/lib/search/shards.ts; the newest shard is the edition's bundle, older ones sit beside it
// and the search page merges them), from the search documents the build left beside dist/
// (src/integrations/search-documents.ts), which are then removed. It runs after Astro has
// exited, so their memory never adds up. A shard whose documents did not change since an
// earlier build is not indexed again: its output is kept under the documents' hash
// (scripts/lib/index-shards.ts). Pagefind holds ~0.36 MB per Chinese record and indexes on
// about one core: two shards are indexed side by side only while both fit INDEX_MEMORY
// (at 1,000 news both editions at once: 3.3 s, one after the other 5.0 s).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITION_IDS, pathIn, type EditionId } from '../src/lib/editions/editions.ts';
import { gunzipSync } from 'node:zlib';
import type { BundleChunks } from '../src/lib/search/chunks.ts';
import { chunkRanges } from '../src/lib/search/pagefind-meta.ts';
import { createFolder, type FoldData } from '../src/lib/search/fold.ts';
import type { QueryWords } from '../src/lib/search/question.ts';
import { earlyIndex, importedModules, indexTag, pagefindFiles, withPreloads, type PagefindEntry } from '../src/lib/search/preload.ts';
import { shardBundle, type Shard, type ShardRef } from '../src/lib/search/shards.ts';
import { SEARCH_DATA, SHARDS_FILE, searchStaging } from '../src/lib/search/staging.ts';
import { INDEX_CACHE, cachedOutput, documentsKey, placeOutput, pruneCache } from './lib/index-shards.ts';

const SITE = resolve(process.env['PORTAL_OUT_DIR'] ?? 'dist');
const STAGING = searchStaging(SITE);
/** Pagefind's memory per record indexed and its own base (measured: 2,500 records 0.89 GB, 10,000 3.2 GB). */
const BYTES_PER_RECORD = 0.36 * 1024 * 1024;
const BASE_BYTES = 40 * 1024 * 1024;
/** What the indexers may use together: the whole build stays within 2 GB (docs/benchmarks.md). */
const INDEX_MEMORY = 1.7 * 1024 * 1024 * 1024;

const require = createRequire(import.meta.url);
/** Pagefind's version (part of every shard's key): its package.json, found above its entry point (not exported). */
function pagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve('pagefind'))); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'pagefind' && pkg.version) return pkg.version;
    }
  }
  throw new Error('找不到 Pagefind 的版本（node_modules/pagefind/package.json）：请运行 npm ci');
}
const VERSION = pagefindVersion();

/** Pagefind's own binary (the extended one, which segments Chinese), not its Node wrapper (~45 MB less per run). */
function pagefindBinary(): string {
  try {
    return require.resolve(`@pagefind/${platform()}-${arch()}/bin/pagefind_extended`);
  } catch {
    return 'pagefind';
  }
}

function pagefind(site: string, output: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(pagefindBinary(), ['--site', site, '--output-path', output], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(log) : fail(new Error(`Pagefind（${site}）失败：\n${log}`))));
  });
}

interface Job { edition: EditionId; shard: Omit<Shard, 'members'> & { records: number }; docs: string; key: string; bundle: string }
const estimate = (job: Job) => BASE_BYTES + job.shard.records * BYTES_PER_RECORD;

/**
 * Index every shard whose output is not kept yet, two at a time while both fit INDEX_MEMORY
 * (PORTAL_INDEX_JOBS=1: one at a time). Returns how many were indexed and Pagefind's word counts.
 */
async function indexAll(jobs: Job[]): Promise<{ made: number; words: Map<Job, string> }> {
  const words = new Map<Job, string>();
  const running = new Set<Promise<void>>();
  let memory = 0;
  let made = 0;
  const most = process.env['PORTAL_INDEX_JOBS'] === '1' ? 1 : 2;
  for (const job of jobs) {
    while (running.size >= most || (running.size > 0 && memory + estimate(job) > INDEX_MEMORY)) await Promise.race(running);
    memory += estimate(job);
    const run: Promise<void> = cachedOutput(job.key, async (into) => {
      const log = await pagefind(job.docs, into);
      words.set(job, /Indexed (\d+) words/.exec(log)?.[1] ?? '?');
      made++;
    }).then(() => {
      memory -= estimate(job);
      running.delete(run);
    });
    running.add(run);
  }
  await Promise.all(running);
  return { made, words };
}

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
/** What a merged shard needs: its entry file, metadata and index (the runtime is the edition's bundle's). */
const SHARD_FILES = (name: string) => name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);

/** The edition's search page asks for Pagefind's files, every shard's too, with the page (src/lib/search/preload.ts). */
function preloadSearch(edition: EditionId, entry: PagefindEntry, shards: ShardRef[], index: BundleChunks[], skip: string[]): void {
  const page = join(SITE, pathIn(edition, '/search/'), 'index.html');
  if (!existsSync(page)) return;
  const bundle = `/pagefind/${edition}/`;
  const html = readFileSync(page, 'utf8');
  const modules = importedModules(html, (url) => readFileSync(join(SITE, url), 'utf8'));
  writeFileSync(page, withPreloads(html, pagefindFiles(bundle, entry, edition, shards), modules, earlyIndex(index, skip)));
}

/** Each bundle's word ranges per index chunk, from Pagefind's metadata: the search page fetches a query's chunks with them (src/lib/search/chunks.ts). */
function chunkTable(bundles: { path: string; tag: string }[]): BundleChunks[] {
  return bundles.map(({ path, tag }) => {
    const file = join(SITE, path, `pagefind.${tag}.pf_meta`);
    try {
      return { path, chunks: chunkRanges(gunzipSync(readFileSync(file))) };
    } catch (e) {
      throw new Error(`读不懂 ${file}：${(e as Error).message}`);
    }
  });
}

if (!existsSync(STAGING)) {
  console.error(`没有搜索文档 ${STAGING}：请先运行 astro build`);
  process.exit(1);
}
const started = performance.now();
const editions = EDITION_IDS.filter((e) => existsSync(join(STAGING, e)));
const shards = read<Job['shard'][]>(join(STAGING, SHARDS_FILE));
const jobs: Job[] = editions.flatMap((edition) => shards.map((shard) => {
  const docs = join(STAGING, edition, shard.id || 'newest');
  return { edition, shard, docs, key: documentsKey(docs, VERSION), bundle: shardBundle(edition, shard) };
}));
// The previous index is set aside, not deleted, until the new one is in place: on our build
// machines, creating files just after deleting as many is 3× slower (src/lib/stale-files.ts).
const previous = join(SITE, `pagefind.old-${process.pid}`);
if (existsSync(join(SITE, 'pagefind'))) renameSync(join(SITE, 'pagefind'), previous);
try {
  const { made, words } = await indexAll(jobs);
  for (const job of jobs) {
    placeOutput(join(INDEX_CACHE, job.key), join(SITE, 'pagefind', job.bundle), job.shard.id ? SHARD_FILES : undefined);
  }
  for (const edition of editions) {
    const mine = jobs.filter((j) => j.edition === edition);
    const merged: ShardRef[] = mine.filter((j) => j.shard.id).map((j) => ({
      path: `/pagefind/${j.bundle}/`,
      tag: indexTag(read<PagefindEntry>(join(SITE, 'pagefind', j.bundle, 'pagefind-entry.json')), edition),
    }));
    const data = read<Record<string, unknown>>(join(STAGING, `${edition}.${SEARCH_DATA}`));
    // The merged shards, and every shard's `part` filter value (newest first) for "newest first".
    const parts = mine.length > 1 ? { parts: mine.map((j) => j.shard.from) } : {};
    const entry = read<PagefindEntry>(join(SITE, 'pagefind', edition, 'pagefind-entry.json'));
    const own = { path: `/pagefind/${edition}/`, tag: indexTag(entry, edition) };
    const index = chunkTable([own, ...merged]);
    writeFileSync(join(SITE, 'pagefind', edition, SEARCH_DATA), JSON.stringify({ ...data, shards: merged, ...parts, index }));
    const counts = mine.map((j) => `${j.shard.from}…${j.shard.to} ${j.shard.records} 条${words.has(j) ? `（${words.get(j)} 个词）` : '（未变，沿用）'}`);
    console.log(`搜索索引 ${edition}：${counts.join('；')} → ${join(SITE, 'pagefind', edition)}/`);
    // The question words as a reader may type them on this edition's page: Simplified, and in the index's script.
    const { words: question, fold } = data as { words: QueryWords; fold: FoldData };
    preloadSearch(edition, entry, merged, index, [...question.skip, ...question.skip.map(createFolder(fold).toIndex)]);
  }
  const pruned = pruneCache();
  console.log(`搜索索引：${jobs.length} 个分片，新建 ${made} 个，沿用 ${jobs.length - made} 个${pruned ? `，清理缓存 ${pruned} 个` : ''}`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  rmSync(STAGING, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
}
console.log(`搜索索引完成，用时 ${((performance.now() - started) / 1000).toFixed(2)} s`);
