import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/index.ts';
import { uiSchema } from '../i18n/schema.ts';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems, parseWithFriendlyErrors, type ContentProblem } from '../lib/content/problems.ts';

/** Every interface dictionary must be complete: a missing label would show as blank. */
export function checkDictionaries(): ContentProblem[] {
  return Object.entries(LOCALES).flatMap(([locale, strings]) => {
    const parsed = parseWithFriendlyErrors(uiSchema, strings, `src/i18n/${locale}.ts`);
    return parsed.ok ? [] : parsed.problems;
  });
}

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
      'astro:config:setup': async ({ logger, command }) => {
        const result = await checkContent(root);
        const { content } = result;
        const problems = [...checkDictionaries(), ...result.problems];
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
        const counts = Object.entries(content).map(([k, v]) => `${k} ${v.size}`).join('，');
        logger.info(`内容检查通过（${counts}）`);
      },
    },
  };
}
