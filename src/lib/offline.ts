/**
 * Offline reading, shared by the service worker (src/sw/service-worker.ts), the build step that
 * makes it (scripts/build-sw.ts) and the offline page. No Chinese here: the notice a saved page
 * shows is in every page already, hidden, in its edition's script (BaseLayout's [data-offline]).
 */
export const PAGES_CACHE = 'zhuxue-pages';
export const PAGEFIND_CACHE = 'zhuxue-pagefind';
export const RUNTIME_CACHE = 'zhuxue-assets';
/** Each edition's precache (everything the service worker keeps at install), compressed. */
export const PRECACHE_BUDGET = 400 * 1024;

/** The pages every reader can read offline from the first visit, per edition (Simplified paths). */
export const ESSENTIAL_PAGES = ['/', '/guides/golden-autumn-application/', '/guides/sunshine-employment-graduates/', '/check/', '/law/', '/law/print/', '/regions/', '/search/', '/offline/'] as const;

/** The offline page of an edition, for a page that was never saved: '' or '/zh-hant'. */
export const offlinePage = (prefix: string) => `${prefix}/offline/`;

export { serviceWorkerPath } from './service-worker-path.ts';

const MARKER = 'data-offline hidden';
/** Where the saved time goes: an empty <time> is invalid HTML, so the page holds an empty span. */
export const SAVED_AT_SLOT = '<span data-saved-at></span>';

/** 2026年12月3日 14:05 (the same in both scripts), in the reader's own time zone. */
export function savedAt(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A saved page's HTML with its 离线副本 notice shown and the time it was saved (its answer's Date) filled in. */
export function showSaved(html: string, saved: Date): string {
  if (!html.includes(MARKER)) return html;
  return html.replace(MARKER, 'data-offline').replace(SAVED_AT_SLOT, `<time datetime="${saved.toISOString()}">${savedAt(saved)}</time>`);
}

/** The saved response, marked (for the service worker's cache plugin). */
export async function markSaved(response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const date = new Date(response.headers.get('date') ?? Date.now());
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(showSaved(await response.text(), Number.isNaN(date.getTime()) ? new Date() : date), { status: response.status, statusText: response.statusText, headers });
}
