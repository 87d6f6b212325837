import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedContent } from '../lib/check-all.ts';
import { createConverter, createSegmenter } from '../lib/editions/convert.ts';
import { TRADITIONAL, pathIn, traditionalEnabled, type EditionId } from '../lib/editions/editions.ts';
import { convertPage } from '../lib/editions/html.ts';
import { conversionMemo, converterFingerprint } from '../lib/editions/twin-cache.ts';
import { buildFolds } from '../lib/search/fold-build.ts';
import { lookupData, recordDocument, wordsSaid } from '../lib/search/index-data.ts';
import { recordText } from '../lib/search/records.ts';
import { shownContent } from '../lib/samples.ts';
import { planShards, shardLimit } from '../lib/search/shards.ts';
import { SEARCH_DATA, SHARDS_FILE, documentName, searchStaging } from '../lib/search/staging.ts';
import { fileWriter } from '../lib/write-files.ts';

/**
 * The search documents, one small HTML file per record and edition, plus each edition's
 * folding and lookup tables, written beside the build for scripts/build-index.ts. Made
 * here, at the end of the build, because the content is already checked and in memory.
 */
export function searchDocuments({ root }: { root: string }): AstroIntegration {
  let project = process.cwd();
  let cacheDir = join(project, 'node_modules/.astro');
  return {
    name: 'zhuxue:search-documents',
    hooks: {
      'astro:config:done': ({ config }) => {
        project = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const staging = searchStaging(fileURLToPath(dir).replace(/\/$/, ''));
        rmSync(staging, { recursive: true, force: true });
        const { content, records, overrides, searchWords } = await checkedContent(root);
        const convert = createConverter(overrides);
        // The word lists' characters too, so that 怎麼 typed in Traditional folds to 怎么.
        const lists = [...searchWords.skip, ...Object.entries(searchWords.synonyms).flat(2)].join('\n');
        const texts = [...records.map(recordText), lists];
        // Found once for both editions (the Traditional document converts the values with it).
        const said = records.map((_, i) => wordsSaid(texts[i] ?? '', searchWords.says));
        const lookup = lookupData(shownContent(content));
        const editions: EditionId[] = traditionalEnabled() ? ['zh-hans', 'zh-hant'] : ['zh-hans'];
        const folds = buildFolds(texts, convert, createSegmenter(overrides));
        // The index in shards of records by month (src/lib/search/shards.ts); each document is named
        // by its address, so that an unchanged shard's documents, and so its index, stay the same.
        const shards = planShards(records.map((r) => r.date), shardLimit());
        const files = fileWriter();
        // A Traditional document is converted only when its Simplified one is new (src/lib/editions/twin-cache.ts).
        const memo = conversionMemo(cacheDir, 'search-documents', converterFingerprint(project, overrides));
        for (const edition of editions) {
          for (const shard of shards) {
            for (const i of shard.members) {
              const r = records[i]!;
              const html = recordDocument(r, pathIn(edition, r.url), said[i], shards.length > 1 ? shard.from : undefined);
              await files.write(join(staging, edition, shard.id || 'newest', documentName(r.url)), edition === 'zh-hant' ? memo.convert(html, (text) => convertPage(text, convert, TRADITIONAL)) : html);
            }
          }
          await files.write(join(staging, `${edition}.${SEARCH_DATA}`), JSON.stringify({ fold: folds[edition], lookup, words: searchWords }));
        }
        await files.write(join(staging, SHARDS_FILE), JSON.stringify(shards.map(({ members, ...s }) => ({ ...s, records: members.length }))));
        await files.done();
        memo.save();
        logger.info(`搜索文档：${records.length} 条 × ${editions.length} 版，${shards.length} 个分片，用时 ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
