/**
 * The broken-content cases the build must refuse, each a single edit to a copy of the real
 * content with the lines the report must contain. Shared by the fast checker tests and
 * the full Astro build-failure tests.
 */
export interface BadCase {
  name: string;
  file: string;
  from: string | RegExp;
  to: string;
  expect: string[];
}

const NEWS = 'news/2018-09-30-a907c374.mdx';
const POLICY = 'policies/guofa-2007-13.mdx';
const GUIDE = 'guides/golden-autumn-application.mdx';

export const BAD_CASES: BadCase[] = [
  {
    name: 'missing title', file: POLICY, from: /^title: .*\n/m, to: '',
    expect: ['文件 content/policies/guofa-2007-13.mdx', '字段 title（标题）：缺少必填字段：请在文件头中补上 title: …'],
  },
  {
    name: 'impossible date', file: NEWS, from: 'publishedOn: 2018-09-30', to: 'publishedOn: 2018-13-45',
    expect: [`文件 content/${NEWS}`, '字段 publishedOn（发布日期）：「2018-13-45」不是有效日期：应为 YYYY-MM-DD 格式的真实日期'],
  },
  {
    name: 'unknown program', file: NEWS, from: 'programs: [golden-autumn,', to: 'programs: [golden-autum,',
    expect: [`文件 content/${NEWS}`, '字段 programs[0]（项目）：「golden-autum」不是已知项目：只能是 golden-autumn（金秋助学）或 sunshine-employment（阳光就业）'],
  },
  {
    name: 'unknown topic', file: POLICY, from: 'topics: [scholarship,', to: 'topics: [scholarships,',
    expect: [`文件 content/${POLICY}`, '字段 topics[0]（主题）：「scholarships」不是已知主题'],
  },
  {
    name: 'unknown city', file: NEWS, from: 'taian, binzhou]', to: 'taian, binzhuo]',
    expect: [`文件 content/${NEWS}`, '字段 cities[5]（地区）：指向不存在的地区「binzhuo」：content/regions/regions.yaml 中没有编号为 binzhuo 的地区。是否想写 binzhou？'],
  },
  {
    name: 'negative figure value', file: 'figures/2017.yaml', from: 'value: 3807.91', to: 'value: -3807.91',
    expect: ['文件 content/figures/2017.yaml', '字段 entries[0].value（数值）：数值不能为负数'],
  },
  {
    name: 'non-numeric figure value', file: 'figures/2017.yaml', from: 'value: 12672,', to: 'value: 12672人,',
    expect: ['文件 content/figures/2017.yaml', '字段 entries[1].value（数值）：「12672人」不是数字：应填不带单位的数字'],
  },
  {
    name: 'unknown metric', file: 'figures/2017.yaml', from: 'metric: job-fairs', to: 'metric: jobfairs',
    expect: ['文件 content/figures/2017.yaml', '字段 entries[7].metric（指标）：「jobfairs」不是已知指标：只能是 funds-raised（筹集助学资金）、aid-funds（发放助学款）'],
  },
  {
    name: 'figure whose unit is not its metric\'s', file: 'figures/2011.yaml', from: 'value: 4776.8, unit: 万元', to: 'value: 47768000, unit: 人',
    expect: ['文件 content/figures/2011.yaml', '字段 entries[1].unit（单位）：单位「人」与指标 aid-funds（发放助学款）的单位「万元」不一致：请把数值换算成万元，并写 unit: 万元'],
  },
  {
    name: 'the same year, program, scope and metric twice', file: 'figures/2011.yaml', from: 'metric: migrant-students-aided', to: 'metric: students-aided',
    expect: ['文件 content/figures/2011.yaml', '字段 entries[3]（数据条目）：与 entries[2] 重复：2011 年 golden-autumn shandong students-aided 只能有一个数字'],
  },
  {
    name: 'a city reporting more than its province', file: 'figures/2011.yaml',
    from: '  - { metric: employment-services,', to: '  - { metric: students-aided, value: 30000, unit: 人, scope: jinan, program: golden-autumn, source: grrb }\n  - { metric: employment-services,',
    expect: ['文件 content/figures/2011.yaml', '字段 entries[4].value（数值）：济南市的 students-aided（30000）大于 entries[2] 山东省的总数（28012）：请核对这两条'],
  },
  {
    name: 'a figure whose source is not declared', file: 'figures/2011.yaml', from: 'value: 89, unit: 场, scope: shandong, program: sunshine-employment, source: grrb', to: 'value: 89, unit: 场, scope: shandong, program: sunshine-employment, source: grrb2011',
    expect: ['文件 content/figures/2011.yaml', '字段 entries[5].source（来源）：出处「grrb2011」不存在：请先在本文件的 sources 下写明它（已有 grrb）'],
  },
  {
    name: 'a quote of a figure that does not exist', file: NEWS, from: '<Figure metric="job-fairs" year={2017}', to: '<Figure metric="job-fairs" year={2016}',
    expect: [`文件 content/${NEWS}`, '字段 正文 <Figure metric="job-fairs" year={2016} scope="shandong" />：没有 2016 年的数据：content/figures/2016.yaml 不存在（已有 2009、2011、2013、2017 年）'],
  },
  {
    name: 'dangling guide → policy', file: GUIDE, from: 'acftu-2016-36-hardship-files, guofa-2007-13]', to: 'acftu-2016-36-hardship-files, guofa-2007-31]',
    expect: [`文件 content/${GUIDE}`, '字段 relatedPolicies[3]（相关政策）：指向不存在的政策「guofa-2007-31」：content/policies/guofa-2007-31.mdx 不存在。是否想写 guofa-2007-13？'],
  },
  {
    name: 'dangling guide → law article', file: GUIDE, from: 'legalBasis: [jiaoyu-fa#art-38,', to: 'legalBasis: [jiaoyu-fa#art-39,',
    expect: [`文件 content/${GUIDE}`, '字段 legalBasis[0]（法律依据）：教育法没有收录第 39 条：已收录第 9、19、37、38、43、59、60、61 条'],
  },
  {
    name: 'citation of a missing article in an MDX body', file: GUIDE, from: '<Cite law="gaodeng-jiaoyu-fa" article={54} />', to: '<Cite law="gaodeng-jiaoyu-fa" article={45} />',
    expect: [`文件 content/${GUIDE}`, '字段 正文 <Cite law="gaodeng-jiaoyu-fa" article={45} />：高等教育法没有收录第 45 条'],
  },
  {
    name: 'citation of a missing instrument in an MDX body', file: GUIDE, from: '<Cite law="gaodeng-jiaoyu-fa" article={54} />', to: '<Cite law="gaodeng-jiaoyufa" article={54} />',
    expect: [`文件 content/${GUIDE}`, '字段 正文 <Cite law="gaodeng-jiaoyufa" article={54} />：指向不存在的法规「gaodeng-jiaoyufa」：content/law/gaodeng-jiaoyufa.yaml 不存在。是否想写 gaodeng-jiaoyu-fa？'],
  },
  {
    name: 'self-check answer leading back to an earlier question', file: 'check/self-check.yaml',
    from: '        sets: { registered: unsure }\n        outcome: student-register-first', to: '        sets: { registered: unsure }\n        next: stage',
    expect: ['文件 content/check/self-check.yaml', '字段 questions（问题）：问题形成了循环：stage → money-student → registered-student → stage。请让每条路线最终到达一个结果（outcome）'],
  },
  {
    name: 'self-check outcome pointing at a missing guide', file: 'check/self-check.yaml', from: 'guides: [sunshine-employment-graduates]\n    legalBasis: [jiuye-cujin-fa#art-52]\n', to: 'guides: [sunshine-employment-graduate]\n    legalBasis: [jiuye-cujin-fa#art-52]\n',
    expect: ['文件 content/check/self-check.yaml', '字段 outcomes[2].guides[0]（指南）：指向不存在的指南「sunshine-employment-graduate」：content/guides/sunshine-employment-graduate.mdx 不存在。是否想写 sunshine-employment-graduates？'],
  },
  {
    name: 'dangling policy → supersededBy', file: 'policies/sample-union-aid-2019.mdx', from: 'supersededBy: sample-union-aid-2023', to: 'supersededBy: sample-union-aid-2024',
    expect: ['文件 content/policies/sample-union-aid-2019.mdx', '字段 supersededBy（替代政策）：指向不存在的政策「sample-union-aid-2024」'],
  },
  {
    name: 'dangling figure → news', file: 'figures/2017.yaml', from: 'article: { news: 2018-09-30-a907c374,', to: 'article: { news: 2018-09-31-a907c374,',
    expect: ['文件 content/figures/2017.yaml', '字段 sources.article.news（出处）：指向不存在的动态「2018-09-31-a907c374」'],
  },
  {
    name: 'unknown component in an MDX body', file: NEWS, from: '据统计，今年', to: '据统计，<Foo />今年',
    expect: [`文件 content/${NEWS}`, '第 13 行用了未知的组件 <Foo>：正文中只能用 <Keep>范先生</Keep>（繁体版保留原字形）、<Cite law="jiaoyu-fa" article={38} />（引用法规条文）、<Figure metric="aid-funds" year={2017} scope="shandong" />（引用年度数据）'],
  },
  {
    name: 'conversion override that no longer changes anything', file: 'conversion/overrides.yaml',
    from: 'to: 范先生\n  why: 姓氏“范”不能转成“範”\n  example: 范先生说\n  expect: 范先生說', to: 'to: 範先生\n  why: 姓氏“范”不能转成“範”\n  example: 范先生说\n  expect: 範先生說',
    expect: ['文件 content/conversion/overrides.yaml', '字段 第 1 项 to（繁体写法）：这条例外已经不起作用：不加它，OpenCC 也会把「范先生」转成「範先生」。请删除这一条'],
  },
  {
    name: 'real content leading to a sample', file: GUIDE, from: 'acftu-2016-36-hardship-files, guofa-2007-13]', to: 'acftu-2016-36-hardship-files, sample-union-aid-2023]',
    expect: [`文件 content/${GUIDE}`, '字段 relatedPolicies[3]（相关政策）：「sample-union-aid-2023」是示例内容（sample: true），正式网站不发布示例：真实内容不能引用它'],
  },
  {
    name: 'malformed 文号', file: POLICY, from: 'docNumber: 国发〔2007〕13号', to: 'docNumber: 国发[2007]13号',
    expect: [`文件 content/${POLICY}`, '字段 docNumber（文号）：文号「国发[2007]13号」格式不对', '这里应写成 国发〔2007〕13号'],
  },
];

