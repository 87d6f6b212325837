import type { UiStrings } from './schema.ts';
import { zhHans } from './zh-hans.ts';

export const LOCALES = { 'zh-hans': zhHans } as const satisfies Record<string, UiStrings>;
export type Locale = keyof typeof LOCALES;

/** The interface text for a locale; today only Simplified, the Traditional twin comes later. */
export function ui(locale: Locale = 'zh-hans'): UiStrings {
  return LOCALES[locale];
}
