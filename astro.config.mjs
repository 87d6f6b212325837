// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentRoot } from './src/lib/content-root.ts';

// PORTAL_OUT_DIR lets the build-failure tests build into a throwaway folder.
export default defineConfig({
  site: 'https://zhuxue.example.org',
  trailingSlash: 'always',
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The guard runs first: it stops the build on bad content with a Chinese message
  // naming file, field, expectation and fix (Astro itself only logs dangling references).
  integrations: [contentGuard({ root: contentRoot() }), mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
