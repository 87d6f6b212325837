import type { APIRoute } from 'astro';
import { CSV_HEADERS, CSV_TABLE_COLUMNS, inChinese, toCsv, yearlyRows } from '../../lib/figures/open-data.ts';
import { ui } from '../../i18n/index.ts';
import { getSite, type Site } from '../../lib/site-data.ts';
import { siteUrl as publicSite } from '../../lib/site-url.ts';

/** /figures/figures.csv: every yearly value, made from content/figures at build time. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const rows = yearlyRows(site.figures.map((f) => f.data), { newsTitle: site.lookups.newsTitle, site: siteUrl?.href ?? `${publicSite()}/` });
  return new Response(toCsv(CSV_TABLE_COLUMNS, inChinese(rows, names(site)), CSV_HEADERS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
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
