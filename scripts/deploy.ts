// `npm run deploy -- --to /srv/zhuxue [--dist dist] [--rollback]`: build (or take a built
// dist/), check it, write it as a new release, precompress it, and only then switch the live
// release atomically. A failure leaves the live site exactly as it was. docs/deploy.md.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPlaceholderSite, PLACEHOLDER_SITE } from '../src/lib/site-url.ts';
import { COMPRESSED, bytes, carryForward, currentRelease, precompress, previousRelease, prune, pruneCompressed, releaseName, sizeOf, switchTo, walk } from './lib/deploy.ts';
import { brokenSiteLinks } from './lib/link-check.ts';

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
  // The content check first: a refused file stops the deploy in seconds, before any build work.
  // In a process of its own, so that the content it loads is not held through the build (10,000
  // news: ~0.5 GB more at the build's peak).
  const check = spawnSync(process.execPath, [join(import.meta.dirname, 'check-content.ts')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error((check.stderr || check.stdout).trim());
  process.stderr.write(check.stderr);
  if (values.dist) {
    cpSync(resolve(values.dist), incoming, { recursive: true });
  } else {
    console.log('构建网站……');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, PORTAL_OUT_DIR: incoming } });
    if (build.status !== 0) throw new Error('构建失败（见上面的报错）');
  }
  rmSync(join(incoming, '.git'), { recursive: true, force: true });
  // The address the pages were built with: a placeholder never goes live.
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(existsSync(join(incoming, 'index.html')) ? readFileSync(join(incoming, 'index.html'), 'utf8') : '')?.[1];
  if (!canonical) throw new Error('构建结果里没有首页（index.html）');
  if (isPlaceholderSite(canonical)) {
    throw new Error(`网站的公开地址没有设置，构建用的是本机预览地址 ${PLACEHOLDER_SITE}：请设置 PORTAL_SITE_URL（例如 PORTAL_SITE_URL=https://zhuxue.sdgh.example npm run deploy -- --to ${values.to}）后重新构建`);
  }
  const broken = brokenSiteLinks(incoming);
  if (broken.length) throw new Error(`有 ${broken.length} 个断链：\n${broken.slice(0, 20).join('\n')}`);
  const pages = walk(incoming).filter((f) => f.endsWith('.html')).length;
  const raw = sizeOf(incoming);
  // Compressed files are kept beside the releases by content: only what changed is compressed again.
  const packed = await precompress(incoming, join(target, COMPRESSED));
  const previous = currentRelease(target);
  const carried = previous && existsSync(join(target, 'releases', previous)) ? carryForward(join(target, 'releases', previous), incoming) : [];
  renameSync(incoming, join(target, 'releases', name));
  switchTo(target, name);
  const gone = prune(target);
  const unused = pruneCompressed(join(target, COMPRESSED));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`已上线：releases/${name}（${canonical}）`);
  console.log(`  ${pages} 个页面，${bytes(raw)}；${packed.files} 个文本文件 ${bytes(packed.raw)} → Brotli ${bytes(packed.brotli)}、gzip ${bytes(packed.gzip)}（${packed.reused} 个内容未变，沿用上次的压缩文件；不再用到的 ${unused} 个压缩文件已删除）`);
  console.log(`  从上一版（${previous ?? '无'}）带过来 ${carried.length} 个带哈希的文件；删去旧版本 ${gone.length} 个；用时 ${seconds} s`);
} catch (e) {
  rmSync(incoming, { recursive: true, force: true });
  fail((e as Error).message);
}
