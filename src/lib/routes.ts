/**
 * Every URL the site links to, in one place. Paths end in "/" (trailingSlash: 'always').
 * A later locale (/zh-hant/) wraps these with a prefix instead of rewriting pages.
 */
export const routes = {
  home: () => '/',
  policies: () => '/policies/',
  policy: (id: string) => `/policies/${id}/`,
  /** The 注音 (pinyin) version of an article page: noindex, not searched, not in the sitemap. */
  policyZhuyin: (id: string) => `/policies/${id}/zhuyin/`,
  guides: () => '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  guideZhuyin: (id: string) => `/guides/${id}/zhuyin/`,
  /** The eligibility self-check. */
  check: () => '/check/',
  law: () => '/law/',
  lawInstrument: (id: string) => `/law/${id}/`,
  /** The whole compilation on one page, for printing. */
  lawPrint: () => '/law/print/',
  lawArticle: (id: string, n: number) => `/law/${id}/#${articleAnchor(n)}`,
  news: () => '/news/',
  newsItem: (id: string) => `/news/${id}/`,
  newsZhuyin: (id: string) => `/news/${id}/zhuyin/`,
  figures: () => '/figures/',
  figuresYear: (year: number | string) => `/figures/${year}/`,
  regions: () => '/regions/',
  /** National student aid: the overview and one page per education stage, each item at its own anchor. */
  aid: () => '/aid/',
  aidStage: (stage: string) => `/aid/${stage}/`,
  aidItem: (stage: string, item: string) => `/aid/${stage}/#${item}`,
  /** The search page; ?q= and the facets (kind, program, city, year, topic, validity) follow. */
  search: () => '/search/',
  region: (id: string) => `/regions/#${id}`,
} as const;

/** The fragment id of an article in the law compilation: art-38. */
export function articleAnchor(n: number): string {
  return `art-${n}`;
}
