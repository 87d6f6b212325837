import { parse, stringify } from 'yaml';

/** Drop what Decap writes for a field left empty: "", null, and objects left with nothing. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = prune(v);
      if (kept !== undefined) out[k] = kept;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * A file as the admin saves it, with fields left empty removed: Decap writes
 * `updatedOn: ""` for an untouched optional date, which the content check would
 * (rightly) refuse as “not a date”. An empty field means “not given”, so it is left out.
 */
export function cleanSaved(path: string, raw: string): string {
  if (path.endsWith('.mdx') || path.endsWith('.md')) {
    const m = FRONTMATTER.exec(raw);
    if (!m) return raw;
    const data = prune(parse(m[1] ?? '')) ?? {};
    return `---\n${stringify(data, { lineWidth: 0 })}---\n${raw.slice(m[0].length)}`;
  }
  if (path.endsWith('.yaml') || path.endsWith('.yml')) {
    return stringify(prune(parse(raw)) ?? {}, { lineWidth: 0 });
  }
  return raw;
}
