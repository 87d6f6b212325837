// A build writes over the previous one's output and then removes what it did not write
// again (src/lib/stale-files.ts): by modification time against the build's start.
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStale } from '../../src/lib/stale-files.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file as an earlier build left it (written an hour ago), or as this build wrote it (now). */
function file(rel: string, earlier: boolean): void {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, rel);
  if (earlier) utimesSync(path, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
}

describe('removeStale', () => {
  it('removes the files an earlier build left and this one did not write, and the folders that leaves empty', () => {
    dir = mkdtempSync(join(tmpdir(), 'zhuxue-stale-'));
    const since = Date.now();
    file('news/withdrawn/index.html', true);
    file('zh-hant/news/withdrawn/index.html', true);
    file('_astro/old.css', true);
    file('news/kept/index.html', false);
    file('_astro/new.css', false);
    expect(removeStale(dir, since)).toBe(3);
    expect(existsSync(join(dir, 'news/withdrawn'))).toBe(false);
    expect(existsSync(join(dir, 'zh-hant'))).toBe(false);
    expect(existsSync(join(dir, 'news/kept/index.html'))).toBe(true);
    expect(existsSync(join(dir, '_astro/new.css'))).toBe(true);
    expect(existsSync(join(dir, '_astro/old.css'))).toBe(false);
  });

  it('leaves alone the top-level folders it is told to skip, however old', () => {
    dir = mkdtempSync(join(tmpdir(), 'zhuxue-stale-'));
    file('pagefind/zh-hans/pagefind.js', true);
    file('old.html', true);
    expect(removeStale(dir, Date.now(), (name) => name === 'pagefind')).toBe(1);
    expect(existsSync(join(dir, 'pagefind/zh-hans/pagefind.js'))).toBe(true);
  });

  it('keeps a file written just before the start was taken: inode times lag the clock', () => {
    dir = mkdtempSync(join(tmpdir(), 'zhuxue-stale-'));
    file('index.html', false);
    expect(removeStale(dir, Date.now() + 500)).toBe(0);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
  });
});
