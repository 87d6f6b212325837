import { stringify } from 'yaml';

export interface FigureCandidate {
  /** The words before the number, e.g. 发放助学款. */
  label: string;
  value: number;
  unit: string;
  /** The clause it came from, so a reviewer can check it without opening the article. */
  context: string;
}

const NUMBER_UNIT = /(\d+(?:\.\d+)?)(万元|人次|元|人|场|个|名|家|位)/g;
const BOUNDARY = /[，。；：、！？“”‘’（）《》\n]/;

function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let a = start;
  while (a > 0 && !BOUNDARY.test(text[a - 1] ?? '')) a -= 1;
  let b = end;
  while (b < text.length && !BOUNDARY.test(text[b] ?? '')) b += 1;
  return { before: text.slice(a, start), after: text.slice(end, b) };
}

/**
 * Number + unit phrases with the words before them as the label: 发放助学款 3807.91 万元.
 * When a clause opens with the number (2335人次通过职业技能鉴定…), the words after it label it.
 */
export function findFigureCandidates(paragraphs: readonly string[]): FigureCandidate[] {
  return paragraphs.flatMap((p) =>
    [...p.matchAll(NUMBER_UNIT)].map((m) => {
      const { before, after } = clauseAround(p, m.index, m.index + m[0].length);
      // Only this figure's own words: not an earlier figure in the same clause (9名…向56位),
      // and for "全省各级工会共举办……" the action after 共.
      const own = before.split(/\d+(?:\.\d+)?(?:万元|人次|元|人|场|个|名|家|位)/).at(-1) ?? '';
      const trimmed = own.includes('共') ? own.slice(own.lastIndexOf('共') + 1) : own;
      const next = after.split(/\d/)[0] ?? '';
      return {
        label: (trimmed || next).trim(),
        value: Number(m[1]),
        unit: m[2] ?? '',
        context: `${before}${m[0]}${after}`,
      };
    }),
  );
}

/** The draft file staff review; `draft: true` keeps it out of the site. */
export function draftFiguresFile(candidates: readonly FigureCandidate[], news: string, from: string): string {
  const header = [
    `# 数据候选：由 npm run import --figures 从 ${from} 自动找出，尚未核对，网站不会发布。`,
    '# 核对方法：逐条对照原文；确认的条目按指标目录（src/schemas/metrics.ts）改写，',
    '# 移入 content/figures/年份.yaml（在 sources 下写 { news: 动态编号, confidence: … }，条目用 source 引用它），',
    '# 正文中的数字改用 <Figure metric=… year={…} scope=… /> 引用，然后删除本文件。',
  ];
  const body = stringify({ draft: true, news, candidates }, { lineWidth: 0 });
  return `${header.join('\n')}\n${body}`;
}
