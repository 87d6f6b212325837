import type { Guide } from '../schemas/guide.ts';
import type { Law } from '../schemas/law.ts';
import type { News } from '../schemas/news.ts';
import { ui } from '../i18n/index.ts';

/**
 * schema.org descriptions of content pages, as JSON-LD: NewsArticle for news, Legislation
 * for the law compilation, GovernmentService for application guides. Pages render them in
 * Simplified; the Traditional edition converts their text and URLs with the page.
 */
export type JsonLd = Record<string, unknown> & { '@context': 'https://schema.org'; '@type': string };

const LANG = 'zh-Hans';

function publisher(site: URL): Record<string, unknown> {
  return { '@type': 'Organization', name: ui().siteName, url: site.href };
}

export function newsArticle(n: News, url: URL): JsonLd {
  return {
    '@context': 'https://schema.org', '@type': 'NewsArticle',
    headline: n.title, description: n.summary, inLanguage: LANG, url: url.href, mainEntityOfPage: url.href,
    datePublished: n.publishedOn, dateModified: n.updatedOn ?? n.publishedOn,
    author: { '@type': 'Organization', name: n.unit },
    publisher: publisher(new URL('/', url)),
    ...(n.source.url ? { isBasedOn: n.source.url } : {}),
    ...(n.tags.length ? { keywords: n.tags.join(',') } : {}),
  };
}

/** schema.org's LegalForceStatus; no statement when no source says. */
const FORCE = { 'in-force': 'https://schema.org/InForce', amended: 'https://schema.org/PartiallyInForce', repealed: 'https://schema.org/NotInForce' } as const;

export function legislation(l: Law, url: URL): JsonLd {
  return {
    '@context': 'https://schema.org', '@type': 'Legislation',
    name: l.title, alternateName: l.shortName, inLanguage: LANG, url: url.href,
    legislationType: ui().lawKinds[l.kind], legislationDate: l.adoptedOn,
    legislationPassedBy: { '@type': 'Organization', name: l.issuer },
    ...(l.docNumber ? { legislationIdentifier: l.docNumber } : {}),
    ...(l.revisedOn ? { dateModified: l.revisedOn } : {}),
    ...(l.status ? { legislationLegalForce: FORCE[l.status] } : {}),
    ...(l.source.url ? { isBasedOn: l.source.url } : {}),
  };
}

export function governmentService(g: Guide, url: URL, provider: string | undefined): JsonLd {
  return {
    '@context': 'https://schema.org', '@type': 'GovernmentService',
    name: g.title, description: g.summary, url: url.href, serviceType: ui().programs[g.program],
    audience: { '@type': 'Audience', audienceType: g.audience },
    areaServed: { '@type': 'AdministrativeArea', name: '山东省' },
    ...(provider ? { provider: { '@type': 'Organization', name: provider } } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
