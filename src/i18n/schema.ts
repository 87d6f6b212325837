import { z } from 'astro/zod';
import { PROGRAMS } from '../schemas/common.ts';
import { POLICY_LEVELS, TOPICS, VALIDITY } from '../schemas/policy.ts';
import { LAW_KINDS } from '../schemas/law.ts';
import { OUTCOME_TONES } from '../schemas/self-check.ts';
import { FACETS, KINDS } from '../lib/search/facets.ts';
import { AMOUNT_KINDS, AMOUNT_PER, CHECK_FLAGS } from '../schemas/aid.ts';

const text = z.string().trim().min(1, { error: '界面文字不能为空' });
const labels = <const T extends readonly string[]>(keys: T) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text])) as Record<T[number], typeof text>);

/**
 * Every piece of interface text, once per locale. The zh-Hans dictionary is written by hand;
 * later locales are generated from it. Checked at build by the content guard.
 */
export const uiSchema = z.strictObject({
  lang: text,
  siteName: text,
  siteTagline: text,
  skipLink: text,
  navLabel: text,
  /** The phone header's control that opens the navigation. */
  menu: text,
  breadcrumbLabel: text,
  /** The 简体/繁體 switcher's accessible name. */
  editionsLabel: text,
  nav: labels(['home', 'policies', 'guides', 'check', 'law', 'news', 'figures', 'regions'] as const),
  lastUpdated: text,
  sampleBadge: text,
  sampleNotice: text,
  /** What a list says when it has nothing published yet (the public site never shows samples). */
  empty: labels(['policies', 'guides', 'news', 'law', 'figures'] as const),
  /** Shown only in local previews, on drafts and on entries dated in the future. {date} is filled in. */
  draftBadge: text,
  draftNotice: text,
  /** Heading of a draft's open review items (batch import). */
  reviewTitle: text,
  scheduledBadge: text,
  scheduledNotice: text,
  sourceLabel: text,
  sourceLink: text,
  programs: labels(PROGRAMS),
  programBlurbs: labels(PROGRAMS),
  topics: labels(TOPICS),
  levels: labels(POLICY_LEVELS),
  validity: labels(VALIDITY),
  validityUnknown: text,
  validityUnknownNote: text,
  /** Shown under a policy title the site wrote because the document's own title was not found. */
  officialTitleNote: text,
  lawKinds: labels(LAW_KINDS),
  replacedBy: text,
  footerNote: text,
  hotlineLabel: text,
  phoneLabel: text,
  addressLabel: text,
  websiteLabel: text,
  print: text,
  /** The foot of a printout, above the page's address and its QR code. */
  printAddress: text,
  /** Guide pages. {date} is filled in. */
  guide: labels([
    'atAGlance', 'who', 'help', 'when', 'where', 'fraudTitle', 'fraudBody', 'staleTitle', 'staleBody',
    'eligibility', 'amounts', 'amountsCaption', 'yuan',
    'documents', 'checklist', 'checklistHint', 'checklistClear', 'steps', 'stepWhere', 'stepWhen',
    'contacts', 'allUnions', 'related', 'legalBasis', 'sources', 'sourceRef', 'reviewed',
  ] as const),
  /** The law compilation. {n} is filled in. */
  law: labels([
    'intro', 'toc', 'printView', 'printTitle', 'printIntro', 'cite', 'copy', 'copied', 'copyFailed', 'versionRevised', 'versionAdopted', 'versionPublished',
    'adopted', 'published', 'revised', 'effective', 'history', 'articles', 'excerptNote',
  ] as const),
  /** Yearly figures, charts and open data. {year}, {label}, {unit}, {scope}, {from}, {to} are filled in. */
  figures: labels([
    'title', 'intro', 'confidence', 'high', 'medium-high', 'medium', 'missing', 'year', 'value', 'change', 'source', 'scope',
    'period', 'metric', 'unit', 'changeSince', 'chartTitle', 'noData', 'cumulative', 'cumulativeIntro', 'cities', 'total',
    'byYear', 'allOfYear', 'openData', 'openDataIntro', 'csv', 'cumulativeCsv', 'json', 'cite', 'sample', 'sources',
  ] as const),
  /**
   * National student aid by stage (/aid/). kinds: how an amount reads, {per} and {n} filled in
   * (平均每生每年 3,700 元); change: {from} → {to}; staleBody: {date}.
   */
  aid: z.strictObject({
    ...labels([
      'title', 'intro', 'stages', 'stageLink', 'who', 'what', 'amounts', 'since', 'apply', 'where', 'note', 'policies',
      'sources', 'reviewed', 'staleTitle', 'staleBody', 'shandong', 'changes', 'changesIntro',
      'changeFrom', 'changeTo', 'contacts', 'contactsIntro', 'atAGlance', 'selfCheck', 'unionToo', 'yuan', 'change',
      'checkTitle', 'checkIntro', 'checkStage', 'factsNote', 'phones', 'when', 'always',
    ] as const).shape,
    kinds: labels(AMOUNT_KINDS),
    per: labels(AMOUNT_PER),
    /** The self-check's answers' flags, as its rules name them. */
    flags: labels(CHECK_FLAGS),
  }),
  /** The self-check. The page's script reads these from the page. */
  check: z.strictObject({
    ...labels([
      'privacy', 'noScript', 'question', 'next', 'back', 'restart', 'print', 'chooseOne', 'result', 'summary',
      'met', 'unmet', 'unsure', 'why', 'todo', 'guides', 'legal', 'answers', 'change', 'rules', 'rulesIntro',
      'leadsTo', 'outcome', 'criteria', 'union', 'unionAll', 'unionCity', 'unionCityNone', 'unionCityLink',
    ] as const).shape,
    tones: labels(OUTCOME_TONES),
  }),
  /**
   * Offline reading: the notice on a saved copy ({savedBefore} <time> {savedAfter}), and the
   * offline page shown for a page never saved (src/pages/offline.astro).
   */
  offline: labels(['savedBefore', 'savedAfter', 'title', 'intro', 'essentials', 'opened', 'openedNone', 'retry'] as const),
  notFoundTitle: text,
  notFoundBody: text,
  /** Reading aids: large text, high contrast, read-aloud and the 注音 pages. The script reads its words from the page. */
  aids: labels([
    'label', 'menu', 'large', 'bigger', 'smaller', 'contrast', 'zhuyinLink', 'zhuyinTitle', 'zhuyinNote', 'zhuyinBack',
    'readAloud', 'pause', 'resume', 'stop', 'readAloudLabel',
  ] as const),
  /** News lists, pagination and the feed. {name}, {n}, {from}, {to}, {range} are filled in. */
  news: labels([
    'intro', 'browse', 'program', 'city', 'year', 'tag', 'yearName', 'listTitle', 'listIntro', 'count', 'all',
    'pagination', 'newest', 'newer', 'older', 'oldest', 'range', 'pageTitle', 'feed', 'feedTitle', 'feedDescription', 'filedUnder',
  ] as const),
  /** The search page and the header search field. The page's script reads these from the page. */
  search: z.strictObject({
    title: text, label: text, headerLabel: text, button: text, placeholder: text, noScript: text,
    idle: text, searching: text, count: text, none: text, more: text, error: text,
    /** Search without a network, when the parts of the index it needs are not saved on the phone. */
    offline: text,
    /** A question no page matches whole: {n} pages match parts of it, {m} of {n} do. */
    partialAll: text, partialSome: text, partialNote: text,
    /** A 文号 or law article query: {n} pages hold {term}; {m} others share only some characters. */
    preciseAll: text, preciseSome: text, otherGroup: text,
    /** On a result that matches only part of the question: {words} it does match. */
    matchedOnly: text,
    /** {words}: the parts of the question that no page matches. */
    missing: text,
    /** Before the link to the guide section a result's words fall in. */
    section: text,
    /** The ways in that always help, when search cannot answer (or runs without JavaScript). */
    waysTitle: text, waysHotline: text,
    all: text, sort: text, relevance: text, newest: text, filters: text, docNumber: text,
    facets: labels(FACETS),
    kinds: labels(KINDS),
  }),
});

export type UiStrings = z.output<typeof uiSchema>;
