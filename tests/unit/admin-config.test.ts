// The drift test: the admin's collections must say what the schemas say. The expectation is
// Zod's own JSON Schema of each content type (an independent reading of the same schemas),
// so a field added, removed, made optional or given a new closed-list value in a schema
// and not in the admin (or the other way round) fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { adminConfig } from '../../src/lib/admin/config.ts';
import { cleanSaved } from '../../src/lib/admin/clean.ts';
import type { DecapField } from '../../src/lib/admin/fields.ts';
import { COLLECTIONS } from '../../src/lib/content/collections.ts';
import { PROJECT } from '../helpers/content-copy.ts';

const root = join(PROJECT, 'content');
const config = adminConfig({ contentDir: 'content', root, proxyUrl: 'http://127.0.0.1:4322/admin/api/', siteUrl: 'http://127.0.0.1:4322' }) as {
  locale: string; collections: { name: string; folder?: string; extension?: string; fields?: DecapField[]; files?: { file: string; fields: DecapField[] }[] }[];
};
const regionIds = (parse(readFileSync(join(root, 'regions/regions.yaml'), 'utf8')) as { regions: { id: string }[] }).regions.map((r) => r.id);

type Json = { type?: string; properties?: Record<string, Json>; required?: string[]; items?: Json; enum?: string[]; anyOf?: Json[]; additionalProperties?: unknown };

/** Compare one level of fields with one JSON Schema object; returns every mismatch, by path. */
function drift(fields: DecapField[], schema: Json, path: string): string[] {
  const out: string[] = [];
  const names = fields.map((f) => f.name);
  const keys = Object.keys(schema.properties ?? {});
  for (const k of keys) if (!names.includes(k)) out.push(`${path}${k}: in the schema, missing from the admin`);
  for (const n of names) if (!keys.includes(n)) out.push(`${path}${n}: in the admin, not in the schema`);
  for (const f of fields) {
    const s = schema.properties?.[f.name];
    if (!s) continue;
    const at = `${path}${f.name}`;
    if ((f.required ?? true) !== (schema.required ?? []).includes(f.name)) out.push(`${at}: required differs`);
    if (!f.hint) out.push(`${at}: no hint from the schema's JSDoc`);
    if (!f.label.includes(`（${f.name}）`) || !/[\u4e00-\u9fff]/.test(f.label)) out.push(`${at}: label ${f.label} is not Chinese with the field name`);
    const values = s.enum ?? s.items?.enum;
    if (values) {
      const options = (f.options ?? []).map((o) => o.value);
      if (JSON.stringify(options) !== JSON.stringify(values)) out.push(`${at}: options ${options.join(',')} ≠ ${values.join(',')}`);
      if (s.type === 'array' && !f.multiple) out.push(`${at}: a list in the schema, a single choice in the admin`);
    }
    if (s.type === 'object' && s.properties) out.push(...drift(f.fields ?? [], s, `${at}.`));
    if (s.type === 'object' && !s.properties && f.widget !== 'hidden') out.push(`${at}: a map the admin cannot edit must be kept as it is (hidden)`);
    if (s.type === 'array' && s.items?.type === 'object') out.push(...drift(f.fields ?? [], s.items, `${at}[].`));
  }
  return out;
}

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
const byName = (name: string) => config.collections.find((c) => c.name === name)!;

