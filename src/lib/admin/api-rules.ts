// What the live admin's API lets a logged-in person do, decided before anything reaches
// Decap's server (which would write anywhere in the repository, for anyone). Pure: the admin
// server (scripts/lib/admin-server/) adds what needs the disk (symlinks) and git.
import { posix } from 'node:path';
import type { Role } from './staff.ts';
import { collectionOf } from './guard.ts';

/** Where media uploads go (the admin's media_folder). */
export const MEDIA_DIR = 'public/media';
export const MEDIA_TYPES = /\.(jpe?g|png|webp|gif|pdf)$/i;
/** An entry file is text a person wrote: far below this. */
export const MAX_ENTRY_BYTES = 256 * 1024;
export const MAX_MEDIA_BYTES = 5 * 1024 * 1024;
/** The whole request (nginx refuses larger ones first, with the same limit: zhuxue-admin.conf). */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

export type Verdict = { ok: true } | { ok: false; status: 403 | 413 | 422; error: string };

const READS = new Set(['info', 'entriesByFolder', 'entriesByFiles', 'getEntry', 'unpublishedEntries', 'unpublishedEntry',
  'unpublishedEntryDataFile', 'unpublishedEntryMediaFile', 'getMedia', 'getMediaFile', 'getDeployPreview']);
/** Writes that stay on a draft branch: what an editor does. */
const DRAFTS = new Set(['persistEntry', 'updateUnpublishedEntryStatus', 'deleteUnpublishedEntry']);
/** Writes that change the live site: a reviewer's. */
const LIVE = new Set(['publishUnpublishedEntry', 'persistMedia', 'deleteFile', 'deleteFiles']);
/** Decap's statuses: 草稿, 待审核, 待发布 (ready); only a reviewer marks an item ready. */
const EDITOR_STATUSES = new Set(['draft', 'pending_review']);

const refuse = (status: 403 | 413 | 422, error: string): Verdict => ({ ok: false, status, error });
const REVIEWER_ONLY = (what: string) => refuse(403, `只有审核人可以${what}：请提交审核，由审核人发布。`);

/**
 * A path inside the repository that the admin may touch: written the one plain way (relative,
 * no `..`, no `./`, no backslash), under content/ or the media folder.
 */
export function pathProblem(path: unknown, contentDir: string): string | undefined {
  if (typeof path !== 'string' || !path) return '缺少文件路径';
  const plain = !path.startsWith('/') && !path.includes('\\') && !path.includes('\0') && posix.normalize(path) === path
    && !path.split('/').some((part) => part === '..' || part === '.' || part === '');
  if (!plain) return `路径“${path}”不是内容文件夹里的普通路径`;
  if (!path.startsWith(`${contentDir}/`) && !path.startsWith(`${MEDIA_DIR}/`)) return `路径“${path}”不在 ${contentDir}/ 或 ${MEDIA_DIR}/ 里：后台只能读写内容和图片`;
  return undefined;
}

/** A content file the schemas know (news, policies, …), under contentDir. */
export function entryPathProblem(path: unknown, contentDir: string): string | undefined {
  const p = pathProblem(path, contentDir);
  if (p) return p;
  const s = path as string;
  const inside = s.startsWith(`${contentDir}/`) ? s.slice(contentDir.length + 1) : '';
  if (inside.split('/').length !== 2 || !collectionOf(inside)) return `“${s}”不是网站认识的内容文件（工作动态、政策、指南、法规、数据、地区、学段资助）`;
  return undefined;
}

export function mediaPathProblem(path: unknown, contentDir: string): string | undefined {
  const p = pathProblem(path, contentDir);
  if (p) return p;
  const s = path as string;
  if (!s.startsWith(`${MEDIA_DIR}/`) || !MEDIA_TYPES.test(s)) return `“${s}”不能上传：图片和附件放在 ${MEDIA_DIR}/，格式为 jpg、png、webp、gif 或 pdf`;
  return undefined;
}

export interface Params {
  branch?: unknown; path?: unknown; folder?: unknown; mediaFolder?: unknown; files?: unknown; paths?: unknown; newStatus?: unknown;
  entry?: { path?: unknown; newPath?: unknown; raw?: unknown }; dataFiles?: { path?: unknown; newPath?: unknown; raw?: unknown }[];
  assets?: { path?: unknown; content?: unknown }[]; asset?: { path?: unknown; content?: unknown }; options?: { useWorkflow?: unknown };
}

