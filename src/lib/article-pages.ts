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

type ListSection = 'news' | 'policies' | 'guides';
const LIST_OF: Record<ListSection, () => string> = { news: routes.news, policies: routes.policies, guides: routes.guides };

/** The fields every kind fills the same way, from its front matter; the rest is per kind. */
function articlePage(
  section: ListSection,
  data: { title: string; summary: string; sample: boolean; review?: string[] },
  own: Pick<ArticlePage, 'unpublished' | 'updated' | 'href' | 'zhuyin'>,
): ArticlePage {
  return {
    title: data.title, description: data.summary, section, sample: data.sample, review: data.review,
    parent: { label: ui().nav[section], href: LIST_OF[section]() }, ...own,
  };
}

export function newsPage(item: CollectionEntry<'news'>, site: Site): ArticlePage {
  return articlePage('news', item.data, {
    unpublished: site.unpublished('news', item.data), updated: updatedOf.news(item),
    href: routes.newsItem(item.id), zhuyin: routes.newsZhuyin(item.id),
  });
}

export function policyPage(policy: CollectionEntry<'policies'>, site: Site): ArticlePage {
  return articlePage('policies', policy.data, {
    unpublished: site.unpublished('policies', policy.data), updated: updatedOf.policy(policy),
    href: routes.policy(policy.id), zhuyin: routes.policyZhuyin(policy.id),
  });
}

export function guidePage(guide: CollectionEntry<'guides'>, site: Site): ArticlePage {
  return articlePage('guides', guide.data, {
    unpublished: site.unpublished('guides', guide.data), updated: updatedOf.guide(guide),
    href: routes.guide(guide.id), zhuyin: routes.guideZhuyin(guide.id),
  });
}
