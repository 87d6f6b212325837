import type { ComponentProps } from 'astro/types';
import type EntryList from './EntryList.astro';
import type FigureChart from './FigureChart.astro';
import type FiguresTable from './FiguresTable.astro';
import type HeadlineFigures from './HeadlineFigures.astro';
import type Checklist from './Checklist.astro';
import type Cite from './Cite.astro';
import type ReviewNotice from './ReviewNotice.astro';
import type NewsBrowse from './NewsBrowse.astro';
import type Pagination from './Pagination.astro';
import type UnpublishedNotice from './UnpublishedNotice.astro';
import type SourceLine from './SourceLine.astro';
import type ValidityBadge from './ValidityBadge.astro';
import { figuresYearSchema } from '../schemas/figures.ts';
import { renderMdxBody } from '../lib/content/mdx.ts';
import { figureRow } from '../lib/figures/rows.ts';

/**
 * Every state of every content component, rendered together on /examples/ so the browser
 * tests and the axe run check each one (GOV.UK Frontend's "examples" pattern). The numbers
 * here are made up and the page says so.
 */
const year = figuresYearSchema.parse({
  year: 2000,
  sample: true,
  sources: {
    a: { news: 'example-a', confidence: 'medium' },
    b: { title: '示例报告', name: '示例机构', url: 'https://example.org/report', confidence: 'high' },
  },
  entries: [
    { metric: 'aid-funds', value: 1234.5, unit: '万元', scope: 'shandong', program: 'golden-autumn', source: 'a' },
    { metric: 'students-aided', value: 6789, unit: '人', scope: 'jinan', program: 'golden-autumn', source: 'a', note: '示例备注' },
    { metric: 'job-fairs', value: 12, unit: '场', scope: 'shandong', program: 'sunshine-employment', source: 'b' },
  ],
});
const look = { regionName: (id: string) => (id === 'jinan' ? '济南市' : '山东省'), newsTitle: () => '示例动态标题' };
// News sources point into this page, so the link check has a real target.
const rows = year.entries.map((f) => {
  const row = figureRow(f, year.sources, look);
  return row.source.external ? row : { ...row, source: { ...row.source, href: '#figures-table' } };
});

