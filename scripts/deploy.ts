// `npm run deploy -- --to /srv/zhuxue [--dist dist] [--rollback]`: build (into the target's kept
// build folder, or take a built dist/), check it, make it a new release of files linked from the
// target's store, precompressed, and only then switch the live release atomically. A failure leaves the live site exactly as it was. docs/deploy.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPlaceholderSite, PLACEHOLDER_SITE } from '../src/lib/site-url.ts';
import { BUILD, bytes, carryForward, currentRelease, previousRelease, prune, recyclable, releaseName, switchTo, walk } from './lib/deploy.ts';
import { COMPRESSED, assemble, pruneCompressed } from './lib/store.ts';
import { brokenSiteLinksAside } from './lib/link-check.ts';

/** Run a command with its output shown as it comes, keeping what it wrote to stderr (the reason, when it fails). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    child.on('close', (code) => done({ code: code ?? 1, stderr }));
  });
}

const { values } = parseArgs({ options: { to: { type: 'string' }, dist: { type: 'string' }, rollback: { type: 'boolean', default: false } } });
const started = performance.now();
const fail = (message: string): never => {
  console.error(`部署没有进行，网站保持原样：${message}`);
  process.exit(1);
};
if (!values.to) fail('请用 --to 指定部署目录，例如 npm run deploy -- --to /srv/zhuxue');
const target = resolve(values.to!);
mkdirSync(join(target, 'releases'), { recursive: true });

if (values.rollback) {
  // Back to the release that was live before the last switch (a second rollback undoes the first).
  const live = currentRelease(target);
  const back = previousRelease(target);
  if (!back || !existsSync(join(target, 'releases', back))) fail(`${target} 没有上一个版本可以回退（现在是 ${live ?? '无'}）`);
  switchTo(target, back!);
  console.log(`已回退：现在上线的是 releases/${back}（原来是 ${live}）`);
  process.exit(0);
}

const commit = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const name = releaseName(new Date(), commit);
const incoming = join(target, 'releases', `.incoming-${name}`);
rmSync(incoming, { recursive: true, force: true });
try {
  // The build folder is kept beside the releases: the next build into it renders, converts and
  // indexes only what changed (docs/deploy.md). The build checks the content first, before any
  // build work (a separate check took 10 s more at 10,000 news); a prebuilt --dist gets it here.
  const source = values.dist ? resolve(values.dist) : join(target, BUILD);
  if (values.dist) {
    const check = spawnSync(process.execPath, [join(import.meta.dirname, 'check-content.ts')], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error((check.stderr || check.stdout).trim());
    process.stderr.write(check.stderr);
  } else {
    console.log('构建网站……');
    const build = await run('npm', ['run', 'build'], { ...process.env, PORTAL_OUT_DIR: source });
    // Why, as the build said it (the content check's report names file, field and fix), without npm's own lines.
    if (build.code !== 0) throw new Error(`构建失败：\n${build.stderr.split('\n').filter((l) => !/^npm (error|ERR!)/.test(l)).join('\n').trim()}`);
  }
  // The address the pages were built with: a placeholder never goes live.
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(existsSync(join(source, 'index.html')) ? readFileSync(join(source, 'index.html'), 'utf8') : '')?.[1];
  if (!canonical) throw new Error('构建结果里没有首页（index.html）');
  if (isPlaceholderSite(canonical)) {
    throw new Error(`网站的公开地址没有设置，构建用的是本机预览地址 ${PLACEHOLDER_SITE}：请设置 PORTAL_SITE_URL（例如 PORTAL_SITE_URL=https://zhuxue.sdgh.example npm run deploy -- --to ${values.to}）后重新构建`);
  }
  const built = performance.now();
  const files = walk(source);
  const recycle = recyclable(target);
  // The links are checked on another thread while the release is assembled: both read every page.
  const [broken, packed] = await Promise.all([
    brokenSiteLinksAside(source, files),
    // Every file linked from the store by its content's hash: only what changed is written and
    // compressed; in the folders of the release that would be pruned next, when there is one.
    assemble(source, incoming, join(target, COMPRESSED), files, recycle && join(target, 'releases', recycle)),
  ]);
  if (broken.length) throw new Error(`有 ${broken.length} 个断链：\n${broken.slice(0, 20).join('\n')}`);
  const previous = currentRelease(target);
  const carried = previous && existsSync(join(target, 'releases', previous)) ? carryForward(join(target, 'releases', previous), incoming) : [];
  renameSync(incoming, join(target, 'releases', name));
  switchTo(target, name);
  const live = performance.now();
  // Tidying up after the switch: readers already have the new release.
  const gone = prune(target);
  const unused = pruneCompressed(join(target, COMPRESSED));
  const s = (from: number, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
  console.log(`已上线：releases/${name}（${canonical}）`);
  console.log(`  ${packed.pages} 个页面，${bytes(packed.bytes)}；${packed.files} 个文本文件 ${bytes(packed.raw)} → Brotli ${bytes(packed.brotli)}、gzip ${bytes(packed.gzip)}（${packed.reused} 个内容未变，沿用上次的压缩文件；新存 ${packed.stored} 个文件；不再用到的 ${unused} 个已删除）`);
  console.log(`  从上一版（${previous ?? '无'}）带过来 ${carried.length} 个带哈希的文件；${recycle ? `用旧版本 ${recycle} 的文件夹组装；` : ''}删去旧版本 ${gone.length} 个`);
  console.log(`  用时 ${s(started)}：构建 ${s(started, built)}，检查和组装 ${s(built, live)}，到切换共 ${s(started, live)}；之后清理 ${s(live)}`);
} catch (e) {
  rmSync(incoming, { recursive: true, force: true });
  fail((e as Error).message);
}
