import type { LoadedContent } from '../content/loaded.ts';
import type { EntryOf } from '../content/collections.ts';
import { publication } from '../publication.ts';
import { todayInShandong } from '../review.ts';
import { escapeText } from '../content/html-jsx.ts';
import { figureRow } from '../figures/rows.ts';
import { figuresAsText } from '../figures/quote.ts';
import { articleLabel, latestDate } from '../format.ts';
import { articleParagraphs } from '../law/articles.ts';
import { citationsAsText } from '../law/cite.ts';
import { routes } from '../routes.ts';
import { ui } from '../../i18n/index.ts';
import type { Facet, Kind } from './facets.ts';
import { aidRecords } from './aid-records.ts';

/**
 * One search result, in Simplified, as the search index sees it. Content items each make
 * one record; every law article is a record of its own (linking to its #art-N anchor).
 */
export interface SearchRecord {
  url: string;
  kind: Kind;
  title: string;
  /** Words that weigh like the title: a 文号, a law's short name and article number. */
  strong: string[];
  /** Everything else the page says that a reader may search for, as HTML. */
  html: string;
  /** YYYY-MM-DD: shown beside the result and used for "newest first". */
  date: string;
  filters: Partial<Record<Facet, string[]>>;
  docNumber?: string;
  validity?: string;
  /** Illustrative content: ranked after real content. */
  sample: boolean;
  /** The key a precise lookup (文号, law article) finds this record by. */
  ref?: string;
  /**
   * The precise keys (文号, law articles) this record's text holds, e.g. policy:guofa-2007-13:
   * a query that is one lists these pages next, apart from those that only share some characters.
   */
  holds?: string[];
  /**
   * Guides: the page's sections, each under its heading with the page's own anchor, so that
   * the index can say which section a question is about (Pagefind sub-results).
   */
  sections?: SearchSection[];
}

export interface SearchSection {
  /** The heading's id on the page, e.g. documents. */
  id: string;
  title: string;
  html: string;
}

/** What a record says, as plain text: its title, strong words and body (for the folding tables and the search-word checks). */
export function recordText(r: Pick<SearchRecord, 'title' | 'strong' | 'html'>): string {
  return [r.title, ...r.strong, htmlText(r.html)].join('\n');
}

/** Markup removed and the escapes escapeText writes undone. */
export const htmlText = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const paragraphs = (...texts: (string | undefined)[]) =>
  texts.filter((t): t is string => !!t).map((t) => `<p>${escapeText(t)}</p>`).join('');
const yearOf = (date: string) => [date.slice(0, 4)];

/** The 一看就懂 box's four answers: the page's ids (GuideAtAGlance), their labels and the guide's fields. */
export const GLANCE = [
  { id: 'glance-who', label: 'who', field: 'audience' },
  { id: 'glance-help', label: 'help', field: 'help' },
  { id: 'glance-when', label: 'when', field: 'deadline' },
  { id: 'glance-where', label: 'where', field: 'where' },
] as const;
const cityIds = (ids: readonly string[], c: LoadedContent) => ids.filter((id) => c.regions.get(id)?.level === 'city');

/**
 * A rendered body cut at its <h2 id> headings (ids as the page has them). Text before the first
 * heading follows the previous section on the page, so it is returned apart as `lead`.
 */
function bodySections(html: string): { lead: string; sections: SearchSection[] } {
  const heads = [...html.matchAll(/<h2 id="([^"]+)"[^>]*>(.*?)<\/h2>/g)];
  return {
    lead: html.slice(0, heads[0]?.index ?? html.length),
    sections: heads.map((h, i) => ({
      id: h[1] ?? '', title: htmlText(h[2] ?? ''),
      html: html.slice((h.index ?? 0) + h[0].length, heads[i + 1]?.index ?? html.length),
    })),
  };
}

/**
 * Every published item as search records. `bodies` holds rendered MDX bodies by "collection/id".
 * Drafts and entries dated after `today` are not published, so not searchable.
 */
