import { renderMdxBody, type RenderedBody } from './mdx.ts';
import { readFrontmatter, type Read } from './read.ts';

export interface ParsedMdx {
  parts: Read<{ data: unknown; body: string }>;
  /** Absent when the frontmatter could not be read. */
  rendered?: RenderedBody;
}

/**
 * The content guard and Astro's content loader read the same MDX files in one build
 * process, but as separate module instances (the loader is loaded through Vite), so what
 * the guard parsed and rendered is handed over through one process-wide map. It is keyed
 * by the file's whole text, so an edited file is never served stale, and an entry is
 * removed when taken. Saves parsing and rendering every entry twice (~0.4 s per 1,000).
 */
const KEY = Symbol.for('zhuxue.mdx-handover');
const shared = globalThis as { [KEY]?: Map<string, ParsedMdx> };
const handover = (shared[KEY] ??= new Map());

/** Parse and render an MDX file without leaving it for the loader (one-file checks). */
export async function readMdx(text: string, file: string): Promise<ParsedMdx> {
  const parts = readFrontmatter(text, file);
  return parts.ok ? { parts, rendered: await renderMdxBody(parts.value.body) } : { parts };
}

/** Parse an MDX file and leave the result for the loader. */
export async function parseMdx(text: string, file: string): Promise<ParsedMdx> {
  const parsed = await readMdx(text, file);
  handover.set(text, parsed);
  return parsed;
}

/** What parseMdx left for exactly this text, or a fresh parse (dev server edits). */
export async function takeMdx(text: string, file: string): Promise<ParsedMdx> {
  const left = handover.get(text);
  if (!left) return readMdx(text, file);
  handover.delete(text);
  return left;
}
