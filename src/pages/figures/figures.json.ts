import type { APIRoute } from 'astro';
import { toJson } from '../../lib/figures/open-data.ts';
import { getSite } from '../../lib/site-data.ts';
import { siteUrl as publicSite } from '../../lib/site-url.ts';

/** /figures/figures.json: the yearly values and cumulative totals, with the metric catalogue. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const json = toJson(site.figures.map((f) => f.data), site.cumulative?.data, { newsTitle: site.lookups.newsTitle, site: siteUrl?.href ?? `${publicSite()}/` });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
