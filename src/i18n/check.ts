import { parseWithFriendlyErrors, type ContentProblem } from '../lib/content/problems.ts';
import { LOCALES } from './index.ts';
import { uiSchema } from './schema.ts';

/** Every interface dictionary must be complete: a missing label would show as blank. */
export function checkDictionaries(): ContentProblem[] {
  return Object.entries(LOCALES).flatMap(([locale, strings]) => {
    const parsed = parseWithFriendlyErrors(uiSchema, strings, `src/i18n/${locale}.ts`);
    return parsed.ok ? [] : parsed.problems;
  });
}
