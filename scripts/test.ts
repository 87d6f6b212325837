// `npm test`: every check, in order, against a fresh production build. Ends with one line
// "total: N passed, M failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';
import { ensureJava } from './lib/html-checker.ts';
import { ensureNginx } from './lib/nginx.ts';

mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label} ━━ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** Add a runner's own counts from its JSON report; a step that crashed counts as one failure. */
function tally(ok: boolean, report: string, read: (json: any) => [number, number]): void {
  if (existsSync(report)) {
    const [p, f] = read(JSON.parse(readFileSync(report, 'utf8')));
    passed += p;
    failed += f;
    if (!ok && f === 0) failed += 1;
  } else {
    failed += ok ? 0 : 1;
  }
}

function finish(): never {
  console.log(`\ntotal: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

let chromiumPath: string | undefined;
try {
  chromiumPath = findChromium();
  // The deploy tests run the real nginx: installed like Chromium (root on Debian), never skipped.
  ensureNginx();
  // The W3C Nu checker validates every built page (tests/e2e/valid-html.e2e.ts).
  ensureJava();
} catch (e) {
  console.error((e as Error).message);
  failed += 1;
  finish();
}

for (const f of ['.tmp/vitest.json', '.tmp/playwright.json']) rmSync(f, { force: true });

// 1. Types and Astro diagnostics (also runs the content guard).
if (!run('类型检查', 'astro', ['check'])) {
  failed += 1;
  finish();
}
// 2. Unit tests and build-failure tests.
const unitOk = run('单元测试与构建失败测试', 'vitest', ['run']);
tally(unitOk, '.tmp/vitest.json', (j) => [j.numPassedTests, j.numFailedTests]);
// 3. The production build the browser tests run against.
// Samples and the component examples page are asked for: the browser tests check their marks
// and run axe on every component state. The production build without them is tested in
// tests/deploy/nginx.test.ts.
if (!run('构建', 'npm', ['run', 'build'], { PORTAL_SAMPLES: '1' })) {
  failed += 1;
  finish();
}
// 4. Browser tests.
const e2eOk = run('浏览器测试', 'playwright', ['test'], { CI: process.env['CI'] ?? '', PORTAL_CHROMIUM: chromiumPath ?? '' });
tally(e2eOk, '.tmp/playwright.json', (j) => [j.stats.expected + j.stats.flaky, j.stats.unexpected]);
finish();
