import { overrideSchema, type ConversionOverride } from '../../schemas/override.ts';
import { readOverrideList } from '../content/override-list.ts';
import type { ContentProblem } from '../content/problems.ts';
import { createConverter } from './convert.ts';

/** Where staff keep OpenCC's exceptions, relative to content/. */
export const OVERRIDES_FILE = 'conversion/overrides.yaml';

export interface OverridesResult {
  /** The entries that passed every check, in file order. */
  overrides: ConversionOverride[];
  problems: ContentProblem[];
}

/**
 * Read and check the conversion overrides. Besides its shape, every entry must still be
 * needed (OpenCC alone would not already give `to`) and its example must convert to
 * `expect` — each override carries its own test, run by every content check and build.
 */
export async function checkOverrides(root: string): Promise<OverridesResult> {
  const { file, entries: valid, problems, field } = await readOverrideList(root, OVERRIDES_FILE, overrideSchema, 'from', '原词');
  const plain = createConverter();
  const full = createConverter(valid.map(([, o]) => o));
  const overrides = valid.filter(([i, o]) => {
    if (plain(o.from) === o.to) {
      problems.push({ file, field: field(i, 'to', '繁体写法'), message: `这条例外已经不起作用：不加它，OpenCC 也会把「${o.from}」转成「${o.to}」。请删除这一条` });
      return false;
    }
    const actual = full(o.example);
    if (actual !== o.expect) {
      problems.push({ file, field: field(i, 'expect', '例句的繁体'), message: `例句「${o.example}」实际转成「${actual}」，不是「${o.expect}」：请检查 to 和 expect 是否写对` });
      return false;
    }
    if (plain(o.example) === o.expect) {
      problems.push({ file, field: field(i, 'example', '例句'), message: `例句「${o.example}」不加这条例外也会转成「${o.expect}」，证明不了它的作用：请换一句会被转错的例句` });
      return false;
    }
    return true;
  });
  return { overrides: overrides.map(([, o]) => o), problems };
}
