import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { TRADITIONAL } from '../../src/lib/editions/editions.ts';
import { convertPage } from '../../src/lib/editions/html.ts';

const convert = createConverter([{ from: '范先生', to: '范先生' }]);
const hant = (html: string) => convertPage(html, convert, TRADITIONAL);

describe('a page in the Traditional edition', () => {
  it('declares its language', () => {
    expect(hant('<html lang="zh-Hans"><head></head></html>')).toBe('<html lang="zh-Hant"><head></head></html>');
  });

  it('converts reader text: body, <title>, headings, table headers, SVG labels', () => {
    expect(hant('<title>资助政策 - 助学就业</title><h1>发放助学款</h1><table><tr><th scope="col">数值</th></tr></table><svg><text>万元</text></svg>')).toBe(
      '<title>資助政策 - 助學就業</title><h1>發放助學款</h1><table><tr><th scope="col">數值</th></tr></table><svg><text>萬元</text></svg>',
    );
  });

  it('converts what readers see or hear in attributes, and no other attribute', () => {
    expect(hant('<img src="/图.png" alt="资助图表" title="说明" class="说明" data-x="说明"><nav aria-label="当前位置" id="当前位置"></nav>')).toBe(
      '<img src="/图.png" alt="資助圖表" title="說明" class="说明" data-x="说明"><nav aria-label="當前位置" id="当前位置"></nav>',
    );
    expect(hant('<main data-pagefind-body><p data-pagefind-filter="kind:动态" data-pagefind-meta="kind_label:工作动态">x</p></main>')).toBe(
      '<main data-pagefind-body><p data-pagefind-filter="kind:動態" data-pagefind-meta="kind_label:工作動態">x</p></main>',
    );
    expect(hant('<meta name="description" content="资助政策"><meta name="generator" content="资助">')).toBe(
      '<meta name="description" content="資助政策"><meta name="generator" content="资助">',
    );
    expect(hant('<input type="submit" value="查询"><input type="text" value="查询" placeholder="输入关键词">')).toBe(
      '<input type="submit" value="查詢"><input type="text" value="查询" placeholder="輸入關鍵詞">',
    );
  });

  it('leaves code, scripts, styles and translate="no" as written', () => {
    const kept = '<pre>国发</pre><code>国发</code><script>var s = "国发";</script><style>/* 国发 */</style><span translate="no" title="国发">国发<b>国发</b></span>';
    expect(hant(kept)).toBe(kept);
    expect(hant('<div translate="no">国发<p translate="yes">国发</p></div>')).toBe('<div translate="no">国发<p translate="yes">國發</p></div>');
  });

  it('applies the overrides in running text', () => {
    expect(hant('<p>范先生说</p>')).toBe('<p>范先生說</p>');
  });

  it('moves every link to a page under /zh-hant/, keeping the fragment, and leaves assets shared', () => {
    expect(hant('<a href="/">首页</a><a href="/law/jiaoyu-fa/#art-38">第三十八条</a><a href="/figures/2017/">2017</a><a href="/404.html">x</a>')).toBe(
      '<a href="/zh-hant/">首頁</a><a href="/zh-hant/law/jiaoyu-fa/#art-38">第三十八條</a><a href="/zh-hant/figures/2017/">2017</a><a href="/zh-hant/404.html">x</a>',
    );
    const shared = '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><a href="/figures/figures.csv">x</a><a href="https://www.gov.cn/">x</a><a href="#main">x</a><img src="/a.png">';
    expect(hant(shared)).toBe(shared);
  });

  it("sends the search form to the edition's own search page", () => {
    expect(hant('<form action="/search/" method="get"><input name="q"></form>')).toBe('<form action="/zh-hant/search/" method="get"><input name="q"></form>');
  });

  it('points canonical at itself and leaves the hreflang alternates as they are', () => {
    const head = '<link rel="canonical" href="https://zhuxue.example.org/news/"><link rel="alternate" hreflang="zh-Hans" href="https://zhuxue.example.org/news/">';
    expect(hant(head)).toBe('<link rel="canonical" href="https://zhuxue.example.org/zh-hant/news/"><link rel="alternate" hreflang="zh-Hans" href="https://zhuxue.example.org/news/">');
  });

  it('keeps the 简体/繁體 links where they point and moves "current" to 繁體', () => {
    const simplified = '<a href="/news/" hreflang="zh-Hans" lang="zh-Hans" translate="no" aria-current="true">简体</a><a href="/zh-hant/news/" hreflang="zh-Hant" lang="zh-Hant" translate="no">繁體</a>';
    expect(hant(simplified)).toBe('<a href="/news/" hreflang="zh-Hans" lang="zh-Hans" translate="no">简体</a><a href="/zh-hant/news/" hreflang="zh-Hant" lang="zh-Hant" translate="no" aria-current="true">繁體</a>');
  });

  it('changes nothing else: entities, comments, bare and single-quoted attributes survive', () => {
    expect(hant("<!-- 注释 --><p class='a' hidden>资助 &amp; 就业&nbsp;</p><br/>")).toBe("<!-- 注释 --><p class='a' hidden>資助 &amp; 就業&nbsp;</p><br/>");
    expect(hant("<img alt='说\"明' src=x>")).toBe('<img alt="說&quot;明" src="x">');
  });

  it('is idempotent: converting the Traditional page again changes nothing', () => {
    const once = hant('<html lang="zh-Hans"><title>资助</title><a href="/news/">工作动态</a><p>范先生说，扩大救助范围</p></html>');
    expect(hant(once)).toBe(once);
  });
});
