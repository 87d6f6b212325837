/**
 * Content-hashed files, by their path from the site's root (no leading slash): Astro's assets
 * and Pagefind's index, fragments, filters and metadata. They never change under their name, so
 * a deploy carries them forward for pages still open (scripts/lib/deploy.ts) and the service
 * worker serves them from its cache (src/sw/service-worker.ts). deploy/nginx caches the same set for a year.
 */
export const HASHED = /^(_astro\/|pagefind\/[^/]+\/(index|fragment|filter)\/|pagefind\/[^/]+\/[^/]+\.pf_meta$)/;
