// `npm run publish:worker -- --repo R --build B --to /srv/zhuxue --state S --site https://…`: takes
// the live admin's deploy requests one at a time. Each deploy checks out main of the content
// repository R into its own work tree B (Decap's server switches branches in R's), installs the
// dependencies when package-lock.json changed, and runs the checked deploy (npm run deploy). A
// request made while a deploy runs is folded into one more deploy after it. A failed deploy
// leaves the live site as it was; its report goes to the admin's status page.
//   [--node-modules DIR] link B's node_modules to DIR instead of npm ci (tests, one-machine trials)
//   [--once] deploy once if a request is waiting, then stop
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readStatus, takeRequest, writeStatus, type DeployResult } from './lib/admin-server/state.ts';

const { values } = parseArgs({
  options: {
    repo: { type: 'string' }, build: { type: 'string' }, to: { type: 'string' }, state: { type: 'string' }, site: { type: 'string' },
    'node-modules': { type: 'string' }, once: { type: 'boolean', default: false },
  },
});
if (!values.repo || !values.build || !values.to || !values.state || !values.site) {
  console.error('用法：npm run publish:worker -- --repo 内容仓库 --build 构建目录 --to 部署目录 --state 状态目录 --site https://网站地址');
  process.exit(1);
}
const repo = resolve(values.repo);
const build = resolve(values.build);
const state = resolve(values.state);

function git(args: string[], cwd = build): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}：${r.stderr.trim()}`);
  return r.stdout.trim();
}

/** B at main of R, with its dependencies. */
function checkout(): string {
  if (!existsSync(join(build, '.git'))) git(['clone', '-q', repo, build], resolve(build, '..'));
  git(['fetch', '-q', repo, 'main']);
  git(['reset', '-q', '--hard', 'FETCH_HEAD']);
  git(['clean', '-qfd']);
  const lock = createHash('sha256').update(readFileSync(join(build, 'package-lock.json'))).digest('hex');
  const stamp = join(build, 'node_modules', '.zhuxue-lock');
  if (values['node-modules']) {
    if (!existsSync(join(build, 'node_modules'))) symlinkSync(resolve(values['node-modules']), join(build, 'node_modules'));
  } else if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
    const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: build, stdio: 'inherit' });
    if (ci.status !== 0) throw new Error('npm ci 失败（见服务日志）');
    writeFileSync(stamp, lock);
  }
  return git(['rev-parse', 'HEAD']);
}

/** The deploy's own output is the report: its last lines say what went live or why not. */
function deploy(): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    // The live build is the content repository's own: no samples, no other content or output folder.
    const { PORTAL_SAMPLES: _s, PORTAL_CONTENT_DIR: _c, PORTAL_OUT_DIR: _o, ...env } = process.env;
    const child = spawn(process.execPath, ['scripts/deploy.ts', '--to', resolve(values.to!)], {
      cwd: build, env: { ...env, PORTAL_SITE_URL: values.site, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); process.stdout.write(d); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); process.stderr.write(d); });
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

/** What staff read: for a failure, the deploy's refusal (file, field, fix); for success, what went live. */
function reportOf(ok: boolean, output: string): string {
  const at = ok ? output.lastIndexOf('已上线：') : output.indexOf('部署没有进行');
  return (at >= 0 ? output.slice(at) : output.slice(-4000)).trim();
}

async function once(): Promise<boolean> {
  const request = takeRequest(state);
  if (!request) return false;
  const started = new Date();
  writeStatus(state, { ...readStatus(state), running: { ...request, since: started.toISOString() } });
  let result: DeployResult;
  try {
    const commit = checkout();
    const { ok, output } = await deploy();
    result = { ok, commit, started: started.toISOString(), finished: new Date().toISOString(), seconds: (Date.now() - started.getTime()) / 1000, report: reportOf(ok, output) };
  } catch (e) {
    result = { ok: false, commit: '', started: started.toISOString(), finished: new Date().toISOString(), seconds: (Date.now() - started.getTime()) / 1000, report: `部署没有进行，网站保持原样：${(e as Error).message}` };
  }
  const before = readStatus(state);
  writeStatus(state, { last: result, ...(result.ok ? { lastOk: result } : before.lastOk ? { lastOk: before.lastOk } : {}) });
  console.log(`上线${result.ok ? '成功' : '失败'}：${result.commit.slice(0, 7)}，用时 ${result.seconds.toFixed(1)} s`);
  return true;
}

if (values.once) {
  await once();
} else {
  console.log(`上线服务已启动：等待 ${state} 里的发布请求`);
  for (;;) {
    if (await once()) continue;
    // A request is a renamed file in the state folder: a watch wakes us at once, the timeout is a safety net.
    await new Promise<void>((wake) => {
      const watcher = watch(state, () => { watcher.close(); clearTimeout(timer); wake(); });
      const timer = setTimeout(() => { watcher.close(); wake(); }, 5000);
    });
  }
}
