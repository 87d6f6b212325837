import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { renderMdxBody } from '../../src/lib/content/mdx.ts';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { TRADITIONAL } from '../../src/lib/editions/editions.ts';
import { convertPage } from '../../src/lib/editions/html.ts';
import { checkOverrides } from '../../src/lib/editions/overrides.ts';
import { PROJECT } from '../helpers/content-copy.ts';

const article = readFileSync(join(PROJECT, 'content/news/2018-09-30-a907c374.mdx'), 'utf8');
const plain = createConverter();
const { overrides } = await checkOverrides(join(PROJECT, 'content'));
const site = createConverter(overrides);

describe('Simplified → Traditional (OpenCC cn → tw, phrase level)', () => {
  it('is exactly opencc-js cn → tw when there are no overrides', () => {
    const reference = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const sample = article + readFileSync(join(PROJECT, 'src/i18n/zh-hans.ts'), 'utf8');
    expect(plain(sample)).toBe(reference(sample));
  });

  it('converts the real news article right in context', () => {
    const out = site(article);
    for (const phrase of ['擴大救助範圍', '採取職工互助', '勞動模範', '諮詢活動', '《教育資助法律政策彙編》']) {
      expect(out).toContain(phrase);
    }
    // The Simplified forms are gone, not merely joined by the right ones.
    for (const phrase of ['范围', '采取', '模范', '咨询', '汇编']) expect(out).not.toContain(phrase);
  });

  it('keeps vocabulary: cn → tw, not twp (软件 stays 軟件, not 軟體)', () => {
    expect(site('软件和信息')).toBe('軟件和信息');
  });
});

describe('conversion overrides (content/conversion/overrides.yaml)', () => {
  it('fixes the measured surname misses', () => {
    expect(plain('范先生说')).toBe('範先生說');
    expect(site('范先生说')).toBe('范先生說');
    expect(plain('姓余')).toBe('姓餘');
    expect(site('姓余')).toBe('姓余');
  });

  it.each(overrides.map((o) => [o.from, o] as const))('%s: its example converts as written, and only because of it', (_from, o) => {
    expect(site(o.example)).toBe(o.expect);
    expect(plain(o.example)).not.toBe(o.expect);
  });

  it('loses to a longer phrase OpenCC knows (模范 in 模范先生 is still 模範)', () => {
    expect(site('模范先生说')).toBe('模範先生說');
  });
});

describe('<Keep> through the whole pipeline', () => {
  it('keeps the marked words and converts the rest of the page', async () => {
    const body = await renderMdxBody('<Keep>国务院关于建立健全资助政策体系的意见</Keep>，范围很广。');
    if (!body.ok) throw new Error(body.problems[0]?.message);
    const page = `<!doctype html><html lang="zh-Hans"><body><main>${body.html}</main></body></html>`;
    expect(convertPage(page, site, TRADITIONAL)).toBe(
      '<!doctype html><html lang="zh-Hant"><body><main><p><span translate="no" lang="zh-Hans">国务院关于建立健全资助政策体系的意见</span>，範圍很廣。</p></main></body></html>',
    );
  });
});
