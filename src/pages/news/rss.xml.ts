import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { ui } from '../../i18n/index.ts';
import { routes } from '../../lib/routes.ts';
import { getSite } from '../../lib/site-data.ts';
import { siteUrl } from '../../lib/site-url.ts';

/** How many of the newest items the feed carries: readers poll it, so it stays small. */
const FEED_SIZE = 50;

/**
 * The news feed (RSS 2.0), newest first, with each item's summary. The Traditional edition's
 * /zh-hant/news/rss.xml is converted from this one with the pages (traditional-edition.ts).
 */
export async function GET(context: APIContext) {
  const site = await getSite();
  const t = ui();
  return rss({
    title: t.news.feedTitle,
    description: t.news.feedDescription,
    site: context.site ?? siteUrl(),
    items: site.news.slice(0, FEED_SIZE).map((n) => ({
      title: n.data.title,
      link: routes.newsItem(n.id),
      // Midnight in Shandong: the content knows the day, not the hour.
      pubDate: new Date(`${n.data.publishedOn}T00:00:00+08:00`),
      description: n.data.summary,
      categories: [...n.data.programs.map((p) => t.programs[p]), ...n.data.tags],
      author: undefined,
    })),
    customData: `<language>${t.lang}</language>`,
    trailingSlash: true,
  });
}
