import { checkDictionaries } from '../i18n/check.ts';
import { checkContent, type CheckResult, type LoadedContent } from './content/check.ts';

/** Everything the build refuses to go past: interface dictionaries, then all content. */
export async function checkAll(root: string): Promise<CheckResult> {
  const result = await checkContent(root);
  return { ...result, problems: [...checkDictionaries(), ...result.problems] };
}

/** "policies 3，guides 1，…" for the success line. */
export function describeCounts(content: LoadedContent): string {
  return Object.entries(content).map(([name, entries]) => `${name} ${entries.size}`).join('，');
}