export const examples = {
  validityBadge: [
    { name: '有效', props: { status: 'in-force' } },
    { name: '已修改，指向现行版本', props: { status: 'amended', replacement: { href: '#validity-badge', title: '现行版本示例' } } },
    { name: '已废止，指向现行版本', props: { status: 'repealed', replacement: { href: '#validity-badge', title: '现行版本示例' } } },
    { name: '效力未确认', props: { status: undefined } },
  ] satisfies { name: string; props: ComponentProps<typeof ValidityBadge> }[],
  entryList: [
    { name: '有内容', props: { headingLevel: 3, items: [
      { href: '#entry-list', title: '示例条目', meta: ['2018年9月30日', '示例来源'], summary: '一两句话的摘要。' },
      { href: '#entry-list', title: '示例条目（示例内容）', meta: ['2019年6月1日'], sample: true },
    ] } },
    { name: '没有内容', props: { headingLevel: 3, items: [], empty: '暂无内容。' } },
  ] satisfies { name: string; props: ComponentProps<typeof EntryList> }[],
  figuresTable: [
    { name: '同一出处（出处写在表下）', props: { caption: '示例数据：同一出处', rows: rows.slice(0, 2), anchors: false } },
    { name: '不同出处（每行一列出处）', props: { caption: '示例数据：不同出处', rows, anchors: false } },
  ] satisfies { name: string; props: ComponentProps<typeof FiguresTable> }[],
  chart: [
    { name: '多年，有缺年', props: { spec: { id: 'example-chart-years', title: '示例：发放助学款（单位：万元）', description: '示例数字。', missing: '无数据', bars: [
      { label: '2011 年', value: 4776.8, display: '4,776.80 万元' }, { label: '2012 年', value: null, display: '' },
      { label: '2013 年', value: 0, display: '0.00 万元' }, { label: '2014 年', value: 3807.91, display: '3,807.91 万元' },
    ] } } },
    { name: '一年，长标签', props: { spec: { id: 'example-chart-long', title: '示例：长标签', description: '示例数字。', missing: '无数据', bars: [
      { label: '一个很长很长的示例地区名称', value: 12, display: '12 场' },
    ] } } },
  ] satisfies { name: string; props: ComponentProps<typeof FigureChart> }[],
  headlineFigures: [
    { name: '主要数据', props: { label: '示例主要数据', rows: rows.slice(0, 2) } },
  ] satisfies { name: string; props: ComponentProps<typeof HeadlineFigures> }[],
  sourceLine: [
    { name: '只有名称', props: { source: { name: '示例来源' } } },
    { name: '有网址和核对日期', props: { source: { name: '示例来源', url: 'https://example.org/', retrievedOn: '2026-11-26' } } },
    { name: '有标题、日期和说明', props: { source: { name: '示例报纸', title: '示例报道标题', publishedOn: '2018-07-24', note: '转载页面，原发网址没有找到。' } } },
  ] satisfies { name: string; props: ComponentProps<typeof SourceLine> }[],
  cite: [
    { name: '单款条文', props: { id: 'example-cite-1', target: { lawId: 'jiaoyu-fa', lawTitle: '示例法', number: 38, text: '国家对家庭经济困难的学生提供资助（示例文字）。' } } },
    { name: '多款条文', props: { id: 'example-cite-2', target: { lawId: 'jiaoyu-fa', lawTitle: '示例法', number: 43, text: '第一款示例文字。\n第二款示例文字。' } } },
  ] satisfies { name: string; props: ComponentProps<typeof Cite> }[],
  checklist: [
    { name: '申请准备清单', props: { id: 'example', items: ['示例事项一', '示例事项二'] } },
  ] satisfies { name: string; props: ComponentProps<typeof Checklist> }[],
  reviewNotice: [
    { name: '超过 12 个月未核对', props: { reviewedOn: '2020-01-01' } },
  ] satisfies { name: string; props: ComponentProps<typeof ReviewNotice> }[],
  unpublishedNotice: [
    { name: '草稿', props: { status: { published: false, reason: 'draft' } } },
    { name: '导入的草稿，有待核对事项', props: { status: { published: false, reason: 'draft' }, review: ['正文没有提到“金秋助学”或“阳光就业”：请在 programs 中选择所属项目', '导出文件没有写来源名称：请查明原发单位，改写 source.name'] } },
    { name: '定时发布', props: { status: { published: false, reason: 'scheduled', on: '2099-01-01' } } },
  ] satisfies { name: string; props: ComponentProps<typeof UnpublishedNotice> }[],
  pagination: [
    { name: '最新一页：只有较早和最早', props: { older: '#pagination-example', oldest: '#pagination-example' } },
    { name: '中间的一页：四个方向，和这一页的日期', props: { newest: '#pagination-example', newer: '#pagination-example', older: '#pagination-example', oldest: '#pagination-example', range: '2024年3月1日至3月20日' } },
  ] satisfies { name: string; props: ComponentProps<typeof Pagination> }[],
  newsBrowse: [
    { name: '分类浏览', props: { groups: [
      { kind: 'program', links: [{ kind: 'program', key: 'golden-autumn', name: '金秋助学', href: '#news-browse-example', count: 12 }] },
      { kind: 'tag', links: [{ kind: 'tag', key: '示例', name: '示例标签', href: '#news-browse-example', count: 3 }] },
    ] } },
  ] satisfies { name: string; props: ComponentProps<typeof NewsBrowse> }[],
};

/** The MDX body components, rendered the way an entry's body is (src/lib/content/mdx.ts). */
const keep = await renderMdxBody('<Keep>这段文字保持简体</Keep>，其余文字在繁体版中转换为繁体。');
if (!keep.ok) throw new Error(keep.problems[0]?.message);
const cite = await renderMdxBody('正文中的引用：<Cite law="jiaoyu-fa" article={38} />规定……');
if (!cite.ok) throw new Error(cite.problems[0]?.message);
const figure = await renderMdxBody('正文中的数字：全省工会共发放助学款<Figure metric="aid-funds" year={2017} scope="shandong" />。');
if (!figure.ok) throw new Error(figure.problems[0]?.message);
export const bodyExamples = { keep: keep.html, cite: cite.html, figure: figure.html };
