import type { CollectionEntry } from 'astro:content';
import type { Section } from '../components/SiteHeader.astro';
import { ui } from '../i18n/index.ts';
import type { Publication } from './publication.ts';
import { routes } from './routes.ts';
import { updatedOf, type Site } from './site-data.ts';

/**
 * What an article's page and its 注音 version say alike: title, description, notices
 * (示例内容, draft), 最后更新, the list above it and the two addresses. Made once here, so
 * the 注音 version can never drop a notice its article shows.
 */
export interface ArticlePage {
  title: string;
  description: string;
  section: Section;
  sample: boolean;
  unpublished: Exclude<Publication, { published: true }> | undefined;
  review?: string[] | undefined;
  updated: string;
  /** The list the article belongs to: the breadcrumb before it. */
  parent: { label: string; href: string };
  href: string;
  zhuyin: string;
}

export function newsPage(item: CollectionEntry<'news'>, site: Site): ArticlePage {
  const n = item.data;
  return {
    title: n.title, description: n.summary, section: 'news', sample: n.sample, unpublished: site.unpublished('news', n), review: n.review,
    updated: updatedOf.news(item), parent: { label: ui().nav.news, href: routes.news() },
    href: routes.newsItem(item.id), zhuyin: routes.newsZhuyin(item.id),
  };
}

export function policyPage(policy: CollectionEntry<'policies'>, site: Site): ArticlePage {
  const p = policy.data;
  return {
    title: p.title, description: p.summary, section: 'policies', sample: p.sample, unpublished: site.unpublished('policies', p),
    updated: updatedOf.policy(policy), parent: { label: ui().nav.policies, href: routes.policies() },
    href: routes.policy(policy.id), zhuyin: routes.policyZhuyin(policy.id),
  };
}

export function guidePage(guide: CollectionEntry<'guides'>, site: Site): ArticlePage {
  const g = guide.data;
  return {
    title: g.title, description: g.summary, section: 'guides', sample: g.sample, unpublished: site.unpublished('guides', g),
    updated: updatedOf.guide(guide), parent: { label: ui().nav.guides, href: routes.guides() },
    href: routes.guide(guide.id), zhuyin: routes.guideZhuyin(guide.id),
  };
}
