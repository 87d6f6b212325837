import { describe, expect, it } from 'vitest';
import { alternates, canonicalPath, isPageHref, pagePath, pathIn, traditionalEnabled } from '../../src/lib/editions/editions.ts';

describe('edition paths', () => {
  it('maps a page to its twin and back', () => {
    expect(pathIn('zh-hant', '/news/2018-09-30-a907c374/')).toBe('/zh-hant/news/2018-09-30-a907c374/');
    expect(pathIn('zh-hant', '/')).toBe('/zh-hant/');
    expect(pathIn('zh-hans', '/zh-hant/law/jiaoyu-fa/')).toBe('/law/jiaoyu-fa/');
    expect(pathIn('zh-hant', '/zh-hant/law/')).toBe('/zh-hant/law/');
    expect(canonicalPath('/zh-hant')).toBe('/');
    expect(canonicalPath('/zh-hantx/')).toBe('/zh-hantx/');
  });

  it('serves the 404 page as /404.html in both editions', () => {
    expect(pagePath('/404')).toBe('/404.html');
    expect(pagePath('/404/')).toBe('/404.html');
    expect(pagePath('/news/')).toBe('/news/');
    expect(pathIn('zh-hant', pagePath('/404'))).toBe('/zh-hant/404.html');
  });

  it('lists zh-Hans, zh-Hant and x-default (Simplified) as absolute URLs', () => {
    expect(alternates('/news/', 'https://zhuxue.example.org')).toEqual([
      { hreflang: 'zh-Hans', href: 'https://zhuxue.example.org/news/' },
      { hreflang: 'zh-Hant', href: 'https://zhuxue.example.org/zh-hant/news/' },
      { hreflang: 'x-default', href: 'https://zhuxue.example.org/news/' },
    ]);
  });

  it('tells pages from shared assets', () => {
    for (const page of ['/', '/news/', '/law/jiaoyu-fa/#art-38', '/404.html', '/search/?q=x', '/regions']) expect(isPageHref(page), page).toBe(true);
    for (const asset of ['/_astro/a.css', '/favicon.svg', '/figures/figures.csv', '/pagefind/zh-hans/pagefind.js', '//cdn.example/x/', 'https://a.b/', '#main', 'mailto:a@b']) {
      expect(isPageHref(asset), asset).toBe(false);
    }
  });

  it('builds the Traditional edition unless PORTAL_TRADITIONAL=off', () => {
    expect(traditionalEnabled({})).toBe(true);
    expect(traditionalEnabled({ PORTAL_TRADITIONAL: 'off' })).toBe(false);
  });
});
