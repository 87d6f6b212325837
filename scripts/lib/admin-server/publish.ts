// Publishing and undoing, done by the admin server itself (not Decap's server) so that each is a
// commit of the reviewer's own with a Chinese message, checked before it can reach readers:
// the whole content check runs on the result, and a refused result is taken back at once.
import { join } from 'node:path';
import { publishMessage, undoMessage } from '../../../src/lib/admin/commit-message.ts';
import type { StaffMember } from '../../../src/lib/admin/staff.ts';
import { checkAll } from '../../../src/lib/check-all.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { draftOf, dropLast, fileAt, git, headOf, history, mergeDraft, onMain, revert, signAs } from './git.ts';
import { logEvent, requestDeploy } from './state.ts';

export interface RepoOptions { repo: string; contentDir: string; state: string }

/** The whole content check on main as it now stands; the report in staff's words, or undefined. */
async function contentReport(o: RepoOptions, undone: string): Promise<string | undefined> {
  const checked = await checkAll(join(o.repo, o.contentDir));
  if (!checked.problems.length) return undefined;
  return formatProblems(checked.problems).replace('构建已停止', undone).replace('请按提示修改上述文件后重新构建。', '请按提示修改后再试。网站保持原样。');
}

/** Merge a reviewed draft into main; refused (and taken back) when the content check fails. */
export async function publishDraft(o: RepoOptions, reviewer: StaffMember, collection: string, slug: string): Promise<{ status: number; body: unknown }> {
  const branch = `cms/${collection}/${slug}`;
  await onMain(o.repo);
  const draft = await draftOf(o.repo, branch);
  if (!draft) return { status: 404, body: { error: `没有找到待发布的“${slug}”：可能已经发布或删除了，请刷新页面。` } };
  const entry = draft.files.find((f) => f.startsWith(`${o.contentDir}/`)) ?? draft.files[0] ?? slug;
  const raw = (await fileAt(o.repo, branch, entry)) ?? '';
  const before = await headOf(o.repo);
  await signAs(o.repo, reviewer);
  await mergeDraft(o.repo, branch, publishMessage({ path: entry, raw, writers: draft.writers, reviewer: reviewer.name }));
  const report = await contentReport(o, '没有发布');
  if (report) {
    await dropLast(o.repo, before);
    logEvent(o.state, { who: reviewer.name, what: `发布被拦下：${entry}`, ok: false, detail: report });
    return { status: 422, body: { error: report } };
  }
  await git(o.repo, ['branch', '-D', branch]);
  logEvent(o.state, { who: reviewer.name, what: `发布了 ${entry}，正在上线`, ok: true });
  requestDeploy(o.state, reviewer.name, `发布 ${entry}`);
  return { status: 200, body: { message: `已发布：${entry}` } };
}

/** Undo one change of main's history by a new commit; the check runs as for a publish. */
export async function undoChange(o: RepoOptions, reviewer: StaffMember, commit: string): Promise<void> {
  await onMain(o.repo);
  const changes = await history(o.repo, 200);
  const change = changes.slice(0, -1).find((c) => c.commit === commit);
  if (!change) {
    logEvent(o.state, { who: reviewer.name, what: '撤销没有进行', ok: false, detail: '在最近的修改记录里找不到这次修改，请刷新页面再试。' });
    return;
  }
  const before = await headOf(o.repo);
  await signAs(o.repo, reviewer);
  if ((await revert(o.repo, change, undoMessage(change.subject, reviewer.name, change.commit))) === 'conflict') {
    logEvent(o.state, { who: reviewer.name, what: `撤销没有进行：${change.subject}`, ok: false, detail: '这次修改之后，同一个文件又被改过，不能直接撤销。请在内容管理里把它改回去，再发布。' });
    return;
  }
  const report = await contentReport(o, '没有撤销');
  if (report) {
    await dropLast(o.repo, before);
    logEvent(o.state, { who: reviewer.name, what: `撤销被拦下：${change.subject}`, ok: false, detail: report });
    return;
  }
  logEvent(o.state, { who: reviewer.name, what: `撤销了：${change.subject}，正在上线`, ok: true });
  requestDeploy(o.state, reviewer.name, `撤销 ${change.subject}`);
}