describe('the admin configuration', () => {
  it('is in Chinese and saves through the local server, not a CDN or a hosted service', () => {
    expect(config.locale).toBe('zh_Hans');
    expect(JSON.stringify(config)).not.toMatch(/unpkg|jsdelivr|cdn|netlify/i);
  });

  for (const name of ['news', 'policies', 'guides', 'law', 'figures'] as const) {
    it(`${name}: same fields, required fields and closed lists as the schema, each with its hint`, () => {
      const c = byName(name);
      expect(c.folder).toBe(`content/${COLLECTIONS[name].dir}`);
      const fields = (c.fields ?? []).filter((f) => !(COLLECTIONS[name].format === 'frontmatter' && f.name === 'body'));
      expect(drift(fields, json(COLLECTIONS[name].schema), '')).toEqual([]);
    });
  }

  it('notices drift: a field the admin lacks, a changed requirement, a new closed-list value', async () => {
    const { newsSchema } = await import('../../src/schemas/news.ts');
    const { PROGRAMS } = await import('../../src/schemas/common.ts');
    const fields = byName('news').fields!.filter((f) => f.name !== 'body');
    const changed = z.strictObject({ ...newsSchema.shape, region: z.string(), unit: z.string().optional(), programs: z.array(z.enum([...PROGRAMS, 'new-program'])).default([]) });
    expect(drift(fields, json(changed), '')).toEqual([
      'region: in the schema, missing from the admin',
      'unit: required differs',
      'programs: options golden-autumn,sunshine-employment ≠ golden-autumn,sunshine-employment,new-program',
    ]);
  });

  it('cumulative figures and regions: the one file each, with the schema’s fields', () => {
    const cumulative = byName('cumulative').files![0]!;
    expect(cumulative.file).toBe('content/figures/cumulative.yaml');
    expect(drift(cumulative.fields, json(COLLECTIONS.cumulative.schema), '')).toEqual([]);
    const regions = byName('regions').files![0]!;
    expect(regions.file).toBe('content/regions/regions.yaml');
    expect(regions.fields[0]!.name).toBe(COLLECTIONS.regions.key);
    expect(drift(regions.fields[0]!.fields!, json(COLLECTIONS.regions.schema), 'regions[].')).toEqual([]);
  });

  it('lists news, policies and figures newest first', () => {
    const sorted = (name: string) => (byName(name) as { sortable_fields?: { field: string; default_sort?: string }[] }).sortable_fields?.find((f) => f.default_sort);
    expect(sorted('news')).toMatchObject({ field: 'publishedOn', default_sort: 'desc' });
    expect(sorted('policies')).toMatchObject({ field: 'issuedOn', default_sort: 'desc' });
    expect(sorted('figures')).toMatchObject({ field: 'year', default_sort: 'desc' });
  });

  it('offers exactly the regions of regions.yaml wherever a region is chosen', () => {
    const news = byName('news').fields!.find((f) => f.name === 'cities')!;
    expect(news.widget).toBe('select');
    expect(news.multiple).toBe(true);
    expect(news.options!.map((o) => o.value)).toEqual(regionIds);
    expect(news.options!.find((o) => o.value === 'jinan')!.label).toBe('济南市（jinan）');
    const scope = byName('figures').fields!.find((f) => f.name === 'entries')!.fields!.find((f) => f.name === 'scope')!;
    expect(scope.options!.map((o) => o.value)).toEqual(regionIds);
  });

  it('names new files by date and time, since a Chinese title gives no ASCII file name', () => {
    const slug = (byName('news') as unknown as { slug: string }).slug;
    const file = slug.replace('{{year}}', '2026').replace('{{month}}', '11').replace('{{day}}', '26').replace('{{hour}}', '09').replace('{{minute}}', '05').replace('{{second}}', '00');
    expect(file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(file).toBe('2026-11-26-090500');
  });

  it('lists drafts on their own, so staff can finish imported drafts there', () => {
    expect(byName('news')).toMatchObject({ view_filters: [{ field: 'draft', pattern: true }] });
  });
});

describe('what the admin saves', () => {
  it('leaves out fields left empty (an empty list stays: it says “none”), and keeps the rest as written', () => {
    const raw = '---\ntitle: 标题\npublishedOn: 2026-11-20\nsource:\n  name: 来源\n  url: ""\nupdatedOn: ""\ntags: []\nsample: false\n---\n正文 {不变}\n';
    expect(cleanSaved('content/news/x.mdx', raw)).toBe('---\ntitle: 标题\npublishedOn: 2026-11-20\nsource:\n  name: 来源\ntags: []\nsample: false\n---\n正文 {不变}\n');
    expect(cleanSaved('content/regions/regions.yaml', 'regions:\n  - id: jinan\n    hotline: "12351"\n    phone: null\n')).toBe('regions:\n  - id: jinan\n    hotline: "12351"\n');
  });
});
