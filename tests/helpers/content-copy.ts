import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');

/** A throwaway copy of content/, named content/ so messages read as they would for staff. */
export function copyContent(): { root: string; content: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'zhuxue-content-'));
  const content = join(root, 'content');
  cpSync(join(PROJECT, 'content'), content, { recursive: true });
  return { root, content, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Replace text in a copied file; throws if the text is not there, so no test passes by accident. */
export function edit(content: string, file: string, from: string | RegExp, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`测试准备失败：${file} 中没有 ${String(from)}`);
  writeFileSync(path, next);
}
