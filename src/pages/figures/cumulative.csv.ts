import type { APIRoute } from 'astro';
import { CSV_HEADERS, CUMULATIVE_TABLE_COLUMNS, cumulativeRowsOpen, inChinese, toCsv } from '../../lib/figures/open-data.ts';
import { ui } from '../../i18n/index.ts';
import { getSite, type Site } from '../../lib/site-data.ts';
import { siteUrl as publicSite } from '../../lib/site-url.ts';

/** /figures/cumulative.csv: the multi-year totals, kept apart from the yearly values. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const rows = cumulativeRowsOpen(site.cumulative?.data, { newsTitle: site.lookups.newsTitle, site: siteUrl?.href ?? `${publicSite()}/` });
  return new Response(toCsv(CUMULATIVE_TABLE_COLUMNS, inChinese(rows, names(site)), CSV_HEADERS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

/** Programs, places and confidence by the names the site shows. */
function names(site: Site) {
  const t = ui();
  return {
    program: (id: string) => t.programs[id as keyof typeof t.programs] ?? id,
    region: site.lookups.regionName,
    confidence: (level: string) => t.figures[level as 'high' | 'medium-high' | 'medium'] ?? level,
  };
}
