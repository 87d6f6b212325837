import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { COLLECTIONS } from './lib/content/collections.ts';
import { mdxFolder } from './lib/content/mdx-loader.ts';
import { contentRoot } from './lib/content-root.ts';

// Same folders, patterns and schemas as the content guard (src/lib/content/collections.ts),
// which has already rejected bad files with a Chinese report before Astro gets here.
// MDX entries are rendered to HTML while loading (src/lib/content/mdx-loader.ts).
const root = contentRoot();
const data = ({ pattern, dir }: { pattern: string; dir: string }) => glob({ pattern, base: `${root}/${dir}` });
const mdx = ({ dir }: { dir: string }) => mdxFolder(`${root}/${dir}`);
const { policies, guides, news, law, figures, cumulative, regions, checks, aid, aidContacts } = COLLECTIONS;

export const collections = {
  policies: defineCollection({ loader: mdx(policies), schema: policies.schema }),
  guides: defineCollection({ loader: mdx(guides), schema: guides.schema }),
  news: defineCollection({ loader: mdx(news), schema: news.schema }),
  law: defineCollection({ loader: data(law), schema: law.schema }),
  figures: defineCollection({ loader: data(figures), schema: figures.schema }),
  cumulative: defineCollection({ loader: data(cumulative), schema: cumulative.schema }),
  regions: defineCollection({ loader: file(`${root}/${regions.dir}/${regions.pattern}`, { parser: (text) => parse(text)[regions.key] }), schema: regions.schema }),
  checks: defineCollection({ loader: data(checks), schema: checks.schema }),
  aid: defineCollection({ loader: data(aid), schema: aid.schema }),
  aidContacts: defineCollection({ loader: file(`${root}/${aidContacts.dir}/${aidContacts.pattern}`, { parser: (text) => parse(text)[aidContacts.key] }), schema: aidContacts.schema }),
};
