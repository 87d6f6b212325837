import type { APIRoute } from 'astro';
import { CSV_HEADERS, CSV_TABLE_COLUMNS, chineseNames, inChinese, toCsv, yearlyRows } from '../../lib/figures/open-data.ts';
import { getSite } from '../../lib/site-data.ts';
import { siteUrl as publicSite } from '../../lib/site-url.ts';

/** /figures/figures.csv: every yearly value, made from content/figures at build time. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const rows = yearlyRows(site.figures.map((f) => f.data), { newsTitle: site.lookups.newsTitle, site: siteUrl?.href ?? `${publicSite()}/` });
  return new Response(toCsv(CSV_TABLE_COLUMNS, inChinese(rows, chineseNames(site.lookups.regionName)), CSV_HEADERS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

