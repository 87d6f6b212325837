/**
 * The search query set, written in Simplified; the browser tests also run every query
 * converted to Traditional, on both editions. `find`: items (Simplified paths) that must be
 * among the results; `first`: the one that must be first (precise lookups). Shared by the
 * browser tests and the benchmark, so the numbers in docs/benchmarks.md are for these queries.
 */
export interface SearchCase {
  query: string;
  find: string[];
  first?: string;
}

const NEWS = '/news/2018-09-30-a907c374/';
const GUOFA = '/policies/guofa-2007-13/';
const ART_38 = '/law/jiaoyu-fa/#art-38';
const ART_54 = '/law/gaodeng-jiaoyu-fa/#art-54';
const FIGURES = '/figures/2017/';
const GUIDE = '/guides/golden-autumn-application/';
const SUNSHINE = '/guides/sunshine-employment-graduates/';
const SUNSHINE_2025 = '/policies/acftu-mohrss-2025-sunshine-employment/';
const HARDSHIP_FILES = '/policies/acftu-2016-36-hardship-files/';
const CHECK = '/check/';

export const SEARCH_CASES: SearchCase[] = [
  // Topics a family or student types.
  { query: '困难职工', find: [NEWS, GUIDE] },
  { query: '金秋助学', find: [NEWS, FIGURES, GUIDE] },
  { query: '助学贷款', find: [GUOFA] },
  { query: '劳动模范', find: [NEWS] },
  { query: '家庭经济困难', find: [ART_38, GUOFA] },
  { query: '职业资格证书', find: [FIGURES, NEWS] },
  // Numbers.
  { query: '12351', find: [NEWS, GUIDE] },
  { query: '3807.91', find: [FIGURES, NEWS] },
  // 文号, exactly and loosely.
  { query: '国发〔2007〕13号', find: [GUOFA], first: GUOFA },
  { query: '国发2007 13', find: [GUOFA], first: GUOFA },
  { query: '国发[2007]13号', find: [GUOFA], first: GUOFA },
  { query: '2007年13号', find: [GUOFA], first: GUOFA },
  // Law articles, the way people quote them.
  { query: '教育法 第三十八条', find: [ART_38], first: ART_38 },
  { query: '教育法38条', find: [ART_38], first: ART_38 },
  { query: '教育法 38', find: [ART_38], first: ART_38 },
  { query: '《教育法》第38条', find: [ART_38], first: ART_38 },
  { query: '高等教育法第五十四条', find: [ART_54], first: ART_54 },
  { query: '社会救助暂行办法第三十六条', find: ['/law/shehui-jiuzhu-banfa/#art-36'], first: '/law/shehui-jiuzhu-banfa/#art-36' },
  { query: '宪法第46条', find: ['/law/xianfa/#art-46'], first: '/law/xianfa/#art-46' },
  { query: '总工办发〔2016〕36号', find: [HARDSHIP_FILES], first: HARDSHIP_FILES },
  // The guides, the self-check and the notices behind them.
  { query: '职工之家', find: [SUNSHINE, SUNSHINE_2025] },
  { query: '入户核查', find: [GUIDE] },
  { query: '自助测评', find: [CHECK] },
  { query: '困难职工档案', find: [HARDSHIP_FILES, GUIDE] },
];

/**
 * Each real (not sample) item with words that are its own: with thousands of synthetic news
 * beside it, it must stay in the top 3 for each (the benchmark measures this).
 */
export const RANKING_CASES: { item: string; queries: string[] }[] = [
  { item: NEWS, queries: ['困难职工', '成效凸显', '劳动模范'] },
  { item: GUOFA, queries: ['国发〔2007〕13号', '资助政策体系', '国家助学贷款'] },
  { item: ART_38, queries: ['教育法第三十八条', '家庭经济困难的儿童'] },
  { item: ART_54, queries: ['高等教育法第五十四条', '减免学费'] },
  { item: FIGURES, queries: ['3807.91', '发放助学款'] },
  { item: GUIDE, queries: ['金秋助学申请', '入户核查'] },
  { item: SUNSHINE, queries: ['阳光就业', '职工之家'] },
  { item: HARDSHIP_FILES, queries: ['总工办发〔2016〕36号', '困难职工档案管理办法'] },
];