export function searchRecords(c: LoadedContent, bodies: ReadonlyMap<string, string>, today = todayInShandong()): SearchRecord[] {
  const live = (collection: 'news' | 'policies' | 'guides', data: EntryOf<'news' | 'policies' | 'guides'>) => publication(collection, data, today).published;
  const records: SearchRecord[] = [];
  const article = (lawId: string, n: number) => {
    const law = c.law.get(lawId);
    const a = law?.articles.find((x) => x.number === n);
    return law && a ? { lawId, lawTitle: law.title, number: n, text: a.text } : undefined;
  };
  const body = (key: string) => figuresAsText(citationsAsText(bodies.get(key) ?? '', article), c.figures);

  for (const [id, p] of c.policies) {
    if (!live('policies', p)) continue;
    records.push({
      url: routes.policy(id), kind: 'policy', title: p.title, strong: p.docNumber ? [p.docNumber] : [],
      html: paragraphs(p.summary, p.issuer) + body(`policies/${id}`), date: p.issuedOn,
      filters: { kind: ['policy'], program: [...p.programs], topic: [...p.topics], ...(p.status ? { validity: [p.status] } : {}), year: yearOf(p.issuedOn), city: cityIds([p.region], c) },
      ...(p.docNumber ? { docNumber: p.docNumber } : {}), ...(p.status ? { validity: p.status } : {}), sample: p.sample, ref: `policy:${id}`,
    });
  }
  const t = ui().guide;
  for (const [id, g] of c.guides) {
    if (!live('guides', g)) continue;
    const steps = g.steps.map((s) => [s.title, s.where, s.when, s.body].filter(Boolean).join(' '));
    const amounts = g.amounts.map((a) => `${c.regions.get(a.region)?.name ?? a.region} ${a.year} 年${a.who ? `，${a.who}` : ''}：${a.amount}${a.upTo ? `–${a.upTo}` : ''} ${t.yuan}`);
    const bodyParts = bodySections(body(`guides/${id}`));
    const contacts = g.contacts.map((r) => c.regions.get(r)).flatMap((r) => (r ? [[r.federation ?? r.name, r.hotline, r.phone, r.address].filter(Boolean).join(' ')] : []));
    // The 一看就懂 box, one section per question it answers (the page's <dt id>), so that
    // 什么时候申请 leads to its answer there, not to the longest section.
    const sections: SearchSection[] = [
      { id: 'at-a-glance', title: t.atAGlance, html: paragraphs(g.summary) },
      ...GLANCE.map(({ id, label, field }) => ({ id, title: t[label], html: paragraphs(g[field]) })),
      { id: 'eligibility', title: t.eligibility, html: paragraphs(...g.eligibility.map((e) => e.text)) },
      ...(g.amounts.length ? [{ id: 'amounts', title: t.amounts, html: paragraphs(g.amountNote, ...amounts) }] : []),
      {
        id: 'documents', title: t.documents,
        html: paragraphs(...g.documents.items.map((d) => [d.name, d.note].filter(Boolean).join('：')), g.documents.note, t.checklist, ...g.preparation),
      },
      { id: 'steps', title: t.steps, html: paragraphs(...steps) + bodyParts.lead },
      ...bodyParts.sections,
      ...(contacts.length ? [{ id: 'contacts', title: t.contacts, html: paragraphs(...contacts) }] : []),
    ];
    records.push({
      url: routes.guide(id), kind: 'guide', title: g.title, strong: [], sections,
      html: sections.map((s) => `<h2 id="${s.id}">${escapeText(s.title)}</h2>${s.html}`).join(''),
      date: g.updatedOn, filters: { kind: ['guide'], program: [g.program], year: yearOf(g.updatedOn) }, sample: g.sample,
    });
  }
  for (const check of c.checks.values()) {
    records.push({
      url: routes.check(), kind: 'guide', title: check.title, strong: [],
      html: paragraphs(check.intro, ...check.questions.map((q) => q.text), ...check.outcomes.flatMap((o) => [o.title, o.why, ...o.todo])),
      date: check.updatedOn, filters: { kind: ['guide'], program: ['golden-autumn', 'sunshine-employment'], year: yearOf(check.updatedOn) }, sample: false,
    });
  }
  for (const [id, law] of c.law) {
    const date = law.revisedOn ?? law.adoptedOn;
    const common = {
      kind: 'law' as const, date, sample: law.sample, ...(law.status ? { validity: law.status } : {}),
      filters: { kind: ['law'], ...(law.status ? { validity: [law.status] } : {}), year: yearOf(date) },
    };
    records.push({
      ...common, url: routes.lawInstrument(id), title: `《${law.title}》`, strong: [law.shortName, ...(law.docNumber ? [law.docNumber] : [])],
      html: paragraphs(law.issuer, `收录${law.articles.map((a) => articleLabel(a.number)).join('、')}`), ref: `law:${id}`,
      ...(law.docNumber ? { docNumber: law.docNumber } : {}),
    });
    for (const a of law.articles) {
      records.push({
        ...common, url: routes.lawArticle(id, a.number), title: `《${law.shortName}》${articleLabel(a.number)}`,
        strong: [`${law.title}${articleLabel(a.number)}`], html: paragraphs(a.chapter, ...articleParagraphs(a.text)), ref: `law:${id}#art-${a.number}`,
      });
    }
  }
  for (const [id, n] of c.news) {
    if (!live('news', n)) continue;
    records.push({
      url: routes.newsItem(id), kind: 'news', title: n.title, strong: [], html: paragraphs(n.unit, ...n.tags) + body(`news/${id}`),
      date: n.publishedOn, filters: { kind: ['news'], program: [...n.programs], city: cityIds(n.cities, c), year: yearOf(n.publishedOn) },
      sample: n.sample,
    });
  }
  const look = { regionName: (r: string) => c.regions.get(r)?.name ?? r, newsTitle: (n: string) => c.news.get(n)?.title ?? n };
  for (const y of c.figures.values()) {
    const rows = y.entries.map((e) => figureRow(e, y.sources, look));
    const sources = Object.values(y.sources).map((s) => ('news' in s ? c.news.get(s.news)?.publishedOn : s.publishedOn));
    records.push({
      url: routes.figuresYear(y.year), kind: 'figures', title: `${y.year} 年金秋助学和阳光就业数据`, strong: [],
      // The number as tables show it (3,807.91) and as people type it (3807.91).
      html: paragraphs(...rows.map((r) => `${r.label}（${r.scopeName}）：${r.display} ${r.unit}（${r.value}）`)),
      date: latestDate(sources) ?? `${y.year}-12-31`,
      filters: { kind: ['figures'], program: [...new Set(rows.map((r) => r.program))], year: [String(y.year)], city: cityIds([...new Set(rows.map((r) => r.scope))], c) },
      sample: y.sample,
    });
  }
  records.push(...aidRecords(c));
  records.push(...contactRecords(c));
  return withHolds(records, c);
}

