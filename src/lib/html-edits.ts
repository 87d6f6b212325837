/** A replacement of html.slice(start, end) by `text`, found while parsing by position. */
export interface Edit { start: number; end: number; text: string }

/** Apply edits made in document order: untouched bytes stay exactly as they were. */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += html.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + html.slice(at);
}
