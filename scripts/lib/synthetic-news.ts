/**
 * Deterministic synthetic news entries for the build benchmark: about 800 Chinese
 * characters of body each, valid for the news schema, marked sample: true, and named
 * bench-NNNNN so they can never be mistaken for (or collide with) real entries.
 */

const CITIES: [string, string][] = [
  ['jinan', '济南'], ['qingdao', '青岛'], ['zibo', '淄博'], ['zaozhuang', '枣庄'], ['dongying', '东营'],
  ['yantai', '烟台'], ['weifang', '潍坊'], ['jining', '济宁'], ['taian', '泰安'], ['weihai', '威海'],
  ['rizhao', '日照'], ['linyi', '临沂'], ['dezhou', '德州'], ['liaocheng', '聊城'], ['binzhou', '滨州'], ['heze', '菏泽'],
];

const ACTIVITIES = ['金秋助学走访慰问', '阳光就业专场招聘会', '困难职工子女助学金发放仪式', '高校毕业生就业技能培训', '一对一结对助学', '职工服务中心助学咨询日'];

/** Sentences with slots: {city} 城市, {n} 人数, {m} 金额（万元）, {k} 场次. */
const SENTENCES = [
  '{city}市总工会近日开展了本年度的{activity}活动，各级工会干部深入困难职工家庭，了解子女上学和就业中遇到的实际困难。',
  '活动期间，{city}市各级工会共走访困难职工家庭{n}户，逐户核对家庭收入、子女录取和在校情况，做到底数清、情况明。',
  '据统计，本次活动共筹集助学资金{m}万元，资助当年考入高校的困难职工子女{n}人，资金已按规定程序发放到学生本人。',
  '工会工作人员提醒，申请助学的家庭应当事先在工会建立困难职工档案，并按当地工会通知的要求准备相关材料。',
  '为帮助困难职工家庭高校毕业生尽快就业，{city}市总工会联合人社部门举办专场招聘会{k}场，组织企业提供适合毕业生的岗位。',
  '参加招聘会的企业涵盖制造、商贸、物流和服务等行业，现场达成初步就业意向{n}人，工会将持续跟踪后续签约情况。',
  '对暂未实现就业的毕业生，工会安排就业指导老师开展一对一帮扶，从简历撰写、面试技巧到职业规划提供具体建议。',
  '依托职工服务中心和12351职工服务热线，{city}市总工会及时受理困难职工的求助申请，做到件件有回音、事事有着落。',
  '不少受助学生表示，工会的帮助减轻了家庭的经济负担，让自己能够安心学习，毕业后也愿意回报社会、帮助他人。',
  '{city}市总工会还组织劳动模范和爱心企业参与结对助学，通过学费资助、假期实习和思想引导等方式，对学生进行长期帮扶。',
  '下一步，{city}市各级工会将进一步完善困难职工帮扶机制，推动助学和就业服务常态化，让更多困难家庭子女受益。',
  '有关政策和申请办法，请关注当地工会发布的通知，或拨打12351职工服务热线咨询，切勿轻信非官方渠道的收费代办信息。',
];

/** mulberry32: a tiny seeded generator, so entry i is the same on every run and machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticNews {
  /** File name under content/news/, e.g. bench-00042.mdx. */
  file: string;
  text: string;
  /** Characters of body text (without blank lines). */
  bodyLength: number;
}

/** The i-th synthetic news entry (i ≥ 0). */
export function syntheticNews(i: number): SyntheticNews {
  const next = random(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const [cityId, city] = pick(CITIES);
  const activity = pick(ACTIVITIES);
  const fill = (s: string) =>
    s.replaceAll('{city}', city).replaceAll('{activity}', activity)
      .replaceAll('{n}', String(20 + Math.floor(next() * 980)))
      .replaceAll('{m}', (10 + next() * 490).toFixed(2))
      .replaceAll('{k}', String(2 + Math.floor(next() * 18)));
  const sentences: string[] = [fill(SENTENCES[0] ?? '')];
  let length = sentences[0]?.length ?? 0;
  while (length < 780) {
    const s = fill(pick(SENTENCES.slice(1)));
    sentences.push(s);
    length += s.length;
  }
  const paragraphs: string[] = [];
  for (let p = 0; p < sentences.length; p += 3) paragraphs.push(sentences.slice(p, p + 3).join(''));
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 3650) * 86_400_000).toISOString().slice(0, 10);
  const program = activity.includes('就业') || activity.includes('培训') ? 'sunshine-employment' : 'golden-autumn';
  const id = `bench-${String(i).padStart(5, '0')}`;
  const text = [
    '---',
    `title: ${city}市总工会开展${activity}（基准测试 ${i}）`,
    `publishedOn: ${day}`,
    'source:',
    '  name: 基准测试合成内容',
    `unit: ${city}市总工会`,
    `cities: [${cityId}]`,
    `programs: [${program}]`,
    `tags: [${activity}]`,
    `summary: ${sentences[0]}`,
    'sample: true',
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
  return { file: `${id}.mdx`, text, bodyLength: length };
}
