import type { ComponentProps } from 'astro/types';
import type EntryList from './EntryList.astro';
import type FiguresTable from './FiguresTable.astro';
import type HeadlineFigures from './HeadlineFigures.astro';
import type SourceLine from './SourceLine.astro';
import type ValidityBadge from './ValidityBadge.astro';
import { figuresYearSchema } from '../schemas/figures.ts';
import { renderMdxBody } from '../lib/content/mdx.ts';
import { figureRow } from '../lib/figures.ts';

/**
 * Every state of every content component, rendered together on /examples/ so the browser
 * tests and the axe run check each one (GOV.UK Frontend's "examples" pattern). The numbers
 * here are made up and the page says so.
 */
const year = figuresYearSchema.parse({
  year: 2000,
  sample: true,
  entries: [
    { metric: 'aid-funds', value: 1234.5, scope: 'shandong', program: 'golden-autumn', source: { news: 'example-a' } },
    { metric: 'students-aided', value: 6789, scope: 'jinan', program: 'golden-autumn', source: { news: 'example-a' }, note: '示例备注' },
    { metric: 'job-fairs', value: 12, scope: 'shandong', program: 'sunshine-employment', source: { url: 'https://example.org/report' } },
  ],
});
const look = { regionName: (id: string) => (id === 'jinan' ? '济南市' : '山东省'), newsTitle: () => '示例动态标题' };
// News sources point into this page, so the link check has a real target.
const rows = year.entries.map((f) => {
  const row = figureRow(f, look);
  return row.source.external ? row : { ...row, source: { ...row.source, href: '#figures-table' } };
});

export const examples = {
  validityBadge: [
    { name: '有效', props: { status: 'in-force' } },
    { name: '已修改，指向现行版本', props: { status: 'amended', replacement: { href: '#validity-badge', title: '现行版本示例' } } },
    { name: '已废止，指向现行版本', props: { status: 'repealed', replacement: { href: '#validity-badge', title: '现行版本示例' } } },
  ] satisfies { name: string; props: ComponentProps<typeof ValidityBadge> }[],
  entryList: [
    { name: '有内容', props: { headingLevel: 3, items: [
      { href: '#entry-list', title: '示例条目', meta: ['2018年9月30日', '示例来源'], summary: '一两句话的摘要。' },
      { href: '#entry-list', title: '示例条目（示例内容）', meta: ['2019年6月1日'], sample: true },
    ] } },
    { name: '没有内容', props: { headingLevel: 3, items: [], empty: '暂无内容。' } },
  ] satisfies { name: string; props: ComponentProps<typeof EntryList> }[],
  figuresTable: [
    { name: '同一出处（出处写在表下）', props: { caption: '示例数据：同一出处', rows: rows.slice(0, 2) } },
    { name: '不同出处（每行一列出处）', props: { caption: '示例数据：不同出处', rows } },
  ] satisfies { name: string; props: ComponentProps<typeof FiguresTable> }[],
  headlineFigures: [
    { name: '主要数据', props: { label: '示例主要数据', rows: rows.slice(0, 2) } },
  ] satisfies { name: string; props: ComponentProps<typeof HeadlineFigures> }[],
  sourceLine: [
    { name: '只有名称', props: { source: { name: '示例来源' } } },
    { name: '有网址和核对日期', props: { source: { name: '示例来源', url: 'https://example.org/', retrievedOn: '2026-11-26' } } },
  ] satisfies { name: string; props: ComponentProps<typeof SourceLine> }[],
};

/** The MDX body components, rendered the way an entry's body is (src/lib/content/mdx.ts). */
const keep = await renderMdxBody('<Keep>这段文字保持简体</Keep>，其余文字在繁体版中转换为繁体。');
if (!keep.ok) throw new Error(keep.message);
export const bodyExamples = { keep: keep.html };
