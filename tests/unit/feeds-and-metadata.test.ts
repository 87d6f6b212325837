// The Traditional twins of the news feed and of a page's JSON-LD, and which URLs the sitemap takes.
import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { TRADITIONAL } from '../../src/lib/editions/editions.ts';
import { convertFeed } from '../../src/lib/editions/feed.ts';
import { convertJsonLd, convertPage } from '../../src/lib/editions/html.ts';
import { inSitemap, sitemapFiles } from '../../src/integrations/sitemap.ts';
import { jsonLdText, newsArticle } from '../../src/lib/structured-data.ts';

const convert = createConverter([]);
const SITE = 'https://zhuxue.example.org/';

describe('the Traditional news feed', () => {
  const feed = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>助学就业 · 工作动态</title><description>动态</description>'
    + '<link>https://zhuxue.example.org/</link><language>zh-Hans</language><item><title>发放助学金 &amp; 招聘会</title>'
    + '<link>https://zhuxue.example.org/news/a/</link><guid isPermaLink="true">https://zhuxue.example.org/news/a/</guid>'
    + '<description>为困难职工家庭</description><category>阳光就业</category><comments>https://other.example/news/a/</comments></item></channel></rss>';
  const out = convertFeed(feed, convert, TRADITIONAL, SITE);

  it('converts titles, summaries and categories, keeping escapes', () => {
    expect(out).toContain('<title>助學就業 · 工作動態</title>');
    expect(out).toContain('<title>發放助學金 &amp; 招聘會</title>');
    expect(out).toContain('<description>為困難職工家庭</description>');
    expect(out).toContain('<category>陽光就業</category>');
  });

  it('moves this site’s links under /zh-hant/ and no one else’s, and says zh-Hant', () => {
    expect(out).toContain('<link>https://zhuxue.example.org/zh-hant/</link>');
    expect(out).toContain('<guid isPermaLink="true">https://zhuxue.example.org/zh-hant/news/a/</guid>');
    expect(out).toContain('<comments>https://other.example/news/a/</comments>');
    expect(out).toContain('<language>zh-Hant</language>');
    expect(convertFeed(out, convert, TRADITIONAL, SITE)).toBe(out);
  });
});

describe('JSON-LD in the Traditional edition', () => {
  const url = new URL('/news/a/', SITE);
  const ld = newsArticle({ title: '发放助学金</script>', summary: '为困难职工家庭', publishedOn: '2018-09-30', unit: '山东省总工会', source: { name: '齐鲁人才网', url: 'https://source.example/1' }, tags: [], cities: [], programs: ['golden-autumn'], sample: false, draft: false, review: [] }, url);

  it('is JSON that cannot close its script element', () => {
    const text = jsonLdText(ld);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe('发放助学金</script>');
  });

  it('converts text, moves the page’s own URLs, keeps the source’s, sets the language', () => {
    const out = JSON.parse(convertJsonLd(jsonLdText(ld), convert, TRADITIONAL));
    expect(out.headline).toBe('發放助學金</script>');
    expect(out.description).toBe('為困難職工家庭');
    expect(out.author.name).toBe('山東省總工會');
    expect(out.url).toBe('https://zhuxue.example.org/zh-hant/news/a/');
    expect(out.mainEntityOfPage).toBe('https://zhuxue.example.org/zh-hant/news/a/');
    expect(out.isBasedOn).toBe('https://source.example/1');
    expect(out.inLanguage).toBe('zh-Hant');
    expect(out['@context']).toBe('https://schema.org');
  });

  it('is converted inside a page, with the link-preview tags and the feed link', () => {
    const page = `<html lang="zh-Hans"><head><meta property="og:title" content="助学"><meta property="og:locale" content="zh_CN">`
      + `<link rel="alternate" type="application/rss+xml" title="工作动态" href="/news/rss.xml">`
      + `<script type="application/ld+json">${jsonLdText(ld)}</script></head><body><script>var s = "国发";</script></body></html>`;
    const out = convertPage(page, convert, TRADITIONAL);
    expect(out).toContain('<meta property="og:title" content="助學">');
    expect(out).toContain('<meta property="og:locale" content="zh_TW">');
    expect(out).toContain('<link rel="alternate" type="application/rss+xml" title="工作動態" href="/zh-hant/news/rss.xml">');
    expect(out).toContain('"headline":"發放助學金\\u003c/script>"');
    expect(out).toContain('<script>var s = "国发";</script>'); // real scripts stay as written
  });
});

describe('the sitemap', () => {
  it('takes public pages of both editions, not feeds, data files, 404 or the examples page', () => {
    for (const p of ['/', '/news/', '/zh-hant/news/page/2/', '/law/jiaoyu-fa/', '/news/tag/%E5%8A%A9%E5%AD%A6/']) expect(inSitemap(new URL(p, SITE).href), p).toBe(true);
    for (const p of ['/news/rss.xml', '/zh-hant/news/rss.xml', '/figures/figures.csv', '/404.html', '/examples/', '/zh-hant/examples/', '/offline/', '/zh-hant/offline/']) expect(inSitemap(new URL(p, SITE).href), p).toBe(false);
  });
});

describe('the sitemap files', () => {
  const site = 'https://zhuxue.example.org/';
  it('list each page in both editions, each linking to both, and leave out what is not listed', () => {
    const files = sitemapFiles(['', 'news/a/', 'news/a/zhuyin/', 'news/tag/助学/', '404/', 'news/rss.xml'], site);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    const map = files.get('sitemap-0.xml')!;
    const locs = [...map.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://zhuxue.example.org/', 'https://zhuxue.example.org/zh-hant/',
      'https://zhuxue.example.org/news/a/', 'https://zhuxue.example.org/zh-hant/news/a/',
      'https://zhuxue.example.org/news/tag/%E5%8A%A9%E5%AD%A6/', 'https://zhuxue.example.org/zh-hant/news/tag/%E5%8A%A9%E5%AD%A6/',
    ]);
    expect(map).toContain('<url><loc>https://zhuxue.example.org/zh-hant/news/a/</loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="https://zhuxue.example.org/news/a/"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="https://zhuxue.example.org/zh-hant/news/a/"/></url>');
    expect(files.get('sitemap-index.xml')).toBe('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://zhuxue.example.org/sitemap-0.xml</loc></sitemap></sitemapindex>');
  });

  it('split into files of at most the limit, and list one edition without alternates when there is one', () => {
    const files = sitemapFiles(['a/', 'b/', 'c/'], site, ['zh-hans'], 2);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-1.xml')).toContain('<url><loc>https://zhuxue.example.org/c/</loc></url>');
    expect(files.get('sitemap-index.xml')).toContain('<loc>https://zhuxue.example.org/sitemap-1.xml</loc>');
  });
});
