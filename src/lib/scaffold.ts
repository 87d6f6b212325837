import { stringify } from 'yaml';
import { ID_PATTERN } from '../schemas/common.ts';
import { todayInShandong } from './review.ts';

/** The kinds `npm run new` writes. Law and figures have no draft state, so a skeleton of them would publish placeholders. */
export const SCAFFOLD_KINDS = ['news', 'policy', 'guide'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** Marks what staff must still write; the content check refuses it in a published entry. */
export const PLACEHOLDER = '待填写';
const TODO = PLACEHOLDER;

/** Time of day in Shandong as HHMMSS, so two skeletons written the same day get different names. */
function clockInShandong(now: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .format(now).replaceAll(':', '');
}

export interface Skeleton { path: string; text: string }

/**
 * A skeleton that passes the content check: every required field present, the unknowns
 * marked 待填写, and `draft: true`, so nothing of it is published until staff finish it.
 */
export function skeleton(kind: ScaffoldKind, title: string, now = new Date(), id?: string): Skeleton {
  const today = todayInShandong(now);
  const stamp = `${today.replaceAll('-', '')}-${clockInShandong(now)}`;
  const name = id ?? (kind === 'news' ? `${today}-${clockInShandong(now)}` : `${kind}-${stamp}`);
  if (!ID_PATTERN.test(name)) {
    throw new Error(`文件名「${name}」不合规：只能用小写字母、数字和连字符，例如 guofa-2007-13`);
  }
  if (!title.trim() || title.includes('\n') || title.trim().length > 80) {
    throw new Error('标题不能为空，只能占一行，最多 80 个字：npm run new -- news "标题"');
  }
  const common = { title: title.trim(), draft: true };
  const data =
    kind === 'news'
      ? { ...common, publishedOn: today, source: { name: TODO }, unit: '山东省总工会', cities: [], programs: ['golden-autumn'], tags: [], summary: `${TODO}：一两句话说清这条动态。` }
      : kind === 'policy'
        ? { ...common, issuer: TODO, level: 'provincial', region: 'shandong', officialTitle: true, issuedOn: today.slice(0, 4), updatedOn: today, topics: ['union-aid'], programs: ['golden-autumn'], summary: `${TODO}：一两句话说清这份政策。`, source: { name: TODO } }
        : {
            ...common, program: 'golden-autumn', audience: TODO, summary: `${TODO}：一两句话说清这份指南。`, help: TODO, where: TODO, deadline: '以当地通知为准',
            eligibility: [{ id: 'condition-1', text: TODO, sources: [] }], documents: { items: [], note: '以当地通知为准。' },
            steps: [{ title: TODO, body: TODO, sources: [] }], sources: [{ id: 'source-1', name: TODO, title: TODO }], updatedOn: today, reviewedOn: today,
          };
  const folder = { news: 'news', policy: 'policies', guide: 'guides' }[kind];
  const text = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${TODO}：正文。写完后把 draft 改为 false（或删去这一行），再运行 npm run check:content。\n`;
  return { path: `${folder}/${name}.mdx`, text };
}
