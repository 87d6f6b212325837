import { getCollection, type CollectionEntry } from 'astro:content';
import { LAW_KINDS } from '../schemas/law.ts';
import type { Region } from '../schemas/region.ts';
import type { FiguresYear } from '../schemas/figures.ts';
import { resolveFigures } from './figures/quote.ts';
import type { SeriesLookups } from './figures/series.ts';
import { byDateDesc, latestDate } from './format.ts';
import { resolveCitations, type CiteTarget } from './law/cite.ts';
import { publication, type Publication } from './publication.ts';
import { isPreview } from './preview.ts';
import { isShown } from './samples.ts';
import { todayInShandong } from './review.ts';
import { ui } from '../i18n/index.ts';
import type { ReadingOverride } from '../schemas/reading-override.ts';
import { contentRoot } from './content-root.ts';
import { checkReadingOverrides } from './zhuyin/overrides.ts';
import type { AidContent } from './aid/view.ts';

/**
 * All content, loaded, filtered and sorted once per build. Pages and components read this
 * instead of querying collections themselves.
 */
export interface Site {
  policies: CollectionEntry<'policies'>[];
  guides: CollectionEntry<'guides'>[];
  news: CollectionEntry<'news'>[];
  law: CollectionEntry<'law'>[];
  /** Yearly figures, newest year first. */
  figures: CollectionEntry<'figures'>[];
  /** Multi-year totals (content/figures/cumulative.yaml), when there are any. */
  cumulative: CollectionEntry<'cumulative'> | undefined;
  regions: Region[];
  /** National student aid by stage (content/aid/) and whom to ask (content/aid-contacts/). */
  aid: AidContent;
  /** The self-check (content/check/self-check.yaml), when there is one. */
  selfCheck: CollectionEntry<'checks'> | undefined;
  policy: Map<string, CollectionEntry<'policies'>>;
  newsItem: Map<string, CollectionEntry<'news'>>;
  lawItem: Map<string, CollectionEntry<'law'>>;
  region: Map<string, Region>;
  lookups: SeriesLookups;
  /** A collected law article, as a citation shows it. */
  article: (lawId: string, n: number) => CiteTarget | undefined;
  /** An entry's MDX body as HTML, its <Cite> and <Figure> markers resolved; `cites` counts the citations. */
  bodyOf: (entry: { rendered?: { html: string } | undefined }) => { html: string; cites: number };
  /** Why an entry is not public (a draft, or scheduled for a later date); only local previews show such entries. */
  unpublished: (collection: 'news' | 'policies' | 'guides', data: { draft: boolean }) => Exclude<Publication, { published: true }> | undefined;
  /** 草稿 or 定时发布 for a list entry, or undefined when it is public. */
  unpublishedBadge: (collection: 'news' | 'policies' | 'guides', data: { draft: boolean }) => string | undefined;
  /** Staff's pinyin reading overrides (content/pinyin/overrides.yaml), already checked by the content guard. */
  readingOverrides: ReadingOverride[];
  /** The newest date anywhere in the content: shown on pages with no date of their own. */
  updated: string;
}

/** The date a page shows as 最后更新. */
export const updatedOf = {
  policy: (p: CollectionEntry<'policies'>) => p.data.updatedOn ?? p.data.source.retrievedOn ?? p.data.publishedOn ?? p.data.issuedOn,
  guide: (g: CollectionEntry<'guides'>) => g.data.updatedOn,
  news: (n: CollectionEntry<'news'>) => n.data.updatedOn ?? n.data.publishedOn,
  law: (l: CollectionEntry<'law'>) => l.data.updatedOn ?? l.data.source.retrievedOn ?? l.data.revisedOn ?? l.data.adoptedOn,
  /** A year's figures were last updated when their newest source was published. */
  figures: (y: CollectionEntry<'figures'>, site: Pick<Site, 'newsItem'>) =>
    latestDate(Object.values(y.data.sources).map((s) => ('news' in s ? site.newsItem.get(s.news)?.data.publishedOn : s.publishedOn))),
};

