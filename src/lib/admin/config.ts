import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ui } from '../../i18n/index.ts';
import * as aid from '../../schemas/aid.ts';
import * as common from '../../schemas/common.ts';
import * as figures from '../../schemas/figures.ts';
import * as guide from '../../schemas/guide.ts';
import * as law from '../../schemas/law.ts';
import { METRICS } from '../../schemas/metrics.ts';
import * as news from '../../schemas/news.ts';
import * as policy from '../../schemas/policy.ts';
import * as region from '../../schemas/region.ts';
import { COLLECTIONS } from '../content/collections.ts';
import { readFieldDocs } from './field-docs.ts';
import { fieldsOf, type DecapField, type FieldContext } from './fields.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
const t = ui();

/** Ids that point at regions or policies get a list to choose from, never free typing. */
const REGION_FIELDS = ['cities[]', 'region', 'contacts[]', 'amounts.region', 'entries.scope', 'regions.parent'];
const POLICY_FIELDS = ['supersededBy', 'relatedPolicies[]'];

const VALUE_LABELS: Record<string, Record<string, string>> = {
  programs: t.programs, program: t.programs, topics: t.topics, status: t.validity, kind: t.lawKinds,
  confidence: { high: '高', 'medium-high': '中高', medium: '中' },
  metric: Object.fromEntries(Object.entries(METRICS).map(([k, m]) => [k, `${m.label}（${m.unit}）`])),
};

function context(root: string): FieldContext {
  const docs = new Map<string, string>();
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.ts'))) {
    for (const [k, v] of readFieldDocs(join(SCHEMA_DIR, file))) docs.set(k, v);
  }
  const named = new Map<unknown, string>();
  for (const mod of [common, figures, guide, law, news, policy, region, aid]) {
    for (const [name, value] of Object.entries(mod)) if (value && typeof value === 'object' && !Array.isArray(value)) named.set(value, name);
  }
  const regionsFile = join(root, COLLECTIONS.regions.dir, COLLECTIONS.regions.pattern);
  const regions = ((parse(readFileSync(regionsFile, 'utf8')) as { regions?: { id: string; name: string }[] }).regions ?? []);
  const regionWidget = { widget: 'select', options: regions.map((r) => ({ value: r.id, label: `${r.name}（${r.id}）` })) };
  const policyWidget = { widget: 'relation', collection: 'policies', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
  return {
    docs,
    named,
    valueLabels: (path, value) => {
      const key = path.split('.').at(-1) ?? '';
      if (key === 'level') return path.startsWith('regions') ? { national: '全国', province: '省', city: '设区的市' }[value] : t.levels[value as keyof typeof t.levels];
      return VALUE_LABELS[key]?.[value];
    },
    reference: (path) => {
      const tail = (list: string[]) => list.some((p) => path === p || path.endsWith(`.${p}`));
      if (tail(REGION_FIELDS)) return regionWidget;
      if (tail(POLICY_FIELDS)) return policyWidget;
      return undefined;
    },
  };
}

/** The aid contacts' ids and names, for the stages' choice of whom to ask. */
function aidContacts(root: string): { value: string; label: string }[] {
  const file = join(root, COLLECTIONS.aidContacts.dir, COLLECTIONS.aidContacts.pattern);
  const list = ((parse(readFileSync(file, 'utf8')) as { contacts?: { id: string; name: string }[] } | null)?.contacts ?? []);
  return list.map((k) => ({ value: k.id, label: `${k.name}（${k.id}）` }));
}

const shapeOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: { shape: Record<string, z.ZodType> } } })._zod.def.shape;

/** Decap slugs are ASCII templates: Chinese titles would give empty file names. */
const stamp = '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}';

export interface AdminOptions {
  /** The content folder, relative to the repository Decap's server writes in. */
  contentDir: string;
  /** Absolute path of that folder, to read the regions from. */
  root: string;
  /** Decap's local server, e.g. http://127.0.0.1:8081/api/v1 */
  proxyUrl: string;
  /** The dev server, for “view live”. */
  siteUrl: string;
}

