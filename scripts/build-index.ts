// The last step of `npm run build`: the Pagefind search index, one bundle per edition
// (/pagefind/zh-hans/, /pagefind/zh-hant/), each built by its own Pagefind process, both
// at once. Pagefind indexes Chinese on about one core; two editions side by side use both
// (measured at 1,000 news: 5.0 s one after the other, 3.3 s side by side). It runs after
// Astro has exited, so their memory never adds up with Astro's. Pagefind holds ~0.4 MB
// per Chinese page, so when two at once would take more than half the machine's memory
// (or PORTAL_INDEX_JOBS=1), the editions are indexed one after the other instead.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { EDITIONS, TRADITIONAL, type EditionId } from '../src/lib/editions/editions.ts';

const SITE = process.env['PORTAL_OUT_DIR'] ?? 'dist';
const BUNDLES = 'pagefind';
const traditionalDir = TRADITIONAL.prefix.slice(1);

/** The HTML files of one edition, as a Pagefind glob relative to the site folder. */
function globFor(edition: EditionId): string | undefined {
  if (edition === 'zh-hant') return existsSync(join(SITE, traditionalDir)) ? `${traditionalDir}/**/*.html` : undefined;
  const skip = new Set([traditionalDir, '_astro', BUNDLES]);
  const top = readdirSync(SITE)
    .filter((name) => !skip.has(name))
    .map((name) => (statSync(join(SITE, name)).isDirectory() ? `${name}/**/*.html` : name))
    .filter((g) => g.endsWith('.html'));
  return `{${top.join(',')}}`;
}

/**
 * Pagefind's own binary (the extended one, which segments Chinese). The `pagefind` command
 * is a Node wrapper around it: calling the binary directly saves a Node process (~45 MB)
 * per edition while both run.
 */
function pagefindBinary(): string {
  try {
    return createRequire(import.meta.url).resolve(`@pagefind/${platform()}-${arch()}/bin/pagefind_extended`);
  } catch {
    return 'pagefind';
  }
}

function index(edition: EditionId, glob: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['--site', SITE, '--glob', glob, '--output-subdir', `${BUNDLES}/${edition}`];
    const child = spawn(pagefindBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`Pagefind（${edition}）失败：\n${log}`))));
  });
}

if (!existsSync(SITE)) {
  console.error(`没有 ${SITE}/：请先运行 astro build`);
  process.exit(1);
}
/** Measured: Pagefind's resident memory per Chinese page indexed (395 MB for 1,008 pages). */
const BYTES_PER_PAGE = 0.4 * 1024 * 1024;
const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

rmSync(join(SITE, BUNDLES), { recursive: true, force: true });
const started = performance.now();
const editions = (Object.keys(EDITIONS) as EditionId[]).flatMap((e) => {
  const glob = globFor(e);
  return glob ? [{ e, glob }] : [];
});
const largest = htmlFiles(existsSync(join(SITE, traditionalDir)) ? join(SITE, traditionalDir) : SITE);
const together = process.env['PORTAL_INDEX_JOBS'] !== '1' && editions.length * largest * BYTES_PER_PAGE < totalmem() / 2;
const results: { e: EditionId; log: string }[] = [];
try {
  if (together) {
    results.push(...(await Promise.all(editions.map(async ({ e, glob }) => ({ e, log: await index(e, glob) })))));
  } else {
    for (const { e, glob } of editions) results.push({ e, log: await index(e, glob) });
  }
  for (const { e, log } of results) {
    const pages = /Indexed (\d+) pages/.exec(log)?.[1] ?? '?';
    const words = /Indexed (\d+) words/.exec(log)?.[1] ?? '?';
    console.log(`搜索索引 ${e}：${pages} 页，${words} 个词 → ${SITE}/${BUNDLES}/${e}/`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const how = editions.length < 2 ? '' : together ? '（两版同时建索引）' : '（逐版建索引）';
console.log(`搜索索引完成${how}，用时 ${((performance.now() - started) / 1000).toFixed(2)} s`);
