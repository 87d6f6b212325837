import { ARTICLE_REF } from '../../schemas/law.ts';
import { citedArticles } from '../law/cite.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { LoadedContent } from './check.ts';
import type { ContentProblem } from './problems.ts';

const NOUN: Record<CollectionName, string> = {
  policies: '政策', guides: '指南', news: '动态', law: '法规', figures: '数据', regions: '地区', checks: '测评',
};

function fileOf(collection: CollectionName, id: string): string {
  const spec = COLLECTIONS[collection];
  if (spec.format === 'list') return `${spec.dir}/${spec.pattern}`;
  return `${spec.dir}/${id}${spec.format === 'frontmatter' ? '.mdx' : '.yaml'}`;
}

/** Edit distance, to suggest the id an author probably meant (binzhuo → binzhou). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

function hint(id: string, ids: readonly string[]): string {
  const close = ids.filter((k) => editDistance(id, k) <= Math.max(2, Math.floor(id.length / 4)));
  if (close.length) return `是否想写 ${close.slice(0, 3).join(' 或 ')}？`;
  const list = ids.slice(0, 6);
  return list.length ? `请改成已有的编号（如 ${list.join('、')}）` : '目前还没有任何条目';
}

/**
 * Check every id one entry uses to point at another. Astro only logs a dangling
 * reference(); here each one becomes a problem that stops the build.
 */
export function checkReferences(
  c: LoadedContent,
  shown: (file: string) => string,
  invalid: ReadonlySet<string> = new Set(),
  bodies: ReadonlyMap<string, string> = new Map(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  /** True when `id` exists; a file that exists but failed its schema is already reported. */
  const need = (from: CollectionName, fromId: string, field: string, to: CollectionName, id: string) => {
    if (c[to].has(id)) return true;
    if (invalid.has(`${to}/${id}`)) return false;
    const where = COLLECTIONS[to].format === 'list'
      ? `${shown(fileOf(to, id))} 中没有编号为 ${id} 的${NOUN[to]}`
      : `${shown(fileOf(to, id))} 不存在`;
    problems.push({
      file: shown(fileOf(from, fromId)),
      field,
      message: `指向不存在的${NOUN[to]}「${id}」：${where}。${hint(id, [...c[to].keys(), ...[...invalid].filter((k) => k.startsWith(`${to}/`)).map((k) => k.slice(to.length + 1))])}`,
    });
    return false;
  };

  for (const [id, p] of c.policies) {
    need('policies', id, 'region（地区）', 'regions', p.region);
    if (p.supersededBy) {
      if (p.supersededBy === id) {
        problems.push({ file: shown(fileOf('policies', id)), field: 'supersededBy（替代政策）', message: '不能指向政策本身' });
      } else {
        need('policies', id, 'supersededBy（替代政策）', 'policies', p.supersededBy);
      }
    }
  }
  /** A law article citation: the instrument must exist and have collected the article. */
  const needArticle = (from: CollectionName, fromId: string, field: string, lawId: string, num: number) => {
    if (!need(from, fromId, field, 'law', lawId)) return;
    const law = c.law.get(lawId);
    if (law && !law.articles.some((a) => a.number === num)) {
      problems.push({
        file: shown(fileOf(from, fromId)),
        field,
        message: `${law.shortName}没有收录第 ${num} 条：已收录第 ${law.articles.map((a) => a.number).join('、')} 条。请改正条号，或先在 ${shown(fileOf('law', lawId))} 中收录该条`,
      });
    }
  };
  const needRef = (from: CollectionName, fromId: string, field: string, ref: string) => {
    const [, lawId = '', num = ''] = ARTICLE_REF.exec(ref) ?? [];
    needArticle(from, fromId, field, lawId, Number(num));
  };

  for (const [id, g] of c.guides) {
    g.contacts.forEach((r, i) => need('guides', id, `contacts[${i}]（咨询地区）`, 'regions', r));
    g.amounts.forEach((a, i) => need('guides', id, `amounts[${i}].region（地区）`, 'regions', a.region));
    g.relatedPolicies.forEach((p, i) => need('guides', id, `relatedPolicies[${i}]（相关政策）`, 'policies', p));
    g.legalBasis.forEach((ref, i) => needRef('guides', id, `legalBasis[${i}]（法律依据）`, ref));
  }
  for (const [id, check] of c.checks) {
    check.outcomes.forEach((o, i) => {
      o.guides.forEach((g, j) => need('checks', id, `outcomes[${i}].guides[${j}]（指南）`, 'guides', g));
      o.legalBasis.forEach((ref, j) => needRef('checks', id, `outcomes[${i}].legalBasis[${j}]（法律依据）`, ref));
    });
  }
  // <Cite law="…" article={…} /> in MDX bodies: rendered as markers, checked here.
  for (const [key, html] of bodies) {
    const [collection = '', entryId = ''] = key.split('/') as [CollectionName, string];
    for (const { lawId, number } of citedArticles(html)) {
      needArticle(collection as CollectionName, entryId, `正文 <Cite law="${lawId}" article={${number}} />`, lawId, number);
    }
  }
  for (const [id, n] of c.news) {
    n.cities.forEach((r, i) => need('news', id, `cities[${i}]（地区）`, 'regions', r));
  }
  for (const [id, y] of c.figures) {
    y.entries.forEach((e, i) => {
      if (need('figures', id, `entries[${i}].scope（范围）`, 'regions', e.scope) && c.regions.get(e.scope)?.level === 'national') {
        problems.push({ file: shown(fileOf('figures', id)), field: `entries[${i}].scope（范围）`, message: '范围只能是 shandong（全省）或某个市' });
      }
      if ('news' in e.source && need('figures', id, `entries[${i}].source.news（出处）`, 'news', e.source.news) && c.news.get(e.source.news)?.draft) {
        problems.push({ file: shown(fileOf('figures', id)), field: `entries[${i}].source.news（出处）`, message: `动态「${e.source.news}」是草稿，不会发布：数据的出处必须是已发布的动态` });
      }
    });
  }
  for (const [id, r] of c.regions) {
    if (r.parent) need('regions', id, `${id}.parent（上级地区）`, 'regions', r.parent);
  }
  return problems;
}
