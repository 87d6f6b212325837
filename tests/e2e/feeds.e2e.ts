// Following the news: the RSS 2.0 feed of each edition, the sitemap of both editions, robots.txt,
// and the schema.org JSON-LD of content pages. Read as a feed reader, a crawler and a
// validator would: from the served site, parsed as XML/JSON, checked against the content.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { checkContent } from '../../src/lib/content/check.ts';
import { pathIn } from '../../src/lib/editions/editions.ts';
import { publication } from '../../src/lib/publication.ts';
import { todayInShandong } from '../../src/lib/review.ts';
import { DIST, builtPages } from './built-pages.ts';
import { PROJECT } from '../helpers/content-copy.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

/** The address the build used: PORTAL_SITE_URL, or unset the local preview's own (npm start). */
const SITE = siteUrl();
const xml = (text: string) => parseDocument(text, { xmlMode: true });
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
/** The element's own children with this tag (an item's <link>, not a nested one). */
const one = (el: Element, tag: string) => DomUtils.getElementsByTagName(tag, el.children, false);
const text = (el: Element, tag: string) => DomUtils.textContent(one(el, tag)[0] ?? []);

/** The published news, newest first, as the site should list them. */
async function publishedNews(): Promise<{ id: string; title: string; publishedOn: string }[]> {
  const { content } = await checkContent(join(PROJECT, 'content'));
  const today = todayInShandong();
  return [...content.news].filter(([, n]) => publication('news', n, today).published)
    .map(([id, n]) => ({ id, title: n.title, publishedOn: n.publishedOn }))
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.title.localeCompare(b.title, 'zh'));
}

