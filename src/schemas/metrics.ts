/** Units a yearly figure may carry. */
export const UNITS = ['万元', '人', '人次', '场', '个', '家'] as const;
export type Unit = (typeof UNITS)[number];

export interface MetricDefinition {
  /** The label shown in tables and charts. */
  label: string;
  unit: Unit;
}

/**
 * The closed catalogue of yearly metrics. A figures file may only use these keys, so
 * the same quantity always has one name and one unit across years. The staff handbook (docs/staff/figures.md) lists
 * this catalogue for staff (a test keeps the two in step).
 */
export const METRICS = {
  'funds-raised': { label: '筹集助学资金', unit: '万元' },
  'aid-funds': { label: '发放助学款', unit: '万元' },
  'students-aided': { label: '资助困难职工子女', unit: '人' },
  'migrant-students-aided': { label: '其中资助困难农民工子女', unit: '人' },
  'work-study-employers': { label: '为勤工助学对接用人单位', unit: '家' },
  'employment-services': { label: '为困难职工家庭高校毕业生提供就业服务', unit: '人次' },
  'skills-training': { label: '提供就业技能培训', unit: '人次' },
  'vocational-certificates': { label: '通过职业技能鉴定获得职业资格证书', unit: '人次' },
  'entrepreneurship-guidance': { label: '提供创业指导', unit: '人次' },
  'entrepreneurship-training': { label: '提供创业培训', unit: '人次' },
  'graduates-employed': { label: '实现就业', unit: '人' },
  'graduates-helped': { label: '帮助学生毕业就业', unit: '人' },
  'internships-offered': { label: '提供实习', unit: '人' },
  'graduates-trained': { label: '提供培训', unit: '人' },
  'job-fairs': { label: '举办就业招聘会等就业服务活动', unit: '场' },
  'jobs-offered': { label: '提供适合高校毕业生的就业岗位', unit: '个' },
  'job-search-aided': { label: '资助高校毕业生求职', unit: '人次' },
  'job-search-subsidy': { label: '发放求职补贴', unit: '万元' },
  'employer-jobs': { label: '企业及公益性岗位提供就业岗位', unit: '个' },
} as const satisfies Record<string, MetricDefinition>;

export type MetricKey = keyof typeof METRICS;
export const METRIC_KEYS = Object.keys(METRICS) as [MetricKey, ...MetricKey[]];
