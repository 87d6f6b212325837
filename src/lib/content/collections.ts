import type { z } from 'astro/zod';
import { aidContactSchema, aidStageSchema } from '../../schemas/aid.ts';
import { cumulativeSchema, figuresYearSchema } from '../../schemas/figures.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { lawSchema } from '../../schemas/law.ts';
import { newsSchema } from '../../schemas/news.ts';
import { policySchema } from '../../schemas/policy.ts';
import { regionSchema } from '../../schemas/region.ts';
import { selfCheckSchema } from '../../schemas/self-check.ts';

/**
 * Where each content type lives under content/ and how its files are written. Both the
 * Astro collections and the content guard read this, so they can never disagree.
 *  - frontmatter: one MDX file per entry, fields between --- lines
 *  - data: one YAML file per entry
 *  - list: one YAML file whose `key` holds the list of entries, each with an id (a key, not a
 *    bare list, because the admin (Decap) can only edit a list that is a field of an object)
 */
export const COLLECTIONS = {
  policies: { dir: 'policies', pattern: '*.mdx', format: 'frontmatter', schema: policySchema },
  guides: { dir: 'guides', pattern: '*.mdx', format: 'frontmatter', schema: guideSchema },
  news: { dir: 'news', pattern: '*.mdx', format: 'frontmatter', schema: newsSchema },
  law: { dir: 'law', pattern: '*.yaml', format: 'data', schema: lawSchema },
  figures: { dir: 'figures', pattern: '[0-9][0-9][0-9][0-9].yaml', format: 'data', schema: figuresYearSchema },
  cumulative: { dir: 'figures', pattern: 'cumulative.yaml', format: 'data', schema: cumulativeSchema },
  regions: { dir: 'regions', pattern: 'regions.yaml', format: 'list', key: 'regions', schema: regionSchema },
  checks: { dir: 'check', pattern: '*.yaml', format: 'data', schema: selfCheckSchema },
  aid: { dir: 'aid', pattern: '*.yaml', format: 'data', schema: aidStageSchema },
  aidContacts: { dir: 'aid-contacts', pattern: 'contacts.yaml', format: 'list', key: 'contacts', schema: aidContactSchema },
} as const satisfies Record<string, CollectionSpec>;

export interface CollectionSpec {
  dir: string;
  /** A single-folder glob; Astro's loader uses the same one. */
  pattern: string;
  format: 'frontmatter' | 'data' | 'list';
  /** For format list: the top-level field holding the list. */
  key?: string;
  schema: z.ZodType;
}

export type CollectionName = keyof typeof COLLECTIONS;
export type EntryOf<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;
