import type { Guide } from '../schemas/guide.ts';
import { ARTICLE_REF } from '../schemas/law.ts';
import { formatNumber } from './format.ts';
import type { CiteTarget } from './law/cite.ts';
import { isReviewStale } from './review.ts';
import { routes } from './routes.ts';
import type { Site } from './site-data.ts';

/** A statement's sources, as numbered links into the page's source list. */
export type SourceRef = { n: number; href: string };

/**
 * Resolve a guide's ids into what its page shows. The content guard has already proved
 * every id exists, so a miss here is a programming error and throws.
 */
export function guideView(g: Guide, site: Pick<Site, 'region' | 'article' | 'policy'>, today: string) {
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`指南引用了不存在的${what}`);
    return value;
  };
  const number = new Map(g.sources.map((s, i) => [s.id, i + 1]));
  const refs = (ids: readonly string[]): SourceRef[] =>
    ids.map((id) => {
      const n = must(number.get(id), `来源 ${id}`);
      return { n, href: `#source-${n}` };
    });
  return {
    stale: isReviewStale(g.reviewedOn, today),
    eligibility: g.eligibility.map((c) => ({ id: c.id, text: c.text, refs: refs(c.sources) })),
    amounts: g.amounts.map((a) => ({
      region: must(site.region.get(a.region), `地区 ${a.region}`).name,
      year: a.year, who: a.who, refs: refs(a.sources),
      amount: a.upTo === undefined ? formatNumber(a.amount) : `${formatNumber(a.amount)}–${formatNumber(a.upTo)}`,
    })),
    amountNoteRefs: refs(g.amountNoteSources),
    documents: g.documents.items.map((d) => ({
      text: [d.name, d.original && '（原件）', d.copies && `，${d.copies} 份`].filter(Boolean).join(''),
      note: d.note, refs: refs(d.sources),
    })),
    /** What the on-screen checklist offers to tick: the documents, then the preparations. */
    checklist: [...g.documents.items.map((d) => d.name), ...g.preparation],
    steps: g.steps.map((s) => ({ ...s, refs: refs(s.sources) })),
    sources: g.sources.map((s, i) => ({ ...s, n: i + 1, anchor: `source-${i + 1}` })),
    contacts: g.contacts.map((id) => {
      const r = must(site.region.get(id), `地区 ${id}`);
      return { name: r.federation ?? r.name, hotline: r.hotline, phone: r.phone, address: r.address, website: r.website, href: routes.region(id) };
    }),
    articles: g.legalBasis.map((ref): CiteTarget => {
      const [, lawId = '', num = ''] = must(ARTICLE_REF.exec(ref) ?? undefined, `条文 ${ref}`);
      return must(site.article(lawId, Number(num)), `条文 ${ref}`);
    }),
    policies: g.relatedPolicies.map((id) => {
      const p = must(site.policy.get(id), `政策 ${id}`).data;
      return { title: p.title, status: p.status, href: routes.policy(id) };
    }),
  };
}

export type GuideView = ReturnType<typeof guideView>;
