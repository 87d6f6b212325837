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
const CONTACTS = '/regions/';
const AID = '/aid/';
const UNDERGRADUATE = '/aid/undergraduate/';
const POSTGRADUATE = '/aid/postgraduate/';
const PRESCHOOL_2025 = '/policies/guobanfa-2025-27/';

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
  // National aid by stage, and the documents behind it.
  { query: '国家助学贷款', find: [UNDERGRADUATE, POSTGRADUATE] },
  { query: '研究生国家助学金', find: [POSTGRADUATE] },
  { query: '国办发〔2025〕27号', find: [PRESCHOOL_2025], first: PRESCHOOL_2025 },
  { query: '010-66097980', find: [AID] },
];

/**
 * Each real (not sample) item with words that are its own: with thousands of synthetic news
 * beside it, it must stay in the top 3 for each (the benchmark measures this).
 */
export const RANKING_CASES: { item: string; queries: string[] }[] = [
  { item: NEWS, queries: ['困难职工', '成效凸显', '劳动模范'] },
  // 国家助学贷款 and 家庭经济困难的儿童 were these items' own words until the national aid pages (issue #28) said them too.
  { item: GUOFA, queries: ['国发〔2007〕13号', '资助政策体系', '师范生免费教育'] },
  { item: ART_38, queries: ['教育法第三十八条', '各种形式的资助'] },
  { item: ART_54, queries: ['高等教育法第五十四条', '减免学费'] },
  { item: FIGURES, queries: ['3807.91', '发放助学款'] },
  { item: GUIDE, queries: ['金秋助学申请', '入户核查'] },
  { item: SUNSHINE, queries: ['阳光就业', '职工之家'] },
  { item: HARDSHIP_FILES, queries: ['总工办发〔2016〕36号', '困难职工档案管理办法'] },
  { item: POSTGRADUATE, queries: ['研究生国家助学金', '研究生学业奖学金'] },
];

/**
 * Questions as families type them (issue: questions, not keywords), written from the guides,
 * the self-check and the policies. Each is typed as written (Simplified or Traditional) into
 * the search page of its edition; `find` (a Simplified path) must be among the first three
 * results, and where it names a guide section (#documents) the result must link to it.
 * `missing`: a question the site cannot answer: these words must be reported as found
 * nowhere, with the ways in that always help.
 */
export interface FamilyQuestion {
  question: string;
  edition: 'zh-hans' | 'zh-hant';
  find?: string;
  missing?: string[];
}

