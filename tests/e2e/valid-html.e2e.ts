// Every built page, both editions (404s included), passes the W3C Nu Html Checker with no
// error; so does a page as the service worker saves it for offline reading (its 离线副本 mark
// with the time filled in). Runs the checker itself (vnu.jar on Java), not a browser.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkHtml } from '../../scripts/lib/html-checker.ts';
import { showSaved } from '../../src/lib/offline.ts';
import { DIST, builtPages, isTraditional } from './built-pages.ts';

const fileOf = (path: string) => join(DIST, path, 'index.html');

test('every page of both editions has no HTML error (W3C Nu checker)', () => {
  test.setTimeout(120_000);
  const pages = builtPages();
  expect(pages.filter(isTraditional).length).toBe(pages.length / 2);
  const files = [...pages.map(fileOf), join(DIST, '404.html'), join(DIST, 'zh-hant/404.html')];
  const errors = checkHtml(files).map((e) => `${e.file.replace(DIST, '')}:${e.line ?? '?'} ${e.message}`);
  expect(errors).toEqual([]);
});

test('a page saved for offline reading, its mark and time filled in, has no HTML error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuxue-vnu-'));
  try {
    const saved = ['/', '/zh-hant/guides/golden-autumn-application/'].map((p, i) => {
      const html = showSaved(readFileSync(fileOf(p), 'utf8'), new Date('2026-12-03T06:05:00Z'));
      expect(html).toContain('<time datetime="2026-12-03T06:05:00.000Z">');
      const file = join(dir, `${i}.html`);
      writeFileSync(file, html);
      return file;
    });
    expect(checkHtml(saved)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
