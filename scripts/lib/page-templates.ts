import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One page of every template (a page kind with its own layout or script), as a reader opens it:
 * what the layout-shift test (tests/e2e/layout-shift.e2e.ts) and the Lighthouse table of
 * `npm run bench` (scripts/lib/bench-lighthouse.ts) visit, in both editions.
 */
export interface PageTemplate { template: string; path: string }

export const PAGE_TEMPLATES: readonly PageTemplate[] = [
  { template: '首页', path: '/' },
  { template: '政策列表', path: '/policies/' },
  { template: '政策', path: '/policies/guofa-2007-13/' },
  { template: '政策（注音）', path: '/policies/guofa-2007-13/zhuyin/' },
  { template: '指南列表', path: '/guides/' },
  { template: '指南', path: '/guides/golden-autumn-application/' },
  { template: '指南（注音）', path: '/guides/golden-autumn-application/zhuyin/' },
  { template: '自助测评', path: '/check/' },
  { template: '资助（按学段）', path: '/aid/' },
  { template: '一个学段', path: '/aid/undergraduate/' },
  { template: '法律汇编', path: '/law/' },
  { template: '一部法律', path: '/law/jiaoyu-fa/' },
  { template: '法律汇编（打印）', path: '/law/print/' },
  { template: '动态', path: '/news/' },
  { template: '动态（较早一页）', path: '/news/page/1/' },
  { template: '动态（一个栏目）', path: '/news/program/golden-autumn/' },
  { template: '一条动态', path: '/news/2018-09-30-a907c374/' },
  { template: '一条动态（注音）', path: '/news/2018-09-30-a907c374/zhuyin/' },
  { template: '数字', path: '/figures/' },
  { template: '一年的数字', path: '/figures/2017/' },
  { template: '各地联系方式', path: '/regions/' },
  { template: '搜索', path: '/search/' },
  { template: '搜索（带查询）', path: '/search/?q=%E5%9B%B0%E9%9A%BE%E8%81%8C%E5%B7%A5' },
  { template: '离线阅读', path: '/offline/' },
];

/** The page's file in a build. */
export const pageFile = (dist: string, path: string) => join(dist, new URL(path, 'https://x').pathname.replace(/\/$/, '/index.html'));

/** The templates a build has a page for (the shipped content has too few news for an older list page). */
export const templatesIn = (dist: string) => PAGE_TEMPLATES.filter((t) => existsSync(pageFile(dist, t.path)));
