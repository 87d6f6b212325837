import { checkDictionaries } from '../i18n/check.ts';
import type { ConversionOverride } from '../schemas/override.ts';
import { checkContent, type CheckResult } from './content/check.ts';
import type { LoadedContent } from './content/loaded.ts';
import { checkOverrides } from './editions/overrides.ts';
import type { ReadingOverride } from '../schemas/reading-override.ts';
import type { QueryWords } from './search/question.ts';
import { shownContent } from './samples.ts';
import { searchRecords, type SearchRecord } from './search/records.ts';
import { checkSearchWords } from './search/search-words.ts';
import { checkReadingOverrides } from './zhuyin/overrides.ts';

export interface AllChecked extends CheckResult {
  /** The conversion overrides that passed their checks. */
  overrides: ConversionOverride[];
  /** The pinyin reading overrides that passed their checks (the 注音 pages). */
  readingOverrides: ReadingOverride[];
  /** What the search indexes, made once here: the search-word examples are tried against it. */
  records: SearchRecord[];
  /** The search's question words and synonyms that passed their checks. */
  searchWords: QueryWords;
}

let lastBuild: { root: string; result: AllChecked } | undefined;

/**
 * Everything the build refuses to go past: interface dictionaries, all content, the
 * Traditional edition's conversion overrides, the 注音 pages' reading overrides and the
 * search's synonyms (each of which carries its own example test).
 */
export async function checkAll(root: string): Promise<AllChecked> {
  const [result, conversion, reading] = await Promise.all([checkContent(root), checkOverrides(root), checkReadingOverrides(root)]);
  // Search indexes what this build publishes: no samples unless they are asked for.
  const records = searchRecords(shownContent(result.content), result.bodies);
  const search = await checkSearchWords(root, records, { examples: result.problems.length === 0 });
  const all = {
    ...result, overrides: conversion.overrides, readingOverrides: reading.overrides, records, searchWords: search.words,
    problems: [...checkDictionaries(), ...result.problems, ...conversion.problems, ...reading.problems, ...search.problems],
  };
  if (!all.problems.length) lastBuild = { root, result: all };
  return all;
}

/**
 * The content as the guard checked it at the start of this build, for steps at its end
 * (the search documents): content does not change during a build, and reading it again
 * would cost as much as the check (0.8 s per 1,000 news).
 */
export async function checkedContent(root: string): Promise<AllChecked> {
  return lastBuild?.root === root ? lastBuild.result : checkAll(root);
}

/** "policies 3，guides 1，…" for the success line. */
export function describeCounts(content: LoadedContent): string {
  return Object.entries(content).map(([name, entries]) => `${name} ${entries.size}`).join('，');
}
