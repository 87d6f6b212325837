// @ts-check
import { dirname } from 'node:path';
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { admin } from './src/integrations/admin.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { examplesPage } from './src/integrations/examples.ts';
import { portalSitemap } from './src/integrations/sitemap.ts';
import { searchDocuments } from './src/integrations/search-documents.ts';
import { staleOutput } from './src/integrations/stale-output.ts';
import { traditionalEdition } from './src/integrations/traditional-edition.ts';
import { webApp } from './src/integrations/web-app.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { siteUrl } from './src/lib/site-url.ts';

// PORTAL_OUT_DIR: another output folder (a deploy's kept build folder, a test's throwaway one).
const outDir = process.env.PORTAL_OUT_DIR?.replace(/\/+$/, '');

export default defineConfig({
  // The public address: PORTAL_SITE_URL (src/lib/site-url.ts), one setting for every absolute URL.
  site: siteUrl(),
  trailingSlash: 'always',
  outDir: outDir ?? './dist',
  // Astro's caches (content, incremental build) beside the folder they describe: what the last
  // build rendered into one folder says nothing about another (and builds into two folders at
  // once, as tests do, would overwrite each other's record).
  cacheDir: outDir ? `${outDir}.cache` : './node_modules/.astro',
  // concurrency: pages render while earlier ones are written (1.0 s less at 1,000 news).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // The guard runs first: it stops the build on bad content with a Chinese message
  // naming file, field, expectation and fix (Astro itself only logs dangling references).
  // The Traditional edition is generated from the finished Simplified pages (and converted
  // on the fly in the dev server): one source, two editions, shared assets.
  // Last, the search documents for scripts/build-index.ts (the search index is built after
  // Astro exits, so that its memory and Astro's never add up).
  integrations: [
    contentGuard({ root: contentRoot() }),
    // /examples/ only where samples are asked for (PORTAL_SAMPLES=1: npm test, developers).
    examplesPage(),
    // sitemap-index.xml: every public page of both editions, with hreflang alternates.
    portalSitemap(),
    // Pages are written over the previous build's (emptyOutDir below); when Astro is done,
    // and before anything reads dist/ back, what it did not write again goes.
    staleOutput(),
    traditionalEdition({ root: contentRoot() }),
    // Home-screen icons and each edition's web app manifest (written into the editions' folders).
    webApp(),
    searchDocuments({ root: contentRoot() }),
    // The staff admin exists in the dev server only (npm run admin), never in dist/.
    // Decap's local server writes inside the folder that holds content/ (scripts/admin.ts).
    admin({ root: contentRoot(), repo: dirname(contentRoot()) }),
  ],
  // assetsInlineLimit 0: every script stays a file, never inlined into the page, so a strict
  // Content-Security-Policy (script-src 'self', no 'unsafe-inline') can allow it.
  // emptyOutDir false: see staleOutput above (src/lib/stale-files.ts says why).
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, emptyOutDir: false } },
  devToolbar: { enabled: false },
  // Pages with a cacheKey (news, their 注音 versions, news lists: src/lib/page-keys.ts) whose key
  // and code are unchanged are kept from the last build into the same folder, not rendered again.
  experimental: { incrementalBuild: true },
});
