// The last step of `npm run build`: the search index, one Pagefind bundle per edition
// (/pagefind/zh-hans/, /pagefind/zh-hant/), from the search documents the build left
// beside dist/ (src/integrations/search-documents.ts), then removed. It runs after Astro
// has exited, so their memory never adds up. Pagefind indexes Chinese on about one core,
// so the two editions are indexed side by side (measured at 1,000 news: 5.0 s one after
// the other, 3.3 s side by side). Pagefind holds ~0.4 MB per Chinese page: when two at once
// would take more than half the machine's memory (or PORTAL_INDEX_JOBS=1), one at a time.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { EDITION_IDS, pathIn, type EditionId } from '../src/lib/editions/editions.ts';
import { importedModules, pagefindFiles, withPreloads, type PagefindEntry } from '../src/lib/search/preload.ts';
import { SEARCH_DATA, searchStaging } from '../src/lib/search/staging.ts';

const SITE = resolve(process.env['PORTAL_OUT_DIR'] ?? 'dist');
const STAGING = searchStaging(SITE);

/** Pagefind's own binary (the extended one, which segments Chinese), not its Node wrapper (~45 MB less per edition). */
function pagefindBinary(): string {
  try {
    return createRequire(import.meta.url).resolve(`@pagefind/${platform()}-${arch()}/bin/pagefind_extended`);
  } catch {
    return 'pagefind';
  }
}

function index(edition: string): Promise<string> {
  return new Promise((done, fail) => {
    const args = ['--site', join(STAGING, edition), '--output-path', join(SITE, 'pagefind', edition)];
    const child = spawn(pagefindBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(log) : fail(new Error(`Pagefind（${edition}）失败：\n${log}`))));
  });
}

/** The edition's search page asks for Pagefind's files with the page (src/lib/search/preload.ts). */
function preloadSearch(edition: EditionId): void {
  const page = join(SITE, pathIn(edition, '/search/'), 'index.html');
  if (!existsSync(page)) return;
  const bundle = `/pagefind/${edition}/`;
  const entry = JSON.parse(readFileSync(join(SITE, bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const html = readFileSync(page, 'utf8');
  const modules = importedModules(html, (url) => readFileSync(join(SITE, url), 'utf8'));
  const chunks = readdirSync(join(SITE, bundle, 'index')).map((name) => ({ name, bytes: statSync(join(SITE, bundle, 'index', name)).size }));
  writeFileSync(page, withPreloads(html, pagefindFiles(bundle, entry, edition, chunks), modules));
}

if (!existsSync(STAGING)) {
  console.error(`没有搜索文档 ${STAGING}：请先运行 astro build`);
  process.exit(1);
}
const started = performance.now();
const editions = EDITION_IDS.filter((e) => existsSync(join(STAGING, e)));
/** Measured: Pagefind's resident memory per Chinese record indexed. */
const BYTES_PER_RECORD = 0.4 * 1024 * 1024;
const records = readdirSync(join(STAGING, 'zh-hans')).length;
const together = process.env['PORTAL_INDEX_JOBS'] !== '1' && editions.length * records * BYTES_PER_RECORD < totalmem() / 2;
// The previous index is set aside, not deleted, until the new one is written: on our build
// machines, creating files just after deleting as many is 3× slower (src/lib/stale-files.ts).
// (Pagefind does not rewrite a file that exists, so it cannot write over the old index.)
const previous = join(SITE, `pagefind.old-${process.pid}`);
if (existsSync(join(SITE, 'pagefind'))) renameSync(join(SITE, 'pagefind'), previous);
try {
  const logs = together ? await Promise.all(editions.map(index)) : [];
  if (!together) for (const e of editions) logs.push(await index(e));
  editions.forEach((e, i) => {
    copyFileSync(join(STAGING, `${e}.${SEARCH_DATA}`), join(SITE, 'pagefind', e, SEARCH_DATA));
    const words = /Indexed (\d+) words/.exec(logs[i] ?? '')?.[1] ?? '?';
    console.log(`搜索索引 ${e}：${records} 条，${words} 个词 → ${join(SITE, 'pagefind', e)}/`);
    preloadSearch(e);
  });
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  rmSync(STAGING, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
}
const how = editions.length < 2 ? '' : together ? '（两版同时建索引）' : '（逐版建索引）';
console.log(`搜索索引完成${how}，用时 ${((performance.now() - started) / 1000).toFixed(2)} s`);