/** Every path a request names, and the kind of check each gets. */
export function namedPaths(action: string, p: Params): { path: unknown; kind: 'read' | 'entry' | 'media' }[] {
  const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  const out: { path: unknown; kind: 'read' | 'entry' | 'media' }[] = [];
  if (action === 'entriesByFolder') out.push({ path: `${String(p.folder)}/x`, kind: 'read' });
  if (action === 'getMedia') out.push({ path: `${String(p.mediaFolder)}/x`, kind: 'read' });
  if (['getEntry', 'unpublishedEntryDataFile', 'unpublishedEntryMediaFile', 'getMediaFile'].includes(action)) out.push({ path: p.path, kind: 'read' });
  for (const f of list<{ path?: unknown }>(p.files)) out.push({ path: f?.path, kind: 'read' });
  if (action === 'persistEntry') {
    const files = p.dataFiles ?? (p.entry ? [p.entry] : []);
    if (!files.length) out.push({ path: undefined, kind: 'entry' });
    for (const f of files) {
      out.push({ path: f?.path, kind: 'entry' });
      if (f?.newPath !== undefined) out.push({ path: f.newPath, kind: 'entry' });
    }
    for (const a of list<{ path?: unknown }>(p.assets)) out.push({ path: a?.path, kind: 'media' });
  }
  if (action === 'persistMedia') out.push({ path: p.asset?.path, kind: 'media' });
  if (action === 'deleteFile') out.push({ path: p.path, kind: 'entry' });
  for (const path of list<unknown>(p.paths)) out.push({ path, kind: 'entry' });
  return out;
}

const base64Bytes = (s: unknown) => (typeof s === 'string' ? Math.floor((s.length * 3) / 4) : 0);

/** Whether `role` may send this request: the action, the branch, every path, every size. */
export function judge(body: { action?: unknown; params?: unknown }, role: Role, contentDir: string): Verdict {
  const action = typeof body.action === 'string' ? body.action : '';
  const p = (body.params && typeof body.params === 'object' ? body.params : {}) as Params;
  if (!READS.has(action) && !DRAFTS.has(action) && !LIVE.has(action)) return refuse(403, `后台不支持操作“${action}”`);
  if (action !== 'info' && p.branch !== 'main') return refuse(403, '只能在 main 分支上工作');
  for (const { path, kind } of namedPaths(action, p)) {
    const problem = kind === 'read' ? pathProblem(path, contentDir) : kind === 'entry' ? entryPathProblem(path, contentDir) : mediaPathProblem(path, contentDir);
    if (problem) return refuse(403, `${problem}。没有保存任何内容。`);
  }
  const texts = [...(p.dataFiles ?? (p.entry ? [p.entry] : []))].map((f) => f?.raw);
  if (texts.some((raw) => typeof raw === 'string' && Buffer.byteLength(raw) > MAX_ENTRY_BYTES)) return refuse(413, `正文太长：一篇内容不能超过 ${MAX_ENTRY_BYTES / 1024} kB。没有保存。`);
  const uploads = [...(p.assets ?? []), ...(p.asset ? [p.asset] : [])];
  if (uploads.some((a) => base64Bytes(a?.content) > MAX_MEDIA_BYTES)) return refuse(413, `文件太大：一张图片或一个附件不能超过 ${MAX_MEDIA_BYTES / 1024 / 1024} MB。没有保存。`);
  if (role === 'reviewer' || READS.has(action)) return { ok: true };
  if (LIVE.has(action)) return REVIEWER_ONLY(action === 'publishUnpublishedEntry' ? '发布' : action === 'persistMedia' ? '直接上传到网站' : '删除已发布的内容');
  if (action === 'persistEntry' && p.options?.useWorkflow !== true) return REVIEWER_ONLY('直接发布');
  if (action === 'updateUnpublishedEntryStatus' && !EDITOR_STATUSES.has(String(p.newStatus))) return REVIEWER_ONLY('把内容标为“待发布”');
  return { ok: true };
}
