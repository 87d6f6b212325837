// The daily rebuild and the git hook: systemd accepts the units, the timer fires at 06:00 in Shandong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/content-copy.ts';

const SYSTEMD = join(PROJECT, 'deploy/systemd');

describe('deploy/systemd and deploy/git', () => {
  it('systemd-analyze verify accepts the service and the timer', () => {
    const units = readdirSync(SYSTEMD).map((f) => join(SYSTEMD, f));
    expect(units.length).toBe(7);
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

  it('the live admin\'s units: decap-server on 127.0.0.1 in git mode, the admin server and the worker, hardened like the rest', () => {
    const read = (f: string) => readFileSync(join(SYSTEMD, f), 'utf8');
    const decap = read('zhuxue-decap.service');
    expect(decap).toMatch(/^Environment=MODE=git$/m);
    expect(decap).toMatch(/^Environment=BIND_HOST=127\.0\.0\.1$/m);
    expect(decap).toMatch(/^Environment=GIT_REPO_DIRECTORY=\/srv\/zhuxue\/content$/m);
    expect(read('zhuxue-admin.service')).toMatch(/^ExecStart=\/usr\/bin\/npm run admin:server -- --repo \/srv\/zhuxue\/content .*--staff \/etc\/zhuxue\/staff\.htpasswd$/m);
    expect(read('zhuxue-publish.service')).toMatch(/^ExecStart=\/usr\/bin\/npm run publish:worker -- --repo \/srv\/zhuxue\/content .*--to \/srv\/zhuxue /m);
    for (const f of ['zhuxue-decap.service', 'zhuxue-admin.service', 'zhuxue-publish.service']) {
      for (const line of ['User=zhuxue', 'NoNewPrivileges=yes', 'PrivateTmp=yes', 'ProtectSystem=strict', 'ProtectHome=yes']) expect(read(f), f).toMatch(new RegExp(`^${line}$`, 'm'));
      expect(read(f), f).toMatch(/^ReadWritePaths=\/srv\/zhuxue/m);
    }
  });

  it('the post-receive hook is executable shell that asks the publish worker for a deploy on a push to main', () => {
    const hook = join(PROJECT, 'deploy/git/post-receive');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(spawnSync('sh', ['-n', hook]).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'zhuxue-hook-'));
    const text = readFileSync(hook, 'utf8').replace('STATE=/srv/zhuxue/state', `STATE=${dir}`);
    const run = (ref: string) => spawnSync('sh', ['-c', text], { input: `0000 1234567890abcdef ${ref}\n`, encoding: 'utf8' });
    expect(run('refs/heads/cms/news/x').status).toBe(0);
    expect(existsSync(join(dir, 'deploy.request'))).toBe(false);
    expect(run('refs/heads/main').status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'deploy.request'), 'utf8'))).toMatchObject({ reason: '推送 1234567' });
    rmSync(dir, { recursive: true });
  });
});
