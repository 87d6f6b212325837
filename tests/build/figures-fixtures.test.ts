// Charts with many years and all sixteen cities, from generated figures in a temporary copy of
// content/ (never the shipped content): the real `astro build` draws them within their frames.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { PROJECT, copyContent } from '../helpers/content-copy.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const CITIES = ['jinan', 'qingdao', 'zibo', 'zaozhuang', 'dongying', 'yantai', 'weifang', 'jining', 'taian', 'weihai', 'rizhao', 'linyi', 'dezhou', 'liaocheng', 'binzhou', 'heze'];
const SOURCE = "sources:\n  gen: { title: 生成的测试数据, name: 测试, url: 'https://example.org/generated', confidence: medium }\n";

function generate(content: string): number[] {
  const shipped = new Set(readdirSync(join(content, 'figures')).map((f) => f.slice(0, 4)));
  const years = Array.from({ length: 36 }, (_, i) => 1990 + i).filter((y) => !shipped.has(String(y)));
  for (const y of years) {
    const province = 1000 + (y - 1990) * 37.5;
    const cities = y === 2025 ? CITIES.map((c, i) => `  - { metric: aid-funds, value: ${(province / 20) * (1 + (i % 4) * 0.1)}, unit: 万元, scope: ${c}, program: golden-autumn, source: gen }\n`).join('') : '';
    writeFileSync(join(content, 'figures', `${y}.yaml`), `year: ${y}\nsample: true\n${SOURCE}entries:\n  - { metric: aid-funds, value: ${province}, unit: 万元, scope: shandong, program: golden-autumn, source: gen }\n${cities}`);
  }
  return years;
}

it('draws 36 years with the real gaps, and a breakdown of 16 cities, inside their frames', () => {
  const copy = copyContent();
  cleanup = copy.cleanup;
  const generated = generate(copy.content);
  const out = join(copy.root, 'dist');
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT,
    env: { ...process.env, PORTAL_CONTENT_DIR: copy.content, PORTAL_OUT_DIR: out, PORTAL_SAMPLES: '1', PORTAL_TRADITIONAL: 'off', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const html = readFileSync(join(out, 'figures/index.html'), 'utf8');
  const svg = (id: string) => new RegExp(`<svg[^>]*aria-labelledby="${id}-title ${id}-desc"[^>]*>[\\s\\S]*?</svg>`).exec(html)?.[0] ?? '';
  const years = svg('chart-golden-autumn-shandong-aid-funds');
  expect(years.match(/<rect class="chart-bar"/g)).toHaveLength(generated.length + 2);
  expect(years.match(/>\d{4} 年</g)).toHaveLength(36);
  expect(years.match(/>无数据</g)).toHaveLength(36 - generated.length - 2);
  const cities = svg('cities-golden-autumn-aid-funds-2025');
  expect(cities.match(/<rect class="chart-bar"/g)).toHaveLength(16);
  for (const chart of [years, cities]) {
    const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chart)!.map(Number);
    for (const m of chart.matchAll(/<rect class="chart-bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
      const [x, y, bw, bh] = m.slice(1).map(Number);
      expect(x! + bw!).toBeLessThanOrEqual(w!);
      expect(y! + bh!).toBeLessThanOrEqual(h!);
    }
  }
  // The province total sits under the cities in the breakdown table; the CSV has every value.
  expect(html).toMatch(/2025 年各市发放助学款[\s\S]*?济南市[\s\S]*?山东省/);
  const csv = readFileSync(join(out, 'figures/figures.csv'), 'utf8');
  expect(csv.trimEnd().split('\r\n').length - 1).toBe(generated.length * 1 + 16 + 32);
});
