import { Parser } from 'htmlparser2';
import { applyEdits, type Edit } from '../html-edits.ts';

/**
 * Han characters a phone's first screen of a 注音 page can hold, with room to spare: measured,
 * at most 93 at 360 × 640, 165 at 430 × 932 and 223 at 480 × 1000 (global.css defers only on
 * screens up to 480 px wide; larger text fits fewer).
 */
export const FIRST_SCREEN_CHARS = 300;

/** The attribute global.css lays out only near the screen, on phones; its value is the block's height estimate. */
export const LATER = 'data-zy-later';

/** The estimates global.css knows, in em: each block waits at the smallest one at least its height. */
export const HEIGHTS_EM = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048] as const;

const HAN = /\p{Script=Han}/gu;
/** Blocks of text that may wait; controls (a checklist's button) are always laid out. */
const BLOCKS = new Set(['p', 'ul', 'ol', 'dl', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'aside', 'blockquote', 'table', 'figure', 'nav', 'hr']);
/** Elements that start a new line inside a block. */
const LINES = new Set(['p', 'li', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'br', 'blockquote']);

/**
 * A block's height, rounded up to one of HEIGHTS_EM, from generous assumptions (10 annotated
 * characters a line on a 320 px phone, line height 2.6): a waiting block never holds more than
 * its estimate, so nothing inside it is placed over what follows it.
 */
export function heightEm(han: number, lines: number): number {
  const em = 2.6 * (Math.ceil(han / 10) + lines) + 2;
  return HEIGHTS_EM.find((h) => h >= em) ?? 2048;
}

/**
 * The article's blocks that begin after `chars` Han characters, marked LATER. Native ruby is
 * slow to lay out (a long 注音 guide blocked a phone's main thread for over half a second), and a
 * phone only shows the first few hundred characters: the rest is laid out as the reader scrolls
 * to it. The blocks are the fragment's top-level elements, or those of a top-level <div> wrapper
 * (news bodies, a checklist); blocks on the first screen are never marked, so nothing there moves.
 */
export function markLaterBlocks(html: string, chars = FIRST_SCREEN_CHARS): string {
  const edits: Edit[] = [];
  const open: string[] = [];
  let seen = 0;
  let block: { edit: Edit; depth: number; han: number; lines: number } | undefined;
  const parser = new Parser(
    {
      onopentag: (tag) => {
        const top = open.length === 0 || (open.length === 1 && open[0] === 'div');
        if (top && BLOCKS.has(tag) && seen > chars) {
          const at = parser.startIndex + 1 + tag.length;
          block = { edit: { start: at, end: at, text: '' }, depth: open.length, han: 0, lines: 0 };
          edits.push(block.edit);
        } else if (block && LINES.has(tag)) block.lines += 1;
        open.push(tag);
      },
      onclosetag: () => {
        open.pop();
        if (block && open.length === block.depth) {
          block.edit.text = ` ${LATER}="${heightEm(block.han, block.lines)}"`;
          block = undefined;
        }
      },
      ontext: (text) => {
        const han = text.match(HAN)?.length ?? 0;
        seen += han;
        if (block) block.han += han;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return applyEdits(html, edits);
}
