// A throwaway copy of the project with N synthetic news, built and deployed for real by
// `npm run bench` (scripts/bench.ts). Never touches the shipped content.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, type Measured } from './process-tree.ts';
import { syntheticNews } from './synthetic-news.ts';

const PROJECT = resolve(import.meta.dirname, '../..');

export interface BenchProject { work: string; news: number; chars: number }

/** A copy that builds exactly like a checkout; node_modules is a folder of links, so Astro's caches land in the copy. */
export function benchProject(news: number): BenchProject {
  const work = mkdtempSync(join(tmpdir(), 'zhuxue-bench-'));
  for (const item of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    cpSync(join(PROJECT, item), join(work, item), { recursive: true });
  }
  mkdirSync(join(work, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(PROJECT, 'node_modules', name), join(work, 'node_modules', name));
  }
  let chars = 0;
  for (let i = 0; i < news; i++) {
    const n = syntheticNews(i);
    writeFileSync(join(work, 'content/news', n.file), n.text);
    chars += n.bodyLength;
  }
  return { work, news, chars };
}

/** What staff do between two deploys: one news item published today. */
export function addOneItem(p: BenchProject): void {
  const n = syntheticNews(p.news + 1);
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(join(p.work, 'content/news', n.file), n.text.replace(/^publishedOn: .*$/m, `publishedOn: ${today}`));
}

export function size(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0);
}
const countPages = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

// Linux shortens process names to 15 characters.
const phaseOf = (names: string[]) => (names.some((n) => n.startsWith('pagefind')) ? '索引' : 'Astro');
const env = (extra: Record<string, string>) => ({ ...process.env, CI: '1', PORTAL_SAMPLES: '1', ...extra });

export type Built = Measured & { pages: number; dist: number; index: number; out: string };

/**
 * `npm run build` into `out`. `cold`: as from a fresh checkout, Astro's and the index's caches
 * removed first. The synthetic news are samples (scripts/lib/synthetic-news.ts): asked for, as in npm test.
 */
export async function build(p: BenchProject, out: string, { cold, traditional = true }: { cold: boolean; traditional?: boolean }): Promise<Built> {
  if (cold) for (const dir of ['.astro', 'node_modules/.astro', `${out}.cache`]) rmSync(resolve(p.work, dir), { recursive: true, force: true });
  const result = await measure('npm', ['run', 'build'], { cwd: p.work, env: env({ PORTAL_OUT_DIR: out, ...(traditional ? {} : { PORTAL_TRADITIONAL: 'off' }) }) }, phaseOf);
  if (result.code !== 0) {
    console.error(result.output.slice(-3000));
    throw new Error(`构建失败（${p.work}）`);
  }
  return { ...result, out, pages: countPages(out), dist: size(out), index: size(join(out, 'pagefind')) };
}

/** `npm run deploy` into `target`, as the daily timer runs it: build, check, precompress, switch. */
export async function deploy(p: BenchProject, target: string): Promise<Measured> {
  const result = await measure('npm', ['run', 'deploy', '--', '--to', target], { cwd: p.work, env: env({ PORTAL_SITE_URL: 'https://zhuxue.bench.example' }) }, phaseOf);
  if (result.code !== 0) {
    console.error(result.output.slice(-3000));
    throw new Error(`部署失败（${p.work}）`);
  }
  return result;
}

/** Where a build's time went, read from its own log: page generation, Traditional edition, search documents, index. */
export function steps(output = ''): string {
  const log = output.replace(/\x1b\[[\d;]*m/g, '');
  const seconds = (re: RegExp, scale = 1) => {
    const m = re.exec(log);
    return m ? `${(Number(m[1]) * (m[2] === 'ms' ? 0.001 : scale)).toFixed(1)} s` : '—';
  };
  return [
    `页面 ${seconds(/generating static routes[^]*?✓ Completed in ([\d.]+)(m?s)\./)}`,
    `繁体 ${seconds(/繁体版：\d+ 页.*?用时 (\d+) ms/, 0.001)}`,
    `搜索文档 ${seconds(/搜索文档：.*用时 (\d+) ms/, 0.001)}`,
    `索引 ${seconds(/搜索索引完成.*用时 ([\d.]+) s/)}`,
  ].join('，');
}
