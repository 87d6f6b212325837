/** What a search result can be; the page shows each with its label (政策, 指南, 法规条文, 动态, 数据, 联系方式). */
export const KINDS = ['policy', 'guide', 'law', 'news', 'figures', 'contacts'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * The facets a reader can filter by, in the order the search page shows them. Values are
 * ids (news, golden-autumn, jinan, 2018, in-force), the same in both editions and in URLs.
 */
export const FACETS = ['kind', 'program', 'city', 'year', 'topic', 'validity'] as const;
export type Facet = (typeof FACETS)[number];

/** The URL parameters of the search page: the query, each facet, and the order. */
export const SORTS = ['relevance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];
