import { checkDictionaries } from '../i18n/check.ts';
import { checkContent, type CheckResult, type LoadedContent } from './content/check.ts';
import { checkOverrides } from './editions/overrides.ts';

/**
 * Everything the build refuses to go past: interface dictionaries, all content, and the
 * Traditional edition's conversion overrides (each of which carries its own example test).
 */
export async function checkAll(root: string): Promise<CheckResult> {
  const [result, conversion] = await Promise.all([checkContent(root), checkOverrides(root)]);
  return { ...result, problems: [...checkDictionaries(), ...result.problems, ...conversion.problems] };
}

/** "policies 3，guides 1，…" for the success line. */
export function describeCounts(content: LoadedContent): string {
  return Object.entries(content).map(([name, entries]) => `${name} ${entries.size}`).join('，');
}
