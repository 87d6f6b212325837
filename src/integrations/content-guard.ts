import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems } from '../lib/content/problems.ts';

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
      'astro:config:setup': async ({ logger }) => {
        const { problems, content } = await checkContent(root);
        if (problems.length) throw new ContentCheckError(formatProblems(problems));
        const counts = Object.entries(content).map(([k, v]) => `${k} ${v.size}`).join('，');
        logger.info(`内容检查通过（${counts}）`);
      },
    },
  };
}