/**
 * Bodies that must never be published: raw HTML in any case, expressions, imports, props a
 * component does not declare, and links or images to anything but the web, mail, phone or
 * this site. Each is written alone into a real body; `line` is where the problem is within
 * what is inserted (0 = its first line), `expect` what the report must say there.
 */
export const BAD_BODIES: { name: string; body: string; line?: number; expect: string }[] = [
  { name: 'an inline <script>', body: '<script>alert(1)</script>', expect: '有 HTML 标签 <script>：正文只能用 Markdown 和本站的组件' },
  { name: 'a <script> block', body: '<script>alert(1)</script>\n\n', expect: '有 HTML 标签 <script>' },
  { name: '<SCRIPT> in capitals', body: '<SCRIPT>alert(1)</SCRIPT>', expect: '有 HTML 标签 <SCRIPT>' },
  { name: 'a <style> block', body: '<style>main, nav</style>\n\n', expect: '有 HTML 标签 <style>' },
  { name: 'an <iframe>', body: '<iframe src="https://evil.example/"></iframe>', expect: '有 HTML 标签 <iframe>' },
  { name: 'an <img> with onerror', body: '<img src="/x.png" onerror="alert(1)" />', expect: '有 HTML 标签 <img>' },
  { name: 'a <form>', body: '<form action="https://evil.example/">身份证号</form>\n\n', expect: '有 HTML 标签 <form>' },
  { name: 'an <a> with vague text', body: '<a href="/x">点击这里</a>', expect: '有 HTML 标签 <a>' },
  { name: 'a <div>', body: '<div>块</div>\n\n', expect: '有 HTML 标签 <div>' },
  { name: 'a misspelt component', body: '<Script>alert(1)</Script>', expect: '用了未知的组件 <Script>' },
  { name: '<keep> in lower case', body: '<keep>范先生</keep>', expect: '「<keep>」应写成 <Keep>（K 大写）' },
  { name: 'a number in braces', body: '{5000}', expect: '有程序表达式 {5000}：正文里的大括号会被当作程序执行，不能发布' },
  { name: 'a call in braces', body: '{alert(document.cookie)}', expect: '有程序表达式 {alert(document.cookie)}' },
  { name: 'a comment in braces', body: '{/* 备注 */}', expect: '有程序表达式 {/* 备注 */}' },
  { name: 'an import', body: 'import X from "./x.js"\n\n', expect: 'import/export 开头的一行是程序代码' },
  { name: 'an export', body: 'export const x = 1\n\n', expect: 'import/export 开头的一行是程序代码' },
  { name: 'an onClick on <Keep>', body: '<Keep onClick="alert(1)">范先生</Keep>', expect: '<Keep> 没有属性 onClick：它不带任何属性' },
  { name: 'a style on <Keep>', body: '<Keep style="color:red">范先生</Keep>', expect: '<Keep> 没有属性 style' },
  { name: 'an onmouseover on <Cite>', body: '<Cite law="jiaoyu-fa" article={38} onmouseover="alert(1)" />', expect: '<Cite> 没有属性 onmouseover：它只能有 law、article' },
  { name: 'a spread on <Cite>', body: '<Cite law="jiaoyu-fa" article={38} {...props} />', expect: '<Cite> 里有程序表达式 {...props}' },
  { name: 'a call as a <Figure> prop', body: '<Figure metric="aid-funds" year={fetch("/x")} scope="shandong" />', expect: '<Figure> 的 year 写成了程序表达式：大括号里只能是一个整数' },
  { name: 'a javascript: link', body: '[国家助学金](javascript:alert(1))', expect: '链接地址「javascript:alert(1)」不能发布' },
  { name: 'a JAVASCRIPT: link in capitals', body: '[国家助学金](JAVASCRIPT:alert(1))', expect: '链接地址「JAVASCRIPT:alert(1)」不能发布' },
  { name: 'a vbscript: link', body: '[国家助学金](vbscript:msgbox)', expect: '链接地址「vbscript:msgbox」不能发布' },
  { name: 'a protocol-relative link', body: '[国家助学金](//evil.example/)', expect: '链接地址「//evil.example/」不能发布' },
  { name: 'a data: image', body: '![图](data:image/svg+xml;base64,PHN2Zz4=)', expect: '图片地址「data:image/svg+xml;base64,PHN2' },
  { name: 'a javascript: link by reference', body: '[国家助学金][x]\n\n[x]: javascript:alert(1)\n\n', line: 2, expect: '链接地址「javascript:alert(1)」不能发布' },
  { name: 'an HTML comment', body: '<!-- 备注 -->\n\n', expect: '写法无法识别' },
];

/** The two kinds of body a reader sees: a news item's and a policy's, at the line its text starts. */
const BODY_PLACES = [
  { file: NEWS, at: /^为使帮扶更有效/m, line: 15 },
  { file: POLICY, at: /^\*\*本页不是/m, line: 20 },
];

/** Each bad body alone, in each place, as a BadCase the checker and the build both run. */
export const BAD_BODY_CASES: BadCase[] = BAD_BODIES.flatMap((b) => BODY_PLACES.map((place) => ({
  name: `${b.name} in ${place.file}`,
  file: place.file,
  from: place.at,
  to: `${b.body}$&`,
  expect: [`文件 content/${place.file}`, `第 ${place.line + (b.line ?? 0)} 行`, b.expect],
})));
