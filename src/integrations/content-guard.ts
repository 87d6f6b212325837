import type { AstroIntegration } from 'astro';
import { checkAll, describeCounts } from '../lib/check-all.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { setPreview } from '../lib/preview.ts';
import { placeholderWarning } from '../lib/site-url.ts';

/** Thrown when content is bad; its message is the whole Chinese report. */
export class ContentCheckError extends Error {
  constructor(report: string) {
    super(report);
    this.name = '内容检查';
    // Staff need the report, not our stack trace.
    this.stack = report;
  }
}

/**
 * Validate all content before Astro loads it, and stop the build (or dev server) with a
 * report in Chinese that names file, field, expectation and fix.
 */
export function contentGuard({ root }: { root: string }): AstroIntegration {
  return {
    name: 'zhuxue:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, logger, command }) => {
        // Only the dev server (staff's preview) shows drafts and scheduled entries.
        setPreview(command === 'dev');
        const { problems, warnings, content } = await checkAll(root);
        if (problems.length) {
          const report = formatProblems(problems);
          // A build run by staff should end on the Chinese report alone, without Astro's
          // English hook-failure banner and an empty stack trace around it.
          if (command === 'build') {
            console.error(`\n${report}\n`);
            process.exit(1);
          }
          throw new ContentCheckError(report);
        }
        for (const w of warnings) logger.warn(`${w.file}：${w.message}`);
        const placeholder = command === 'build' && config.site ? placeholderWarning(config.site) : undefined;
        if (placeholder) logger.warn(placeholder);
        logger.info(`内容检查通过（${describeCounts(content)}）`);
      },
    },
  };
}