for (const edition of ['zh-hans', 'zh-hant'] as const) {
  test(`${edition}: the news feed is RSS 2.0 with the published news, newest first, linked from the news list`, async ({ page, request }) => {
    const list = pathIn(edition, '/news/');
    await page.goto(list);
    const href = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    expect(href).toBe(pathIn(edition, '/news/rss.xml'));
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    const doc = xml(await response.text());
    const rss = DomUtils.findOne((e) => e.name === 'rss', doc.children)!;
    expect(rss.attribs['version']).toBe('2.0');
    const channels = one(rss, 'channel');
    expect(channels).toHaveLength(1);
    const channel = channels[0]!;
    for (const required of ['title', 'link', 'description']) expect(text(channel, required), required).not.toBe('');
    expect(text(channel, 'language')).toBe(edition === 'zh-hans' ? 'zh-Hans' : 'zh-Hant');
    expect(text(channel, 'title')).toBe(edition === 'zh-hans' ? '助学就业 · 工作动态' : '助學就業 · 工作動態');

    const items = one(channel, 'item');
    const expected = (await publishedNews()).slice(0, 50);
    expect(items.map((i) => text(i, 'link'))).toEqual(expected.map((n) => `${SITE}${pathIn(edition, `/news/${n.id}/`)}`));
    for (const [i, item] of items.entries()) {
      expect(text(item, 'guid')).toBe(text(item, 'link'));
      expect(text(item, 'description')).not.toBe('');
      // RFC 822 date, the day the news was published in Shandong (midnight UTC+8).
      const date = text(item, 'pubDate');
      expect(date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(new Date(new Date(date).getTime() + 8 * 3600_000).toISOString().slice(0, 10)).toBe(expected[i]!.publishedOn);
    }
    const firstTitle = text(items[0]!, 'title');
    if (edition === 'zh-hans') expect(firstTitle).toBe(expected[0]!.title);
    else expect(firstTitle).not.toBe(expected[0]!.title); // converted: 山东省工会… → 山東省工會…
  });
}

test('the sitemap lists every public page of both editions, with its twin, and nothing else; robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  const index = xml(await (await request.get('/sitemap-index.xml')).text());
  const maps = DomUtils.getElementsByTagName('loc', index).map((l) => DomUtils.textContent(l));
  const urls = new Map<string, string[]>();
  for (const map of maps) {
    const doc = xml(await (await request.get(new URL(map).pathname)).text());
    for (const url of DomUtils.getElementsByTagName('url', doc)) {
      const links = DomUtils.getElementsByTagName('xhtml:link', url).map((l) => `${l.attribs['hreflang']} ${l.attribs['href']}`);
      urls.set(text(url, 'loc'), links);
    }
  }
  // The admin is never part of the public build.
  expect(existsSync(join(DIST, 'admin'))).toBe(false);
  expect(existsSync(join(DIST, 'zh-hant/admin'))).toBe(false);
  // Not listed: the examples page and the 注音 versions (both noindex).
  const publicPages = builtPages().filter((p) => !/^\/(?:zh-hant\/)?(?:examples|offline)\//.test(p) && !p.endsWith('/zhuyin/'));
  const expected = publicPages.map((p) => new URL(encodeURI(p), SITE).href);
  expect([...urls.keys()].sort()).toEqual(expected.sort());
  for (const [loc, links] of urls) {
    const path = decodeURI(new URL(loc).pathname);
    expect(links, loc).toEqual([`zh-Hans ${SITE}${encodeURI(pathIn('zh-hans', path))}`, `zh-Hant ${SITE}${encodeURI(pathIn('zh-hant', path))}`]);
  }
});

/** The schema.org properties each type used here may have (from the type's and its parents' definitions). */
const THING = ['name', 'alternateName', 'description', 'url', 'mainEntityOfPage'];
const CREATIVE_WORK = [...THING, 'headline', 'inLanguage', 'datePublished', 'dateModified', 'author', 'publisher', 'isBasedOn', 'keywords'];
const ALLOWED: Record<string, string[]> = {
  NewsArticle: CREATIVE_WORK,
  Legislation: [...CREATIVE_WORK, 'legislationType', 'legislationDate', 'legislationPassedBy', 'legislationIdentifier', 'legislationLegalForce'],
  GovernmentService: [...THING, 'serviceType', 'audience', 'areaServed', 'provider'],
  Organization: THING,
  Audience: [...THING, 'audienceType'],
  AdministrativeArea: THING,
};
const REQUIRED: Record<string, string[]> = {
  NewsArticle: ['headline', 'datePublished', 'author', 'publisher', 'url'],
  Legislation: ['name', 'legislationDate', 'legislationPassedBy', 'url'],
  GovernmentService: ['name', 'description', 'serviceType', 'url'],
};
const LEGAL_FORCE = ['https://schema.org/InForce', 'https://schema.org/PartiallyInForce', 'https://schema.org/NotInForce'];

function validate(node: Record<string, unknown>, at: string): string[] {
  const type = String(node['@type']);
  const allowed = ALLOWED[type];
  if (!allowed) return [`${at}: unknown @type ${type}`];
  const problems = Object.keys(node).filter((k) => !k.startsWith('@') && !allowed.includes(k)).map((k) => `${at}: ${type} has no property ${k}`);
  for (const [k, v] of Object.entries(node)) {
    if (v && typeof v === 'object') problems.push(...validate(v as Record<string, unknown>, `${at}.${k}`));
    if (/^(?:date|legislationDate)/.test(k) && !/^\d{4}-\d{2}-\d{2}$/.test(String(v))) problems.push(`${at}.${k}: not an ISO date`);
    if (k === 'legislationLegalForce' && !LEGAL_FORCE.includes(String(v))) problems.push(`${at}.${k}: not a LegalForceStatus`);
  }
  return problems;
}

test('news, law and guide pages describe themselves in valid schema.org JSON-LD, in their own edition', () => {
  const kinds: [RegExp, string][] = [[/^\/news\/(?!page\/|program\/|city\/|year\/|tag\/|rss)[^/]+\/$/, 'NewsArticle'], [/^\/law\/(?!print\/)[^/]+\/$/, 'Legislation'], [/^\/guides\/[^/]+\/$/, 'GovernmentService']];
  const seen = new Set<string>();
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST, decodeURI(path), 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    const plain = path.replace(/^\/zh-hant\//, '/');
    const type = kinds.find(([re]) => re.test(plain))?.[1];
    expect(blocks.length, path).toBe(type ? 1 : 0);
    if (!type) continue;
    const ld = blocks[0]!;
    seen.add(type);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type'], path).toBe(type);
    for (const k of REQUIRED[type]!) expect(ld[k], `${path} ${k}`).toBeTruthy();
    expect(validate(ld, path)).toEqual([]);
    expect(ld['url']).toBe(`${SITE}${path}`);
    if ('inLanguage' in ld) expect(ld['inLanguage']).toBe(path.startsWith('/zh-hant/') ? 'zh-Hant' : 'zh-Hans');
  }
  expect([...seen].sort()).toEqual(['GovernmentService', 'Legislation', 'NewsArticle']);
});

test('every page has Open Graph and Twitter tags for link previews, in its edition', async ({ page }) => {
  for (const path of ['/', '/news/2018-09-30-a907c374/', '/zh-hant/news/2018-09-30-a907c374/', '/zh-hant/law/jiaoyu-fa/']) {
    await page.goto(path);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:url')).toBe(`${SITE}${path}`);
    expect(await meta('og:title')).toBeTruthy();
    expect(await meta('og:description')).toBeTruthy();
    expect(await meta('og:site_name')).toBe(path.startsWith('/zh-hant/') ? '助學就業' : '助学就业');
    expect(await meta('og:locale')).toBe(path.startsWith('/zh-hant/') ? 'zh_TW' : 'zh_CN');
    expect(await meta('og:type')).toBe(path.includes('/news/20') ? 'article' : 'website');
    expect(await meta('twitter:card')).toBe('summary');
    expect(await meta('twitter:title')).toBe(await meta('og:title'));
  }
});
