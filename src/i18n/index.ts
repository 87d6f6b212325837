import type { UiStrings } from './schema.ts';
import { zhHans } from './zh-hans.ts';

export const LOCALES = { 'zh-hans': zhHans } as const satisfies Record<string, UiStrings>;
export type Locale = keyof typeof LOCALES;

/**
 * The interface text. Pages render once, in Simplified; the Traditional edition converts
 * the finished pages (src/lib/editions/html.ts), interface text included, so there is no
 * hand-kept Traditional dictionary to drift from this one.
 */
export function ui(locale: Locale = 'zh-hans'): UiStrings {
  return LOCALES[locale];
}
