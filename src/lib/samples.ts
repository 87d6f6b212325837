import type { LoadedContent } from './content/loaded.ts';

/**
 * Illustrative entries (`sample: true`) and the component examples page are published only
 * where developers and tests ask for them: PORTAL_SAMPLES=1. A production build (npm start,
 * npm run build, npm run deploy) leaves them out everywhere: pages, lists, search, feeds,
 * sitemap, open data and counts.
 */
export const samplesShown = (): boolean => process.env['PORTAL_SAMPLES'] === '1';

/** Whether an entry goes out in this build. */
export const isShown = (data: { sample?: boolean }): boolean => samplesShown() || !data.sample;

/** The content without its samples (unless they are asked for): what search indexes and looks up. */
export function shownContent(c: LoadedContent): LoadedContent {
  if (samplesShown()) return c;
  const keep = <T extends { sample?: boolean }>(m: Map<string, T>) => new Map([...m].filter(([, v]) => !v.sample));
  return {
    ...c,
    policies: keep(c.policies), guides: keep(c.guides), news: keep(c.news), law: keep(c.law),
    figures: keep(c.figures),
  };
}
