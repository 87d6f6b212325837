import { describe, expect, it } from 'vitest';
import { checkDictionaries } from '../../src/i18n/check.ts';
import { uiSchema } from '../../src/i18n/schema.ts';
import { zhHans } from '../../src/i18n/zh-hans.ts';
import { parseWithFriendlyErrors } from '../../src/lib/content/problems.ts';

describe('interface dictionaries', () => {
  it('are all complete', () => {
    expect(checkDictionaries()).toEqual([]);
  });
  it('name the missing label when one is blank', () => {
    const broken = { ...zhHans, nav: { ...zhHans.nav, law: ' ' } };
    const parsed = parseWithFriendlyErrors(uiSchema, broken, 'src/i18n/zh-hans.ts');
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { file: 'src/i18n/zh-hans.ts', field: 'nav.law', message: '界面文字不能为空' },
    ]);
  });
});
