import { z } from 'astro/zod';
import { entryId, httpUrl } from './common.ts';

export const REGION_LEVELS = ['national', 'province', 'city'] as const;

/** One place the portal talks about: 全国, 山东省, or one of its 16 cities. */
export const regionSchema = z.strictObject({
  /** 编号，用拼音小写，例如 jinan；其他内容用它引用本地区。 */
  id: entryId('地区'),
  /** 地区名称，例如 济南市。 */
  name: z.string().trim().min(1, { error: '地区名称不能为空' }),
  /** 层级：national（全国）、province（省）或 city（设区的市）。 */
  level: z.enum(REGION_LEVELS, {
    error: '层级只能是 national（全国）、province（省）或 city（市）',
  }),
  /** 上级地区的编号（市填 shandong；全国和省不填）。 */
  parent: entryId('上级地区').optional(),
  /** 负责本地区的工会组织名称，例如 济南市总工会。 */
  federation: z.string().trim().min(1).optional(),
  /** 可公开的咨询电话；只填有出处的号码，没有就不填。 */
  hotline: z.string().regex(/^[0-9-]{3,20}$/, { error: '电话号码只能含数字和连字符' }).optional(),
  /** 电话号码或机构名称的出处（填了 hotline 就必须写）。 */
  hotlineSource: z.string().trim().min(1).optional(),
  /** 工会机关的办公电话（不是专门的助学电话）；只填有出处的号码。 */
  phone: z.string().regex(/^[0-9-]{3,20}$/, { error: '电话号码只能含数字和连字符' }).optional(),
  /** 工会机关的地址；只填有出处的地址。 */
  address: z.string().trim().min(1).optional(),
  /** 工会的官方网站。 */
  website: httpUrl.optional(),
  /** 电话、地址、网站的出处和查到的日期（填了其中任何一项就必须写）。 */
  contactSource: z.string().trim().min(1).optional(),
}).refine((r) => !r.hotline || r.hotlineSource, {
  error: '填写了 hotline（电话）就必须写 hotlineSource（出处）',
  path: ['hotlineSource'],
}).refine((r) => !(r.phone || r.address || r.website) || r.contactSource, {
  error: '填写了 phone、address 或 website 就必须写 contactSource（出处）',
  path: ['contactSource'],
});

export type Region = z.output<typeof regionSchema>;
