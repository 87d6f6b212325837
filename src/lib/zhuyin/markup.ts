/**
 * How one annotated text node of a 注音 page is written (./ruby.ts) and found again by the
 * Traditional edition (../editions/html.ts), which relies on exactly this shape: the ruby
 * copy, hidden from assistive technology and holding no other span, then the plain text
 * for screen readers. No imports, so the converter does not load pinyin-pro.
 */
export const RUN_OPEN = '<span data-zy aria-hidden="true">';
export const RUN_PLAIN = '</span><span class="sr-only">';
export const RUN_CLOSE = '</span>';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole run; its groups are the annotated copy and the plain text. */
export const RUN_PATTERN = `${literal(RUN_OPEN)}([^]*?)${literal(RUN_PLAIN)}([^<]*)${literal(RUN_CLOSE)}`;
