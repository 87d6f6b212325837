import type { APIRoute } from 'astro';
import { toJson } from '../../lib/figures/open-data.ts';
import { getSite } from '../../lib/site-data.ts';

/** /figures/figures.json: the yearly values and cumulative totals, with the metric catalogue. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const json = toJson(site.figures.map((f) => f.data), site.cumulative?.data, { newsTitle: site.lookups.newsTitle, site: siteUrl?.href ?? 'https://zhuxue.example.org/' });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
