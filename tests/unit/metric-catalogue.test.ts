import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { METRICS } from '../../src/schemas/metrics.ts';
import { PROJECT } from '../helpers/content-copy.ts';

it('the staff handbook’s metric catalogue is the one the build enforces', () => {
  const readme = readFileSync(join(PROJECT, 'docs/staff/figures.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => [m[1], m[2]?.trim(), m[3]?.trim()]);
  expect(rows).toEqual(Object.entries(METRICS).map(([id, m]) => [id, m.label, m.unit]));
});