/** The whole Decap configuration, generated from the schemas on every request. */
export function adminConfig(o: AdminOptions): Record<string, unknown> {
  const ctx = context(o.root);
  // The bookkeeping fields every entry shares come last: staff start with the title and date.
  const last = ['updatedOn', 'sample', 'draft'];
  const fields = (schema: z.ZodType, name: string) =>
    fieldsOf(shapeOf(schema), [name, 'baseEntry'], [], ctx).sort((a, b) => Number(last.includes(a.name)) - Number(last.includes(b.name)));
  const body: DecapField = { name: 'body', label: '正文（body）', widget: 'markdown', modes: ['raw'], hint: '正文用 Markdown 写：空一行分段，## 开头是小标题，链接写 [文字](https://…)。不能写 HTML 标签和大括号 { }：保存时会被拦下。' };
  const drafts = [{ label: '草稿', field: 'draft', pattern: true }];
  // Newest first, as on the site: staff look for what they wrote last.
  const newest = (field: string, label: string) => ({ sortable_fields: [{ field, label, default_sort: 'desc' }, { field: 'title', label: '标题' }] });
  const page = (name: 'news' | 'policies' | 'guides', schema: z.ZodType, schemaName: string, slug: string, summary: string, sort: object) => ({
    name, label: t.nav[name], label_singular: t.nav[name], folder: `${o.contentDir}/${COLLECTIONS[name].dir}`, extension: 'mdx', format: 'frontmatter',
    create: true, slug, identifier_field: 'title', summary, view_filters: drafts, ...sort,
    preview_path: `${name}/{{slug}}/`, fields: [...fields(schema, schemaName), body],
  });
  return {
    locale: 'zh_Hans',
    backend: { name: 'proxy', proxy_url: o.proxyUrl, branch: 'main' },
    site_url: o.siteUrl,
    display_url: o.siteUrl,
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      page('news', news.newsSchema, 'newsSchema', `{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}{{second}}`, '{{publishedOn}} {{title}}', newest('publishedOn', '发布日期')),
      page('policies', policy.policySchema, 'policySchema', `policy-${stamp}`, '{{title}}', newest('issuedOn', '成文日期')),
      page('guides', guide.guideSchema, 'guideSchema', `guide-${stamp}`, '{{title}}', newest('updatedOn', '更新日期')),
      {
        // Every collection is named as the site's navigation names it (src/i18n), in one place.
        name: 'law', label: t.nav.law, label_singular: '法规', folder: `${o.contentDir}/${COLLECTIONS.law.dir}`, extension: 'yaml', format: 'yaml',
        create: true, slug: `law-${stamp}`, identifier_field: 'title', fields: fields(law.lawSchema, 'lawSchema'),
      },
      {
        name: 'figures', label: t.nav.figures, label_singular: t.figures.title, sortable_fields: [{ field: 'year', label: '年份', default_sort: 'desc' }], folder: `${o.contentDir}/${COLLECTIONS.figures.dir}`, extension: 'yaml', format: 'yaml',
        create: true, slug: '{{fields.year}}', identifier_field: 'year', summary: '{{year}} 年',
        filter: { field: 'year', pattern: '^[0-9]{4}$' }, fields: fields(figures.figuresYearSchema, 'figuresYearSchema'),
      },
      {
        name: 'cumulative', label: '累计数据', files: [{
          name: 'cumulative', label: '累计数据', file: `${o.contentDir}/${COLLECTIONS.cumulative.dir}/${COLLECTIONS.cumulative.pattern}`,
          fields: fields(figures.cumulativeSchema, 'cumulativeSchema'),
        }],
      },
      {
        // One file per stage; the six stages are fixed (their pages and the self-check name them).
        name: 'aid', label: t.aid.title, label_singular: '学段', folder: `${o.contentDir}/${COLLECTIONS.aid.dir}`, extension: 'yaml', format: 'yaml',
        create: false, delete: false, identifier_field: 'title',
        // Its contacts are ids of content/aid-contacts/contacts.yaml, not regions (as a guide's are).
        fields: fields(aid.aidStageSchema, 'aidStageSchema').map((f) => (f.name === 'contacts' ? { ...f, widget: 'select', multiple: true, options: aidContacts(o.root) } : f)),
      },
      {
        name: 'aidContacts', label: t.aid.contacts, files: [{
          name: 'contacts', label: t.aid.contacts, file: `${o.contentDir}/${COLLECTIONS.aidContacts.dir}/${COLLECTIONS.aidContacts.pattern}`,
          fields: [{ name: 'contacts', label: '联系方式（contacts）', widget: 'list', hint: '只填有出处的号码；来源说法不一的号码不填，写明去哪里问。', collapsed: true, summary: '{{fields.name}}', fields: fieldsOf(shapeOf(aid.aidContactSchema), ['aidContactSchema'], ['contacts'], ctx) }],
        }],
      },
      {
        name: 'regions', label: t.nav.regions, files: [{
          name: 'regions', label: t.nav.regions, file: `${o.contentDir}/${COLLECTIONS.regions.dir}/${COLLECTIONS.regions.pattern}`,
          fields: [{ name: 'regions', label: '地区（regions）', widget: 'list', hint: '全国、山东省和 16 个市；只填有出处的电话、地址和网站。', collapsed: true, summary: '{{fields.name}}', fields: fieldsOf(shapeOf(region.regionSchema), ['regionSchema'], ['regions'], ctx) }],
        }],
      },
    ],
  };
}
