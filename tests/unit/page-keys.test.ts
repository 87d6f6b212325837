// The incremental build's page keys (src/lib/page-keys.ts): what makes a kept page be rendered again.
import { afterEach, describe, expect, it } from 'vitest';
import type { NewsListPage } from '../../src/lib/news-view.ts';
import { listKey, pageKey } from '../../src/lib/page-keys.ts';
import type { Site } from '../../src/lib/site-data.ts';

/** Only what the shared key reads; a new object each time, as each build makes its own. */
const site = (over: Partial<Record<string, unknown>> = {}) => ({
  policies: [{ id: 'p', data: { title: '政策' }, rendered: { html: '<p>正文</p>' } }], guides: [], law: [], figures: [],
  cumulative: undefined, regions: [{ id: 'jinan', name: '济南市' }], selfCheck: undefined,
  aid: { aid: new Map(), aidContacts: new Map() }, readingOverrides: [], news: [{ id: 'n1' }], ...over,
}) as unknown as Site;

const list = (over: Partial<NewsListPage> = {}): NewsListPage => ({
  path: '/news/page/1/', name: undefined, kind: 'all', key: '', total: 45, items: [], page: 1, range: '2020年1月1日至1月20日', updated: '2020-01-20', nav: { newer: '/news/' }, ...over,
});

const saved = process.env['PORTAL_SAMPLES'];
afterEach(() => {
  if (saved === undefined) delete process.env['PORTAL_SAMPLES'];
  else process.env['PORTAL_SAMPLES'] = saved;
});

describe('page keys', () => {
  it('stay the same for the same page and content, and change with the page’s own data', () => {
    expect(pageKey(site(), 'news', 'n1', { title: '甲' })).toBe(pageKey(site(), 'news', 'n1', { title: '甲' }));
    expect(pageKey(site(), 'news', 'n1', { title: '乙' })).not.toBe(pageKey(site(), 'news', 'n1', { title: '甲' }));
  });

  it('change with any content a page may show besides its own (not with other news), and with the build’s settings', () => {
    const key = pageKey(site(), 'news', 'n1');
    expect(pageKey(site({ news: [{ id: 'n1' }, { id: 'n2' }] }), 'news', 'n1')).toBe(key);
    expect(pageKey(site({ regions: [{ id: 'jinan', name: '济南' }] }), 'news', 'n1')).not.toBe(key);
    expect(pageKey(site({ policies: [{ id: 'p', data: { title: '政策' }, rendered: { html: '<p>改过</p>' } }] }), 'news', 'n1')).not.toBe(key);
    process.env['PORTAL_SAMPLES'] = saved === '1' ? '0' : '1';
    expect(pageKey(site(), 'news', 'n1')).not.toBe(key);
  });

  it('leave an older list page’s count out (it does not show it), and keep it on the first page', () => {
    expect(listKey(site(), list({ total: 46 }))).toBe(listKey(site(), list()));
    expect(listKey(site(), list({ page: 0, path: '/news/', total: 46 }))).not.toBe(listKey(site(), list({ page: 0, path: '/news/' })));
    expect(listKey(site(), list({ nav: { newer: '/news/page/2/' } }))).not.toBe(listKey(site(), list()));
  });
});
