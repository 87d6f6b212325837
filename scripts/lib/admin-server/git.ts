// The content repository, as the admin server changes it itself: who commits (the logged-in
// person), publishing (a merge commit of its own, so the history says who published), undo.
// Every call here runs under the server's one lock, never beside a Decap request.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { StaffMember } from '../../../src/lib/admin/staff.ts';

const run = promisify(execFile);

export async function git(repo: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', repo, ...args], { maxBuffer: 64 << 20, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C.UTF-8' } });
  return stdout;
}

export const tryGit = (repo: string, args: string[]) => git(repo, args).then((out) => out, () => undefined);

/** Commits from now on are this person's (Decap's server commits with the repository's user). */
export async function signAs(repo: string, member: StaffMember): Promise<void> {
  await git(repo, ['config', 'user.name', member.name]);
  await git(repo, ['config', 'user.email', `${member.login}@staff.zhuxue.invalid`]);
}

/** A file's text on a branch, or undefined when it is not there. */
export const fileAt = (repo: string, ref: string, path: string) => tryGit(repo, ['show', `${ref}:${path}`]);

export async function onMain(repo: string): Promise<void> {
  const head = (await git(repo, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
  if (head !== 'main') await git(repo, ['checkout', '-q', 'main']);
}

export const headOf = async (repo: string, ref = 'main') => (await git(repo, ['rev-parse', ref])).trim();

/** The files a draft branch changes against main, and the people who wrote it. */
export async function draftOf(repo: string, branch: string): Promise<{ files: string[]; writers: string[] } | undefined> {
  if (!(await tryGit(repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]))) return undefined;
  const files = (await git(repo, ['diff', '--name-only', `main...${branch}`])).split('\n').filter(Boolean);
  const writers = [...new Set((await git(repo, ['log', '--format=%an', `main..${branch}`])).split('\n').filter(Boolean))];
  return { files, writers };
}

/** Merge a reviewed draft into main as a commit of its own (never a fast-forward). */
export async function mergeDraft(repo: string, branch: string, message: string): Promise<void> {
  await git(repo, ['merge', '--no-ff', '--no-edit', '-m', message, branch]);
}

/** Back to the commit before the last operation (a merge or undo the check refused). */
export const dropLast = (repo: string, commit: string) => git(repo, ['reset', '-q', '--hard', commit]);

export interface Change { commit: string; author: string; date: string; subject: string; merge: boolean }

/** Main's own history, newest first: what was published, changed or undone, by whom, when. */
export async function history(repo: string, count = 30): Promise<Change[]> {
  const out = await git(repo, ['log', '--first-parent', `-n${count}`, '--format=%H%x1f%an%x1f%aI%x1f%s%x1f%P', 'main']);
  return out.split('\n').filter(Boolean).map((line) => {
    const [commit = '', author = '', date = '', subject = '', parents = ''] = line.split('\x1f');
    return { commit, author, date, subject, merge: parents.split(' ').length > 1 };
  });
}

/** Revert one change of main (a publish is a merge: its first parent is main before it). */
export async function revert(repo: string, change: Change, message: string): Promise<'ok' | 'conflict'> {
  try {
    await git(repo, ['revert', '--no-commit', ...(change.merge ? ['-m', '1'] : []), change.commit]);
  } catch {
    await tryGit(repo, ['revert', '--abort']);
    await tryGit(repo, ['reset', '-q', '--hard', 'HEAD']);
    return 'conflict';
  }
  await git(repo, ['commit', '-q', '--no-verify', '-m', message]);
  return 'ok';
}
