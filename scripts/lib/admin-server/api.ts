// Decap's API requests that passed the rules (src/lib/admin/api-rules.ts), each handled under
// the server's lock: content checked as files are, commits signed by the logged-in person and
// worded on the server, publishing done here, and a deploy asked for whenever main changes.
import { cleanSaved } from '../../../src/lib/admin/clean.ts';
import type { Params } from '../../../src/lib/admin/api-rules.ts';
import { deleteMessage, mediaMessage, saveMessage } from '../../../src/lib/admin/commit-message.ts';
import { refusal, savedFileProblems } from '../../../src/lib/admin/guard.ts';
import type { StaffMember } from '../../../src/lib/admin/staff.ts';
import { fileAt, onMain, signAs } from './git.ts';
import { publishDraft, type RepoOptions } from './publish.ts';
import { logEvent, requestDeploy } from './state.ts';

export interface ApiAnswer { status: number; body: unknown }
interface DataFile { path: string; raw: string; newPath?: string }

async function forward(decapApi: string, body: unknown): Promise<ApiAnswer> {
  const answer = await fetch(decapApi, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await answer.text();
  try {
    return { status: answer.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: 502, body: { error: `内容管理的保存服务没有正常回答（${answer.status}）` } };
  }
}

export async function handleApi(o: RepoOptions & { decapApi: string }, member: StaffMember, body: { action: string; params: Params }): Promise<ApiAnswer> {
  const p = body.params as Params & Record<string, unknown>;
  const options = (p['options'] ??= {}) as Record<string, unknown>;
  const pass = () => forward(o.decapApi, body);
  switch (body.action) {
    case 'persistEntry': {
      const files = ((p.dataFiles ?? [p.entry]) as DataFile[]).filter(Boolean);
      for (const f of files) f.raw = cleanSaved(f.path, f.raw);
      // The same check as files written by hand: nothing the build would refuse is saved.
      const problems = (await Promise.all(files.map((f) => savedFileProblems(f.path, f.raw)))).flat();
      if (problems.length) {
        const answer = refusal(problems);
        logEvent(o.state, { who: member.name, what: `保存被拦下：${files.map((f) => f.path).join('、')}`, ok: false, detail: answer.error });
        return { status: 422, body: answer };
      }
      await onMain(o.repo);
      const first = files[0]!;
      options['commitMessage'] = saveMessage(first.newPath ?? first.path, first.raw, (await fileAt(o.repo, 'main', first.path)) === undefined);
      await signAs(o.repo, member);
      const answer = await pass();
      if (answer.status === 200 && options['useWorkflow'] !== true) requestDeploy(o.state, member.name, `保存 ${first.path}`);
      return answer;
    }
    case 'publishUnpublishedEntry':
      return publishDraft(o, member, String(p['collection']), String(p['slug']));
    case 'deleteFile':
    case 'deleteFiles': {
      const paths = body.action === 'deleteFile' ? [String(p.path)] : (p.paths as string[]);
      const files = await Promise.all(paths.map(async (path) => ({ path, raw: (await fileAt(o.repo, 'main', path)) ?? '' })));
      options['commitMessage'] = deleteMessage(files);
      await signAs(o.repo, member);
      const answer = await pass();
      if (answer.status === 200) {
        logEvent(o.state, { who: member.name, what: `删除了 ${paths.join('、')}，正在上线`, ok: true });
        requestDeploy(o.state, member.name, `删除 ${paths.join('、')}`);
      }
      return answer;
    }
    case 'persistMedia': {
      options['commitMessage'] = mediaMessage(String(p.asset?.path));
      await signAs(o.repo, member);
      const answer = await pass();
      if (answer.status === 200) requestDeploy(o.state, member.name, `上传 ${String(p.asset?.path)}`);
      return answer;
    }
    default:
      return pass();
  }
}
