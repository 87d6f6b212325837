import { describe, expect, it } from 'vitest';
import { wrapNumbersInText } from '../../src/lib/number-text.ts';
import { wrapNumbers } from '../../src/lib/number-wrap.ts';

describe('numbers are kept whole', () => {
  it.each([
    ['发放助学款3,807.91万元，资助12672人。', '发放助学款<span class="num num-long">3,807.91万元</span>，资助<span class="num">12672人</span>。'],
    ['2018-09-30 发布', '<span class="num num-long">2018-09-30</span> 发布'],
    // Bare digits never break between themselves: left as they are.
    ['热线 12351，2017 年', '热线 12351，2017 年'],
    ['3,000–7,000 元', '<span class="num">3,000</span>–<span class="num">7,000 元</span>'],
    ['提高 12.5%', '提高 <span class="num">12.5%</span>'],
    ['第5条', '第5条'],
    ['原文为 14.1 万名', '原文为 <span class="num">14.1 万</span>名'],
    ['117,000.00\u200b萬元', '<span class="num num-long">117,000.00\u200b萬元</span>'],
  ])('%s', (text, html) => {
    // Over nine characters a number may step down in the largest text on a phone (num-long).
    expect(wrapNumbersInText(text)).toBe(html);
  });

  it('wraps text only: tags, attributes, scripts, SVG and titles stay byte for byte', () => {
    const page = '<html><head><title>2017 年</title><meta content="12672人"></head><body>'
      + '<a href="/figures/2017/" data-n="3807.91">共 3807.91万元</a><svg><text>12672</text></svg>'
      + '<script>var x = 12672;</script><span class="num block">3,807.91<span>万元</span></span><time datetime="2018-09-30">2018年9月30日</time>'
      + '<span class="print-url" translate="no">https://a.cn/news/2018-09-30-x/</span>'
      // A 注音 run and its screen-reader copy, which the Traditional edition takes apart piece by piece.
      + '<span data-zy aria-hidden="true">第<span>7次</span></span><span class="sr-only">第7次</span></body></html>';
    expect(wrapNumbers(page)).toBe(page.replace('共 3807.91万元', '共 <span class="num">3807.91万元</span>'));
  });
});
