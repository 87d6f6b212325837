import { defineMiddleware } from 'astro:middleware';
import { wrapNumbers } from './lib/number-wrap.ts';

/**
 * Every page, as it is rendered: numbers kept whole on one line (src/lib/number-wrap.ts), so
 * no component, body or summary can let an amount break across lines on a phone.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  return new Response(wrapNumbers(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
