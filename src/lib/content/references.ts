import { editDistance } from './spelling.ts';
import { ARTICLE_REF } from '../../schemas/law.ts';
import { citedArticles } from '../law/cite.ts';
import { publication } from '../publication.ts';
import { todayInShandong } from '../review.ts';
import { figureTag, findFigure, quotedFigures } from '../figures/quote.ts';
import type { FigureSource } from '../../schemas/figures.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { LoadedContent } from './loaded.ts';
import type { ContentProblem } from './problems.ts';

const NOUN: Record<CollectionName, string> = {
  policies: '政策', guides: '指南', news: '动态', law: '法规', figures: '数据', cumulative: '累计数据', regions: '地区', checks: '测评', aid: '学段资助', aidContacts: '资助咨询',
};

function fileOf(collection: CollectionName, id: string): string {
  const spec = COLLECTIONS[collection];
  if (spec.format === 'list') return `${spec.dir}/${spec.pattern}`;
  return `${spec.dir}/${id}${spec.format === 'frontmatter' ? '.mdx' : '.yaml'}`;
}

export { editDistance };

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
  today = todayInShandong(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  /** A public entry must not lead to one the site does not publish (a draft, or one not yet due). */
  const needLive = (from: CollectionName, fromId: string, field: string, to: 'news' | 'policies' | 'guides', id: string) => {
    if (!need(from, fromId, field, to, id)) return;
    if (from !== 'figures' && from !== 'cumulative' && from !== 'checks' && !publication(from as 'news', c[from].get(fromId) as never, today).published) return;
    const target = c[to].get(id) as { sample?: boolean } | undefined;
    const source = c[from].get(fromId) as { sample?: boolean } | undefined;
    // The public site leaves samples out (src/lib/samples.ts): real content leading to one would link to nothing.
    if (target?.sample && !source?.sample) {
      problems.push({ file: shown(fileOf(from, fromId)), field, message: `「${id}」是示例内容（sample: true），正式网站不发布示例：真实内容不能引用它。请改为引用真实的条目，或去掉这个引用` });
      return;
    }
    const p = publication(to, c[to].get(id) as never, today);
    if (p.published) return;
    problems.push({
      file: shown(fileOf(from, fromId)), field,
      message: p.reason === 'draft'
        ? `「${id}」还是草稿，不会发布：请先发布它，或去掉这个引用`
        : `「${id}」定于 ${p.on} 发布，还没有出现在网站上：请等它发布后再引用，或把本条也定在那天之后发布`,
    });
  };
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
        needLive('policies', id, 'supersededBy（替代政策）', 'policies', p.supersededBy);
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
    g.relatedPolicies.forEach((p, i) => needLive('guides', id, `relatedPolicies[${i}]（相关政策）`, 'policies', p));
    g.legalBasis.forEach((ref, i) => needRef('guides', id, `legalBasis[${i}]（法律依据）`, ref));
  }
  for (const [id, check] of c.checks) {
    check.outcomes.forEach((o, i) => {
      o.guides.forEach((g, j) => needLive('checks', id, `outcomes[${i}].guides[${j}]（指南）`, 'guides', g));
      o.legalBasis.forEach((ref, j) => needRef('checks', id, `outcomes[${i}].legalBasis[${j}]（法律依据）`, ref));
    });
  }
  // <Cite law="…" article={…} /> in MDX bodies: rendered as markers, checked here.
  for (const [key, html] of bodies) {
    const [collection = '', entryId = ''] = key.split('/') as [CollectionName, string];
    for (const { lawId, number } of citedArticles(html)) {
      needArticle(collection as CollectionName, entryId, `正文 <Cite law="${lawId}" article={${number}} />`, lawId, number);
    }
    for (const q of quotedFigures(html)) {
      // A year file that failed its own checks is already reported.
      if (invalid.has(`figures/${q.year}`)) continue;
      const found = findFigure(c.figures, q);
      if (!found.ok) problems.push({ file: shown(fileOf(collection as CollectionName, entryId)), field: `正文 ${figureTag(q)}`, message: found.message });
    }
  }
  for (const [id, n] of c.news) {
    n.cities.forEach((r, i) => need('news', id, `cities[${i}]（地区）`, 'regions', r));
  }
  /** A figures file: scopes exist, news sources exist and are published. */
  const checkFigureFile = (collection: 'figures' | 'cumulative', id: string, f: { sources: Record<string, FigureSource>; entries: { scope: string }[] }) => {
    f.entries.forEach((e, i) => need(collection, id, `entries[${i}].scope（范围）`, 'regions', e.scope));
    for (const [key, source] of Object.entries(f.sources)) {
      if ('news' in source) needLive(collection, id, `sources.${key}.news（出处）`, 'news', source.news);
    }
  };
  for (const [id, y] of c.figures) {
    checkFigureFile('figures', id, y);
    // A city cannot report more than its province (nor a province more than the country).
    y.entries.forEach((e, i) => {
      const parent = c.regions.get(e.scope)?.parent;
      const j = y.entries.findIndex((p) => p.scope === parent && p.metric === e.metric && p.program === e.program);
      const total = y.entries[j];
      if (parent && total && e.value > total.value) {
        problems.push({
          file: shown(fileOf('figures', id)), field: `entries[${i}].value（数值）`,
          message: `${c.regions.get(e.scope)?.name ?? e.scope}的 ${e.metric}（${e.value}）大于 entries[${j}] ${c.regions.get(parent)?.name ?? parent}的总数（${total.value}）：请核对这两条`,
        });
      }
    });
  }
  for (const [id, t] of c.cumulative) checkFigureFile('cumulative', id, t);
  for (const [id, r] of c.regions) {
    if (r.parent) need('regions', id, `${id}.parent（上级地区）`, 'regions', r.parent);
  }
  return problems;
}
