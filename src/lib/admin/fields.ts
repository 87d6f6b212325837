import type { z } from 'astro/zod';
import { isoDate, partialDate, source } from '../../schemas/common.ts';

/** One field of Decap CMS's configuration (the subset this portal uses). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: DecapField[];
  field?: DecapField;
  pattern?: [string, string];
  value_type?: 'int' | 'float';
  [option: string]: unknown;
}

/** What the walker needs to know beyond the schema itself. */
export interface FieldContext {
  /** JSDoc of every schema field, keyed `constName.path` (see field-docs.ts). */
  docs: ReadonlyMap<string, string>;
  /** Labels for the values of closed lists, e.g. golden-autumn → 金秋助学. */
  valueLabels: (path: string, value: string) => string | undefined;
  /** A widget for fields that hold another entry's id (regions, policies). */
  reference: (path: string) => Partial<DecapField> | undefined;
  /** Shared schema constants by identity, so nested objects find their docs. */
  named: ReadonlyMap<unknown, string>;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; entries?: Record<string, string>; checks?: { _zod: { def: Record<string, unknown> } }[]; defaultValue?: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Optional and default wrappers removed, noting what they said. */
function unwrap(schema: z.ZodType): { core: z.ZodType; required: boolean; fallback?: unknown } {
  let core = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const def = defOf(core);
    if (def.type === 'optional' && def.innerType) { required = false; core = def.innerType; continue; }
    if (def.type === 'default' && def.innerType) {
      required = false;
      fallback = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      core = def.innerType;
      continue;
    }
    return { core, required, fallback };
  }
}

const check = (s: z.ZodType, kind: string) => defOf(s).checks?.find((c) => c._zod.def.check === kind)?._zod.def;

/** Staff-facing label: the first phrase of the field's doc, with the field name (errors use it). */
export function labelFor(name: string, doc: string | undefined): string {
  const phrase = doc?.split(/[，：；。（(、]| (?=[A-Za-z{])/)[0]?.replace(/(填|的编号)$/, '').trim();
  return phrase && phrase.length <= 18 ? `${phrase}（${name}）` : name;
}

/**
 * Decap fields for a Zod object schema: same names, same required fields and the same
 * closed lists, with the schema's JSDoc as the hint. Anything Decap cannot edit (a
 * record keyed by id, a union of shapes) is kept as it is in the file by a hidden field.
 */
export function fieldsOf(shape: Record<string, z.ZodType>, scopes: string[], path: string[], ctx: FieldContext): DecapField[] {
  return Object.entries(shape).map(([name, schema]) => fieldOf(name, schema, scopes, [...path, name], ctx));
}

function nestedScopes(object: z.ZodType, name: string, scopes: string[], ctx: FieldContext): string[] {
  const own = ctx.named.get(object);
  const shape = defOf(object).shape ?? {};
  const keys = (o: object) => Object.keys(o);
  // Shapes built by spreading or extending a shared block (valueFields, source) take its docs.
  const spread = [...ctx.named].filter(([v]) => v && typeof v === 'object' && !('_zod' in v) && keys(v).length && keys(v).every((k) => k in shape)).map(([, n]) => n);
  const extendsSource = keys(defOf(source).shape ?? {}).every((k) => k in shape);
  return [...(own ? [own] : []), ...scopes.map((s) => `${s}.${name}`), ...spread, ...(extendsSource ? ['source'] : [])];
}

function fieldOf(name: string, schema: z.ZodType, scopes: string[], path: string[], ctx: FieldContext): DecapField {
  const { core, required, fallback } = unwrap(schema);
  const doc = scopes.map((s) => ctx.docs.get(`${s}.${name}`)).find(Boolean);
  const base: DecapField = { name, label: labelFor(name, doc), widget: 'string', required, ...(doc ? { hint: doc } : {}) };
  if (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0)) base.default = fallback;
  const dotted = path.join('.');
  const reference = ctx.reference(dotted);
  const def = defOf(core);
  const options = (entries: Record<string, string>) =>
    Object.values(entries).map((value) => ({ value, label: ctx.valueLabels(dotted, value) ?? value }));

  if (core === isoDate) {
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true, ...(required ? {} : { default: '' }) };
    // (An optional date starts empty; the admin's save leaves the empty value out: clean.ts.)
  }
  if (core === partialDate) return { ...base, pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', '应为 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2018 或 2018-07-24'] };
  if (reference) return { ...base, ...reference };
  switch (def.type) {
    case 'string':
      return { ...base, widget: multiline(name) ? 'text' : 'string' };
    case 'number':
      return { ...base, widget: 'number', value_type: check(core, 'number_format') ? 'int' : 'float' };
    case 'boolean':
      return { ...base, widget: 'boolean', default: fallback ?? false };
    case 'enum':
      return { ...base, widget: 'select', options: options(def.entries ?? {}) };
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(def.shape ?? {}, nestedScopes(core, name, scopes, ctx), path, ctx) };
    case 'array': {
      const element = unwrap(def.element as z.ZodType).core;
      const edef = defOf(element);
      const list = { ...base, required: required && Boolean(check(core, 'min_length')) };
      if (ctx.reference(`${dotted}[]`)) return { ...list, ...ctx.reference(`${dotted}[]`), multiple: true };
      if (edef.type === 'enum') return { ...list, widget: 'select', multiple: true, options: options(edef.entries ?? {}) };
      if (edef.type === 'object') {
        return { ...list, widget: 'list', collapsed: true, fields: fieldsOf(edef.shape ?? {}, nestedScopes(element, name, scopes, ctx), path, ctx) };
      }
      return { ...list, widget: 'list', field: { name: 'item', label: labelFor(name, doc), widget: 'string' } };
    }
    default:
      // record, union: Decap has no widget for an id-keyed map; the file keeps it as written.
      return { ...base, widget: 'hidden', hint: `${doc ?? ''}（请在文件中编辑这一项）`.trim() };
  }
}

/** Long free text gets a text area. */
const multiline = (name: string) => ['summary', 'note', 'text', 'body', 'history', 'help', 'audience', 'where', 'deadline', 'amountNote', 'hotlineSource', 'contactSource', 'why'].includes(name);