export const FAMILY_QUESTIONS: FamilyQuestion[] = [
  // No stage and no programme named: since the national aid pages, several pages answer; the
  // self-check, which asks the stage and lists both, comes first.
  { question: '怎么申请助学金', edition: 'zh-hans', find: CHECK },
  { question: '助学金要交什么材料', edition: 'zh-hans', find: `${GUIDE}#documents` },
  { question: '贫困生资助', edition: 'zh-hans', find: GUOFA },
  { question: '毕业了找不到工作怎么办', edition: 'zh-hans', find: SUNSHINE },
  { question: '大学生找工作 工会 帮助', edition: 'zh-hans', find: SUNSHINE },
  { question: '我家孩子符合条件吗', edition: 'zh-hans', find: CHECK },
  { question: '助學金怎麼申請', edition: 'zh-hant', find: GUIDE },
  { question: '困难职工档案怎么办', edition: 'zh-hans', find: HARDSHIP_FILES },
  { question: '金秋助学能领多少钱', edition: 'zh-hans', find: `${GUIDE}#amounts` },
  { question: '金秋助學能領多少錢', edition: 'zh-hant', find: `${GUIDE}#amounts` },
  { question: '到哪里咨询金秋助学', edition: 'zh-hans', find: `${GUIDE}#contacts` },
  // Whom to call: the contacts page (or the city's entry on it), in both scripts and editions.
  { question: '工会电话是多少', edition: 'zh-hans', find: CONTACTS },
  { question: '怎么联系当地工会', edition: 'zh-hans', find: CONTACTS },
  { question: '怎麼聯繫當地工會', edition: 'zh-hant', find: CONTACTS },
  { question: '联系方式', edition: 'zh-hans', find: CONTACTS },
  { question: '聯繫方式', edition: 'zh-hant', find: CONTACTS },
  { question: '济南市总工会电话', edition: 'zh-hans', find: CONTACTS },
  { question: '濟南市總工會電話', edition: 'zh-hant', find: CONTACTS },
  { question: '烟台市总工会地址', edition: 'zh-hans', find: `${CONTACTS}#yantai` },
  { question: '煙臺市總工會地址', edition: 'zh-hant', find: `${CONTACTS}#yantai` },
  // When to apply: the answer in the guide's 一看就懂 box.
  { question: '金秋助学什么时候申请', edition: 'zh-hans', find: `${GUIDE}#glance-when` },
  { question: '金秋助學什麼時候申請', edition: 'zh-hant', find: `${GUIDE}#glance-when` },
  { question: '建档要什么条件', edition: 'zh-hans', find: `${GUIDE}#先确认家里建档了吗` },
  { question: '建檔要什麼條件', edition: 'zh-hant', find: `${GUIDE}#先确认家里建档了吗` },
  { question: '孩子上大学有补助吗', edition: 'zh-hans', find: GUIDE },
  { question: '貧困生資助', edition: 'zh-hant', find: GUOFA },
  { question: '畢業了找不到工作怎麼辦', edition: 'zh-hant', find: SUNSHINE },
  { question: '怎么申请阳光就业', edition: 'zh-hant', find: SUNSHINE },
  { question: '在哪裡申請金秋助學', edition: 'zh-hant', find: GUIDE },
  { question: '职工之家怎么申请', edition: 'zh-hans', find: SUNSHINE_2025 },
  { question: '大学生助学贷款怎么办', edition: 'zh-hans', find: GUIDE },
  { question: '家里困难能减免学费吗', edition: 'zh-hans', find: CHECK },
  { question: '农民工的孩子能申请金秋助学吗', edition: 'zh-hans', find: `${GUIDE}#eligibility` },
  { question: '义务教育阶段有没有补助', edition: 'zh-hans', find: CHECK },
  // National aid by stage (issue: every student-aid item by education stage): the item's own section.
  { question: '助学贷款能贷多少', edition: 'zh-hans', find: `${UNDERGRADUATE}#loan` },
  { question: '助學貸款能貸多少', edition: 'zh-hant', find: `${UNDERGRADUATE}#loan` },
  { question: '助学贷款利率', edition: 'zh-hans', find: `${UNDERGRADUATE}#loan` },
  { question: '研究生补助', edition: 'zh-hans', find: `${POSTGRADUATE}#grant` },
  { question: '研究生有什麼補助', edition: 'zh-hant', find: `${POSTGRADUATE}#grant` },
  { question: '读研有补助吗', edition: 'zh-hans', find: `${POSTGRADUATE}#grant` },
  { question: '博士补助多少', edition: 'zh-hans', find: `${POSTGRADUATE}#grant` },
  { question: '高中是免費的嗎', edition: 'zh-hant', find: '/aid/senior-high/#fee-waiver' },
  { question: '上高中有什么补助', edition: 'zh-hans', find: '/aid/senior-high/#grant' },
  { question: '中职免学费', edition: 'zh-hans', find: '/aid/secondary-vocational/#free-tuition' },
  { question: '住校补助多少钱', edition: 'zh-hans', find: '/aid/compulsory/#boarding-allowance' },
  { question: '寄宿生補助', edition: 'zh-hant', find: '/aid/compulsory/#boarding-allowance' },
  { question: '幼儿园免费吗', edition: 'zh-hans', find: '/aid/preschool/#free-final-year' },
  { question: '国家奖学金多少钱', edition: 'zh-hans', find: `${UNDERGRADUATE}#national-scholarship` },
  { question: '教育部资助热线', edition: 'zh-hans', find: `${AID}#moe-hotline` },
  { question: '學生資助電話', edition: 'zh-hant', find: `${AID}#moe-hotline` },
  // Not this site's programme: said so, and the ways in offered.
  { question: '上海的助学金怎么申请', edition: 'zh-hans', missing: ['上海'] },
  { question: '廣東省的助學金怎麼申請', edition: 'zh-hant', missing: ['广东'] },
];
