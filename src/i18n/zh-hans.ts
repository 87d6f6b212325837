import type { UiStrings } from './schema.ts';

/** Interface text in Simplified Chinese, the canonical locale. */
export const zhHans = {
  lang: 'zh-Hans',
  siteName: '助学就业',
  siteTagline: '金秋助学 · 阳光就业 政策与服务信息',
  skipLink: '跳到正文',
  navLabel: '主导航',
  breadcrumbLabel: '当前位置',
  editionsLabel: '简体繁体切换',
  nav: {
    home: '首页', policies: '资助政策', guides: '申请指南', law: '法规汇编',
    news: '工作动态', figures: '数据', regions: '联系方式',
  },
  lastUpdated: '最后更新',
  sampleBadge: '示例内容',
  sampleNotice: '本页用于展示网站的样式，不是真实的政策、通知或数据，请勿据此办理。',
  sourceLabel: '来源',
  sourceLink: '查看原文',
  programs: { 'golden-autumn': '金秋助学', 'sunshine-employment': '阳光就业' },
  programBlurbs: {
    'golden-autumn': '为在工会建档的困难职工家庭中考入大学的子女提供助学帮扶。',
    'sunshine-employment': '为困难职工家庭的高校毕业生提供就业培训、岗位推荐和求职帮扶。',
  },
  topics: {
    tuition: '学费', 'living-allowance': '生活补助', loan: '助学贷款', scholarship: '奖助学金',
    'work-study': '勤工助学', employment: '就业', training: '培训', entrepreneurship: '创业',
    counselling: '心理与咨询', other: '其他',
  },
  levels: { national: '国家', provincial: '省级', municipal: '市级', union: '工会' },
  validity: { 'in-force': '有效', amended: '已修改', repealed: '已废止' },
  lawKinds: { law: '法律', regulation: '法规规章', policy: '政策文件' },
  replacedBy: '现行版本',
  footerNote: '本站信息仅供参考，具体以发文机关和当地工会发布的原文为准。',
  hotlineLabel: '职工服务热线',
  notFoundTitle: '没有找到这个页面',
  notFoundBody: '您要找的页面不存在或已移动。可以回到首页，或从下面的栏目重新查找。',
} as const satisfies UiStrings;