/**
 * Mark each record with the 文号 and law articles its text says, as readers write them
 * (国发〔2007〕13号; 《中华人民共和国教育法》第三十八条, 教育法第三十八条). A record is not
 * said to hold itself: a precise lookup lists it first anyway.
 */
function withHolds(records: SearchRecord[], c: LoadedContent): SearchRecord[] {
  const namesOf = (l: EntryOf<'law'>) => [...new Set([l.title, l.shortName, l.title.replace(/^中华人民共和国/, '')])];
  const allNames = [...c.law.values()].flatMap(namesOf);
  const keys = [
    ...[...c.policies].flatMap(([id, p]) => (p.docNumber ? [{ ref: `policy:${id}`, says: [{ name: '', text: p.docNumber }] }] : [])),
    ...[...c.law].flatMap(([id, l]) => l.articles.map((a) => ({
      ref: `law:${id}#art-${a.number}`,
      says: namesOf(l).map((name) => ({ name, text: `${name}${articleLabel(a.number)}` })),
    }))),
  ];
  // 高等教育法第九条 is not 教育法第九条: a match counts only where no longer law name ends there.
  const found = (text: string, say: { name: string; text: string }) => {
    for (let i = text.indexOf(say.text); i >= 0; i = text.indexOf(say.text, i + 1)) {
      const longer = allNames.some((m) => m.length > say.name.length && m.endsWith(say.name) && text.slice(0, i + say.name.length).endsWith(m));
      if (!say.name || !longer) return true;
    }
    return false;
  };
  return records.map((r) => {
    const text = recordText(r).replace(/[《》\s]/g, '');
    const holds = keys.filter((k) => k.ref !== r.ref && k.says.some((say) => found(text, say))).map((k) => k.ref);
    return holds.length ? { ...r, holds } : r;
  });
}

/**
 * The contacts page, and each union on it as a result of its own (/regions/#jinan), so that
 * 济南市总工会电话 leads to Jinan's entry and 怎么联系当地工会 to the page. A city whose phone
 * and address have no source yet says where to ask instead, as the page does.
 */
function contactRecords(c: LoadedContent): SearchRecord[] {
  const t = ui();
  const hotline = [...c.regions.values()].find((r) => r.level === 'province' && r.hotline);
  const ask = hotline ? `请向职工所在单位工会询问，或拨打${hotline.federation ?? hotline.name}${t.hotlineLabel} ${hotline.hotline}` : '请向职工所在单位工会询问';
  const common = { kind: 'contacts' as const, strong: [], date: '', sample: false };
  const unions = [...c.regions.values()].filter((r) => r.level !== 'national');
  // Only what the page says of each union, so a city's entry does not answer every question about phones.
  const line = (r: (typeof unions)[number]) => [
    r.federation ?? r.name,
    r.hotline && `${t.hotlineLabel} ${r.hotline}`, r.phone && `${t.phoneLabel} ${r.phone}`,
    r.address && `${t.addressLabel} ${r.address}`, r.website && `${t.websiteLabel} ${r.website}`,
  ].filter(Boolean).join('，');
  return [
    {
      ...common, url: routes.regions(), title: `各级工会${t.nav.regions}`, filters: { kind: ['contacts'] },
      html: paragraphs(`山东省总工会和 16 个市总工会的电话、地址和网站。没有出处的电话和地址不列出：${ask}。`, ...unions.map(line)),
    },
    ...unions.filter((r) => r.level === 'city').map((r) => ({
      ...common, url: `${routes.regions()}#${r.id}`, title: r.federation ?? r.name, filters: { kind: ['contacts'], city: [r.id] }, html: paragraphs(line(r)),
    })),
  ];
}
