import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Where the build leaves the search documents for the indexer (thousands of small files,
 * written and read once): in memory (/dev/shm) where the machine has it, since on a small
 * VM the disk makes this the slowest part of the step; else beside the output folder
 * (dist → dist-search/). Never inside dist/, so they are never published. The Astro
 * integration writes them; scripts/build-index.ts indexes and then removes them.
 */
export function searchStaging(outDir: string): string {
  const id = createHash('sha256').update(outDir).digest('hex').slice(0, 12);
  return existsSync('/dev/shm') ? join('/dev/shm', `zhuxue-search-${id}`) : join(dirname(outDir), `${basename(outDir)}-search`);
}

/** The file each edition's bundle carries besides Pagefind's own: folding and lookup tables. */
export const SEARCH_DATA = 'search-data.json';

/** The shards the documents are in (src/lib/search/shards.ts), newest first, with their record counts. */
export const SHARDS_FILE = 'shards.json';

/** A record's document file, named by its address (never by its place in the list, which shifts with every new item). */
export const documentName = (url: string) => `${createHash('sha256').update(url).digest('hex').slice(0, 16)}.html`;
