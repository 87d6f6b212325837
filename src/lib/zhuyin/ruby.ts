import { Parser } from 'htmlparser2';
import { applyEdits, type Edit } from '../html-edits.ts';
import { RUN_CLOSE, RUN_OPEN, RUN_PLAIN } from './markup.ts';
import { readings, type Reading } from './reading.ts';

/** Text in these is not read: code, scripts, styles, existing annotations, SVG. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'rt', 'rp', 'ruby', 'svg', 'template', 'textarea']);

/**
 * One text node with pinyin over each Han character. Runs of Han characters share one
 * <ruby>, each character followed by its <rt>. The annotated copy is hidden from assistive
 * technology and followed by the plain text for it, so screen readers read the text once,
 * without the pinyin (one attribute per text node, not one per character: half the bytes).
 * The wrapper <span data-zy> marks the unit the Traditional edition converts as a whole,
 * so phrases convert in context while the readings (computed here, on the Simplified
 * text) stay.
 */
export function rubyText(text: string, overrides: readonly Reading[]): string {
  const chars = [...text];
  const read = readings(text, overrides);
  if (read.every((r) => r === undefined)) return text;
  let out = RUN_OPEN;
  let open = false;
  chars.forEach((ch, i) => {
    const r = read[i];
    if (r !== undefined && !open) { out += '<ruby>'; open = true; }
    if (r === undefined && open) { out += '</ruby>'; open = false; }
    out += r === undefined ? ch : `${ch}<rt>${r}</rt>`;
  });
  return `${out}${open ? '</ruby>' : ''}${RUN_PLAIN}${text}${RUN_CLOSE}`;
}

/**
 * An HTML fragment with pinyin over every Han character of its text. Markup, attributes,
 * and text inside code, scripts, styles and existing ruby stay byte for byte.
 */
export function rubyHtml(html: string, overrides: readonly Reading[] = []): string {
  const edits: Edit[] = [];
  const skipping: boolean[] = [false];
  const parser = new Parser(
    {
      onopentag: (tag) => skipping.push((skipping[skipping.length - 1] ?? false) || SKIP.has(tag)),
      onclosetag: () => void skipping.pop(),
      ontext: (text) => {
        if (skipping[skipping.length - 1] || !/\p{Script=Han}/u.test(text)) return;
        edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text: rubyText(text, overrides) });
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return applyEdits(html, edits);
}
