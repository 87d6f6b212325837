import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { syntheticNews } from '../../scripts/lib/synthetic-news.ts';
import { copyContent } from '../helpers/content-copy.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the benchmark’s synthetic news', () => {
  it('is the same on every run', () => {
    expect(syntheticNews(41)).toEqual(syntheticNews(41));
    expect(syntheticNews(41).text).not.toBe(syntheticNews(42).text);
  });

  it('has about 800 characters of body text, marked as sample', () => {
    for (let i = 0; i < 200; i++) {
      const n = syntheticNews(i);
      expect(n.bodyLength).toBeGreaterThanOrEqual(780);
      expect(n.bodyLength).toBeLessThan(900);
      expect(n.text).toContain('\nsample: true\n');
    }
  });

  it('passes every content check, so the build really renders it', async () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    for (let i = 0; i < 100; i++) {
      const n = syntheticNews(i);
      writeFileSync(join(copy.content, 'news', n.file), n.text);
    }
    const { problems, content } = await checkContent(copy.content);
    expect(formatProblems(problems)).toBe(formatProblems([]));
    expect(content.news.size).toBe(101);
  });
});
