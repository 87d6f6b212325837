// 注音 pages lay out only the first screen at once on phones: which blocks wait, and at what
// height estimate (src/lib/zhuyin/later.ts, global.css).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEIGHTS_EM, heightEm, markLaterBlocks } from '../../src/lib/zhuyin/later.ts';

const han = (n: number) => '字'.repeat(n);

describe('blocks past the first screen', () => {
  it('marks the top-level blocks that begin after the given number of Han characters, and only those', () => {
    const html = `<h1>${han(4)}</h1><p>${han(6)} 2017 abc</p><p>${han(3)}<a href="/x/">${han(2)}</a></p><ul><li>${han(1)}</li></ul><hr><p>${han(1)}</p>`;
    expect(markLaterBlocks(html, 10)).toBe(`<h1>${han(4)}</h1><p>${han(6)} 2017 abc</p><p>${han(3)}<a href="/x/">${han(2)}</a></p>`
      + `<ul data-zy-later="8"><li>${han(1)}</li></ul><hr data-zy-later="4"><p data-zy-later="8">${han(1)}</p>`);
  });

  it('looks inside a wrapping <div> (a news body), not inside other blocks, and never defers a control', () => {
    const html = `<h1 class="t">${han(5)}</h1><div class="prose"><p>${han(5)}</p><p class="x">${han(1)}</p><blockquote><p>${han(1)}</p></blockquote><button type="button">${han(2)}</button></div>`;
    expect(markLaterBlocks(html, 9)).toBe(`<h1 class="t">${han(5)}</h1><div class="prose"><p>${han(5)}</p><p data-zy-later="8" class="x">${han(1)}</p>`
      + `<blockquote data-zy-later="8"><p>${han(1)}</p></blockquote><button type="button">${han(2)}</button></div>`);
  });

  it('leaves a page shorter than a screen as it is, byte for byte', () => {
    const html = `<h1>${han(20)}</h1>\n<p title="a&amp;b">${han(200)}&nbsp;</p>`;
    expect(markLaterBlocks(html)).toBe(html);
  });
});

describe('height estimates', () => {
  it('allow 2.6 em for each 10 characters and each line the block starts, plus its margins, rounded up', () => {
    expect(heightEm(0, 0)).toBe(4);
    expect(heightEm(459, 0)).toBe(128); // 46 lines: 121.6 em
    expect(heightEm(704, 10)).toBe(256); // 81 lines: 212.6 em
    expect(heightEm(100_000, 0)).toBe(2048);
  });

  it('each has its rule in global.css, for phones only', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const phones = css.slice(css.indexOf('@media screen and (max-width: 30rem)'));
    for (const h of HEIGHTS_EM) expect(phones).toContain(`.zhuyin [data-zy-later="${h}"] { contain-intrinsic-size: auto ${h}em; }`);
  });
});
