// A content repository as the server has one: the project's tracked files as they stand (this
// work tree, uncommitted changes included), committed on main by a developer.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatStaff, hashPassword, type Role } from '../../src/lib/admin/staff.ts';
import { PROJECT } from './content-copy.ts';

export function git(repo: string, ...args: string[]): string {
  // The admin's own server may be running git in the same repository at that moment (its
  // index.lock): a developer would wait and run the command again, and so does this.
  for (let attempt = 0; ; attempt++) {
    const r = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
    if (r.status === 0) return r.stdout.trim();
    if (!r.stderr.includes('index.lock') || attempt >= 20) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}

export function makeContentRepo(repo: string): void {
  const files = spawnSync('git', ['-C', PROJECT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    try {
      cpSync(join(PROJECT, f), join(repo, f));
    } catch {
      // A file deleted in the work tree but still tracked: the repository goes without it.
    }
  }
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=开发者', '-c', 'user.email=dev@zhuxue.invalid', 'commit', '-q', '-m', '网站代码与内容');
}

export interface Account { login: string; role: Role; name: string; password: string }

/** The accounts file, readable by nginx's workers (an unprivileged user when run as root). */
export async function writeStaff(file: string, accounts: readonly Account[]): Promise<void> {
  const staff = await Promise.all(accounts.map(async (a) => ({ login: a.login, role: a.role, name: a.name, hash: await hashPassword(a.password) })));
  writeFileSync(file, formatStaff(staff));
  chmodSync(file, 0o644);
  chmodSync(dirname(file), 0o755);
}
