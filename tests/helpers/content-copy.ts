import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { searchStaging } from '../../src/lib/search/staging.ts';

export const PROJECT = resolve(import.meta.dirname, '../..');

/**
 * A throwaway copy of content/, named content/ so messages read as they would for staff.
 * Tests build it into <root>/dist with `astro build` alone, which leaves the search
 * documents in memory (/dev/shm) for an indexer that never runs: cleanup removes them too.
 */
export function copyContent(): { root: string; content: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'zhuxue-content-'));
  const content = join(root, 'content');
  cpSync(join(PROJECT, 'content'), content, { recursive: true });
  const cleanup = () => {
    rmSync(searchStaging(join(root, 'dist')), { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  };
  return { root, content, cleanup };
}

/** Replace text in a copied file; throws if the text is not there, so no test passes by accident. */
export function edit(content: string, file: string, from: string | RegExp, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`测试准备失败：${file} 中没有 ${String(from)}`);
  writeFileSync(path, next);
}
