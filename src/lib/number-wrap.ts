import { Parser } from 'htmlparser2';
import { applyEdits, type Edit } from './html-edits.ts';
import { NUMBER_CLASS, wrapNumbersInText } from './number-text.ts';

/** Elements whose text is not laid out as lines of prose, or may not hold a <span>. */
const SKIP = new Set(['head', 'script', 'style', 'svg', 'template', 'textarea', 'option', 'title', 'ruby', 'code', 'pre', 'time']);

/**
 * Every number in a page's text, kept on one line: wrapped in <span class="num"> (white-space:
 * nowrap). Done once per page as it is rendered, so every page kind, component and body gets
 * it, and the Traditional edition (converted from these pages) inherits it.
 */
export function wrapNumbers(html: string): string {
  const edits: Edit[] = [];
  const open: string[] = [];
  let skipped = 0;
  /** Already kept whole by its component (e.g. a figure cell): nothing inside it is wrapped again. */
  let whole = 0;
  const parser = new Parser(
    {
      onopentag: (tag, attribs) => {
        const classes = (attribs['class'] ?? '').split(/\s+/);
        // A 注音 run (data-zy, then its sr-only text) is put back piece by piece in the Traditional
        // edition (src/lib/zhuyin/markup.ts), so nothing may be inserted inside it; and text only
        // screen readers get (sr-only) is never laid out in lines anyway.
        const skip = SKIP.has(tag) || 'data-zy' in attribs || classes.includes('sr-only');
        // Kept whole by its component already, or kept as written (translate="no": names, addresses to type).
        const kept = classes.includes(NUMBER_CLASS) || attribs['translate'] === 'no';
        const mark = skip ? 'skip' : kept ? 'whole' : '';
        open.push(mark);
        if (mark === 'skip') skipped++;
        if (mark === 'whole') whole++;
      },
      onclosetag: () => {
        const mark = open.pop();
        if (mark === 'skip') skipped--;
        if (mark === 'whole') whole--;
      },
      ontext: (text) => {
        if (skipped || whole || !/\d/.test(text)) return;
        const out = wrapNumbersInText(text);
        if (out !== text) edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text: out });
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return applyEdits(html, edits);
}
