// The live admin's pure rules: who may do what through the API, which paths it may touch, how
// large a request may be; the accounts file nginx and the admin server share; the commit messages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { judge, MAX_ENTRY_BYTES, MAX_MEDIA_BYTES } from '../../src/lib/admin/api-rules.ts';
import { publishMessage, saveMessage, undoMessage } from '../../src/lib/admin/commit-message.ts';
import { accountProblem, formatStaff, hashPassword, parseStaff } from '../../src/lib/admin/staff.ts';
import { PROJECT } from '../helpers/content-copy.ts';

const save = (path: unknown, raw = 'x', useWorkflow = true) => ({ action: 'persistEntry', params: { branch: 'main', dataFiles: [{ path, raw }], options: { useWorkflow } } });

describe('what the admin API lets each role do', () => {
  it('lets an editor read, save drafts and submit them, and nothing that changes the live site', () => {
    expect(judge({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/news' } }, 'editor', 'content')).toEqual({ ok: true });
    expect(judge(save('content/news/2026-11-20-000000.mdx'), 'editor', 'content')).toEqual({ ok: true });
    expect(judge({ action: 'updateUnpublishedEntryStatus', params: { branch: 'main', newStatus: 'pending_review' } }, 'editor', 'content')).toEqual({ ok: true });
    for (const body of [
      { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'news', slug: 'x' } },
      { action: 'updateUnpublishedEntryStatus', params: { branch: 'main', newStatus: 'pending_publish' } },
      { action: 'deleteFile', params: { branch: 'main', path: 'content/news/2018-09-30-a907c374.mdx' } },
      { action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/media/a.png', content: 'AA==' } } },
      save('content/news/2026-11-20-000000.mdx', 'x', false),
    ]) {
      const verdict = judge(body, 'editor', 'content');
      expect(verdict, body.action).toMatchObject({ ok: false, status: 403 });
      expect(verdict.ok ? '' : verdict.error).toContain('只有审核人可以');
      expect(judge(body, 'reviewer', 'content'), body.action).toEqual({ ok: true });
    }
  });

  it('refuses every path outside content/ and the media folder, however it is written', () => {
    for (const path of ['package.json', 'scripts/deploy.ts', '.ci/run', 'deploy/nginx/zhuxue.conf', 'content/news/../../package.json', 'content/./news/a.mdx',
      '/etc/passwd', 'content\\news\\a.mdx', 'content/news//a.mdx', '', 7, 'content/secrets/a.mdx', 'content/news/deep/a.mdx', 'public/x.mdx']) {
      const verdict = judge(save(path), 'reviewer', 'content');
      expect(verdict, String(path)).toMatchObject({ ok: false, status: 403 });
    }
    expect(judge({ action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/media/x.html', content: 'AA==' } } }, 'reviewer', 'content')).toMatchObject({ status: 403 });
    expect(judge({ action: 'getEntry', params: { branch: 'main', path: '../../etc/passwd' } }, 'reviewer', 'content')).toMatchObject({ status: 403 });
    expect(judge({ action: 'runShell', params: { branch: 'main' } }, 'reviewer', 'content')).toMatchObject({ status: 403 });
    expect(judge({ ...save('content/news/a.mdx'), params: { ...save('content/news/a.mdx').params, branch: 'other' } }, 'reviewer', 'content')).toMatchObject({ status: 403 });
  });

  it('refuses an entry over 256 kB and an upload over 5 MB with 413', () => {
    expect(judge(save('content/news/a.mdx', 'x'.repeat(MAX_ENTRY_BYTES + 1)), 'reviewer', 'content')).toMatchObject({ ok: false, status: 413 });
    expect(judge(save('content/news/a.mdx', 'x'.repeat(MAX_ENTRY_BYTES)), 'reviewer', 'content')).toEqual({ ok: true });
    const big = 'A'.repeat(Math.ceil((MAX_MEDIA_BYTES + 3) / 3) * 4);
    expect(judge({ action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/media/a.png', content: big } } }, 'reviewer', 'content')).toMatchObject({ status: 413 });
  });
});

describe('the accounts file', () => {
  it('keeps login, bcrypt hash, role and name in a line nginx reads as login:hash', async () => {
    const hash = await hashPassword('a-long-password-1');
    expect(hash).toMatch(/^\$2b\$10\$/);
    expect(await bcrypt.compare('a-long-password-1', hash)).toBe(true);
    expect(await bcrypt.compare('a-long-password-2', hash)).toBe(false);
    const text = formatStaff([{ login: 'zhangsan', hash, role: 'editor', name: '张三' }]);
    expect(text).toContain(`zhangsan:${hash}:editor:张三\n`);
    expect(parseStaff(text)).toEqual([{ login: 'zhangsan', hash, role: 'editor', name: '张三' }]);
    // Lines that are not accounts never become one.
    expect(parseStaff('root:x:reviewer:管理员\nlisi:$2b$10$abc:admin:李四\nZhang:$2b$10$abc:editor:\n')).toEqual([]);
  });

  it('refuses weak or malformed accounts in Chinese', () => {
    expect(accountProblem('zhangsan', 'editor', 'a-long-password-1', '张三')).toBeUndefined();
    expect(accountProblem('张三', 'editor', 'a-long-password-1')).toContain('登录名');
    expect(accountProblem('zhangsan', 'admin', 'a-long-password-1')).toContain('--role editor');
    expect(accountProblem('zhangsan', 'editor', 'short')).toContain('密码太短');
    expect(accountProblem('zhangsan', 'editor', 'zhangsan-123456')).toContain('登录名');
    expect(accountProblem('zhangsan', 'editor', 'a-long-password-1', '张:三')).toContain('冒号');
  });

  it('npm run staff adds, lists and removes accounts; the password comes from standard input and is stored only hashed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuxue-staff-'));
    const file = join(dir, 'staff.htpasswd');
    const staff = (args: string[], input = '') => spawnSync(process.execPath, [join(PROJECT, 'scripts/staff.ts'), ...args, '--file', file], { input, encoding: 'utf8' });
    expect(staff(['add', 'lisi', '--role', 'reviewer', '--name', '李四'], 'lisi-is-not-here\n').status).not.toBe(0);
    const added = staff(['add', 'lisi', '--role', 'reviewer', '--name', '李四'], 'correct-horse-battery\n');
    expect(added.status, added.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('correct-horse-battery');
    expect(staff(['list']).stdout).toMatch(/lisi.*李四.*审核人/);
    const bad = staff(['add', 'wangwu', '--role', 'boss'], 'correct-horse-battery\n');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--role editor');
    expect(staff(['remove', 'lisi']).status).toBe(0);
    expect(parseStaff(readFileSync(file, 'utf8'))).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});

describe('commit messages say what changed, in Chinese', () => {
  const raw = '---\ntitle: 济南市总工会发放助学金\npublishedOn: 2026-11-20\n---\n正文\n';
  it('names the kind, the title and the file; a publish names writer and reviewer; an undo what it undoes', () => {
    expect(saveMessage('content/news/a.mdx', raw, true)).toBe('新建工作动态《济南市总工会发放助学金》\n\n文件：content/news/a.mdx');
    expect(saveMessage('content/news/a.mdx', raw, false)).toMatch(/^修改工作动态《/);
    expect(publishMessage({ path: 'content/news/a.mdx', raw, writers: ['张三', '王五'], reviewer: '李四' })).toMatch(/^发布工作动态《济南市总工会发放助学金》（撰写：张三、王五；审核发布：李四）/);
    expect(undoMessage('撤销：发布工作动态《x》', '李四', 'abc')).toMatch(/^撤销：发布工作动态《x》（操作：李四）/);
  });
});

describe('deploy requests between the admin server and the publish worker', () => {
  it('a publish during a deploy waits, and several fold into one more deploy', async () => {
    const { pendingRequest, requestDeploy, takeRequest } = await import('../../scripts/lib/admin-server/state.ts');
    const state = mkdtempSync(join(tmpdir(), 'zhuxue-state-'));
    requestDeploy(state, '李四', '发布 a');
    expect(takeRequest(state)).toMatchObject({ by: '李四', reason: '发布 a' }); // the worker starts a deploy
    expect(pendingRequest(state)).toBe(false);
    requestDeploy(state, '李四', '发布 b'); // two publishes while it runs …
    requestDeploy(state, '赵六', '发布 c');
    expect(pendingRequest(state)).toBe(true);
    expect(takeRequest(state)).toMatchObject({ by: '赵六', reason: '发布 c' }); // … one deploy after it, of main as it then stands
    expect(takeRequest(state)).toBeUndefined();
    rmSync(state, { recursive: true });
  });
});