async function load(): Promise<Site> {
  const [allPolicies, allGuides, allNews, allLaw, allFigures, cumulative, regionEntries, checks, aidStages, aidContacts, reading] = await Promise.all([
    getCollection('policies'), getCollection('guides'), getCollection('news'),
    getCollection('law'), getCollection('figures'), getCollection('cumulative'), getCollection('regions'), getCollection('checks'),
    getCollection('aid'), getCollection('aidContacts'),
    checkReadingOverrides(contentRoot()),
  ]);
  // Production builds leave out drafts and entries dated after today; the dev server (staff's
  // preview) keeps them, and their pages say so.
  const today = todayInShandong();
  const status = (c: 'news' | 'policies' | 'guides', data: { draft: boolean }) => publication(c, data as never, today);
  const shown = (c: 'news' | 'policies' | 'guides') => (e: { data: { draft: boolean; sample: boolean } }) => isShown(e.data) && (isPreview() || status(c, e.data).published);
  // Samples only where asked for (src/lib/samples.ts); everything below sees only what is published.
  const law = allLaw.filter((e) => isShown(e.data));
  const figures = allFigures.filter((e) => isShown(e.data));
  const news = allNews.filter(shown('news')).sort(byDateDesc((n) => n.data.publishedOn, (n) => n.data.title));
  const policies = allPolicies.filter(shown('policies'));
  const guides = allGuides.filter(shown('guides'));
  // Partial dates (2018, 2018-07) sort as text, before any full date of the same year.
  policies.sort(byDateDesc((p) => p.data.issuedOn, (p) => p.data.title));
  guides.sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
  // The compilation's order: the Constitution, then laws, then regulations, each oldest first.
  law.sort((a, b) => LAW_KINDS.indexOf(a.data.kind) - LAW_KINDS.indexOf(b.data.kind) || a.data.adoptedOn.localeCompare(b.data.adoptedOn));
  figures.sort((a, b) => b.data.year - a.data.year);
  const regions = regionEntries.map((r) => r.data);
  const region = new Map(regions.map((r) => [r.id, r]));
  const newsItem = new Map(news.map((n) => [n.id, n]));
  const lawItem = new Map(law.map((l) => [l.id, l]));
  const figureYears = new Map<string, FiguresYear>(figures.map((f) => [f.id, f.data]));
  const article = (lawId: string, n: number): CiteTarget | undefined => {
    const l = lawItem.get(lawId)?.data;
    const a = l?.articles.find((x) => x.number === n);
    return l && a ? { lawId, lawTitle: l.title, number: n, text: a.text } : undefined;
  };
  // An empty site has no content date; the build date is then the honest answer.
  const updated = latestDate([
    ...policies.map(updatedOf.policy), ...guides.map(updatedOf.guide),
    ...news.map(updatedOf.news), ...law.map(updatedOf.law),
  ]) ?? new Date().toISOString().slice(0, 10);
  return {
    policies, guides, news, law, figures, regions, region, newsItem, lawItem, article,
    selfCheck: checks.find((c) => c.id === 'self-check'),
    aid: { aid: new Map(aidStages.map((e) => [e.id, e.data])), aidContacts: new Map(aidContacts.map((e) => [e.id, e.data])) },
    unpublished: (c, data) => {
      const p = status(c, data);
      return p.published ? undefined : p;
    },
    unpublishedBadge: (c, data) => {
      const p = status(c, data);
      return p.published ? undefined : p.reason === 'draft' ? ui().draftBadge : ui().scheduledBadge;
    },
    cumulative: cumulative[0],
    policy: new Map(policies.map((p) => [p.id, p])),
    bodyOf: (entry) => {
      const { html, count } = resolveCitations(entry.rendered?.html ?? '', article, 'cite');
      return { html: resolveFigures(html, figureYears).html, cites: count };
    },
    lookups: {
      regionName: (id) => region.get(id)?.name ?? id,
      regionLevel: (id) => region.get(id)?.level,
      newsTitle: (id) => newsItem.get(id)?.data.title ?? id,
    },
    updated,
    readingOverrides: reading.overrides,
  };
}

let cached: Promise<Site> | undefined;
export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
