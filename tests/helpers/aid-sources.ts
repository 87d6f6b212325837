import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './content-copy.ts';

/**
 * The sourced notes behind the aid pages (docs/sources/student-aid-by-stage.md, a verbatim copy
 * of ../shared/sources): each table row's number, text and confidence, so tests can hold the
 * content to them: only 高 or 中 facts ship, and no number found only in 低 rows appears.
 */
export const NOTES = join(PROJECT, 'docs/sources/student-aid-by-stage.md');

export interface FactRow { id: string; text: string; confidence: string; section: number }

export function factRows(markdown = readFileSync(NOTES, 'utf8')): Map<string, FactRow> {
  const rows = new Map<string, FactRow>();
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*(\d{1,2})\.(\d{1,2})\s*\|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const cells = (m[3] ?? '').split('|').map((c) => c.trim());
    rows.set(`${m[1]}.${m[2]}`, { id: `${m[1]}.${m[2]}`, text: cells.join(' | '), confidence: cells.at(-1) ?? '', section: Number(m[1]) });
  }
  return rows;
}

/** A row good enough to ship from: some of its sources are 高 or 中 (a conflict row, section 10, never is). */
export const shippable = (r: FactRow) => r.section !== 10 && r.section !== 11 && /[高中]/.test(r.confidence);

/** The numbers a text states (3,700 and 3700 alike), three digits or more. */
export const numbersIn = (text: string) =>
  new Set([...text.replace(/https?:\/\/\S+/g, '').replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d{3,}/g)].map((m) => m[0]));

/**
 * Numbers the notes give only in 低 rows or in the conflicts (section 10), never in a row that
 * may ship: a page that states one took it from a source it must not use.
 */
export function unshippableNumbers(rows = factRows()): Set<string> {
  const good = new Set([...rows.values()].filter(shippable).flatMap((r) => [...numbersIn(r.text)]));
  return new Set([...rows.values()].filter((r) => !shippable(r)).flatMap((r) => [...numbersIn(r.text)]).filter((n) => !good.has(n)));
}

/** The only hosts a source may link to: the government and the original publishers, never a mirror. */
export const OFFICIAL_HOSTS = ['gov.cn', 'edu.cn', 'people.cn', 'ce.cn', 'chinadaily.com.cn'];
export const isOfficial = (url: string) => OFFICIAL_HOSTS.some((h) => new URL(url).hostname === h || new URL(url).hostname.endsWith(`.${h}`));
