import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS } from './lib/content/collections.ts';
import { contentRoot } from './lib/content-root.ts';

// Same folders, patterns and schemas as the content guard (src/lib/content/collections.ts),
// which has already rejected bad files with a Chinese report before Astro gets here.
const root = contentRoot();
const folder = ({ pattern, dir }: { pattern: string; dir: string }) => glob({ pattern, base: `${root}/${dir}` });
const { policies, guides, news, law, figures, regions } = COLLECTIONS;

export const collections = {
  policies: defineCollection({ loader: folder(policies), schema: policies.schema }),
  guides: defineCollection({ loader: folder(guides), schema: guides.schema }),
  news: defineCollection({ loader: folder(news), schema: news.schema }),
  law: defineCollection({ loader: folder(law), schema: law.schema }),
  figures: defineCollection({ loader: folder(figures), schema: figures.schema }),
  regions: defineCollection({ loader: file(`${root}/${regions.dir}/${regions.pattern}`), schema: regions.schema }),
};
