import type { APIRoute } from 'astro';
import { CSV_HEADERS, CUMULATIVE_TABLE_COLUMNS, chineseNames, cumulativeRowsOpen, inChinese, toCsv } from '../../lib/figures/open-data.ts';
import { getSite } from '../../lib/site-data.ts';
import { siteUrl as publicSite } from '../../lib/site-url.ts';

/** /figures/cumulative.csv: the multi-year totals, kept apart from the yearly values. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const rows = cumulativeRowsOpen(site.cumulative?.data, { newsTitle: site.lookups.newsTitle, site: siteUrl?.href ?? `${publicSite()}/` });
  return new Response(toCsv(CUMULATIVE_TABLE_COLUMNS, inChinese(rows, chineseNames(site.lookups.regionName)), CSV_HEADERS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

