// The daily rebuild and the git hook: systemd accepts the units, the timer fires at 06:00 in Shandong.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/content-copy.ts';

const SYSTEMD = join(PROJECT, 'deploy/systemd');

describe('deploy/systemd and deploy/git', () => {
  it('systemd-analyze verify accepts the service and the timer', () => {
    const units = readdirSync(SYSTEMD).map((f) => join(SYSTEMD, f));
    expect(units.length).toBe(4);
    const r = spawnSync('systemd-analyze', ['verify', ...units], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.stderr.trim()).toBe('');
    expect(r.status).toBe(0);
  });

  it('the visitor report runs every day at 06:30 Shanghai time from the nginx log', () => {
    const timer = readFileSync(join(SYSTEMD, 'zhuxue-stats.timer'), 'utf8');
    const r = spawnSync('systemd-analyze', ['calendar', /^OnCalendar=(.+)$/m.exec(timer)?.[1] ?? ''], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(r.stdout).toMatch(/Next elapse: .* 22:30:00 UTC/);
    expect(readFileSync(join(SYSTEMD, 'zhuxue-stats.service'), 'utf8')).toMatch(/^ExecStart=\/usr\/bin\/npm run stats -- --log \/var\/log\/nginx\/zhuxue\.access\.log --out \/srv\/zhuxue\/stats\/index\.html$/m);
  });

  it('the timer fires every day at 06:00 Asia/Shanghai (22:00 UTC) and deploys with the public address', () => {
    const timer = readFileSync(join(SYSTEMD, 'zhuxue-deploy.timer'), 'utf8');
    const spec = /^OnCalendar=(.+)$/m.exec(timer)?.[1] ?? '';
    const r = spawnSync('systemd-analyze', ['calendar', spec], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(r.stdout).toMatch(/Next elapse: .* 22:00:00 UTC/);
    const service = readFileSync(join(SYSTEMD, 'zhuxue-deploy.service'), 'utf8');
    expect(service).toMatch(/^ExecStart=\/usr\/bin\/npm run deploy -- --to \/srv\/zhuxue$/m);
    expect(service).toMatch(/^Environment=PORTAL_SITE_URL=https:\/\//m);
  });

  it('the post-receive hook is executable shell that deploys a push to main', () => {
    const hook = join(PROJECT, 'deploy/git/post-receive');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(spawnSync('sh', ['-n', hook]).status).toBe(0);
    expect(readFileSync(hook, 'utf8')).toMatch(/refs\/heads\/main[\s\S]*npm run deploy -- --to \/srv\/zhuxue/);
  });
});
