import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { Program } from '../../schemas/common.ts';
import type { LegacyArticle } from './parse.ts';

export const PROGRAM_NAMES: Record<Program, string> = {
  'golden-autumn': '金秋助学',
  'sunshine-employment': '阳光就业',
};

/** City names that are also ordinary words (日照 sunshine, 德州 Texas) only count as X市. */
const AMBIGUOUS_CITY_NAMES = new Set(['日照', '德州']);

export interface City { id: string; name: string }

/** date + the first 8 hex digits of the title's SHA-256: stable across re-imports. */
export function slugFor(date: string, title: string): string {
  return `${date}-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
}

export function detectPrograms(text: string): Program[] {
  return (Object.keys(PROGRAM_NAMES) as Program[]).filter((p) => text.includes(PROGRAM_NAMES[p]));
}

/** Cities named in the text, in the order of regions.yaml (names there end in 市). */
export function detectCities(text: string, cities: readonly City[]): string[] {
  return cities
    .filter((c) => {
      const short = c.name.replace(/市$/, '');
      return text.includes(AMBIGUOUS_CITY_NAMES.has(short) ? c.name : short);
    })
    .map((c) => c.id);
}

/** The first sentence, at most `max` characters (cut with … when longer). */
export function firstSentence(text: string, max = 120): string {
  const chars = [...text];
  const end = chars.findIndex((ch) => '。！？'.includes(ch));
  const sentence = end === -1 ? chars : chars.slice(0, end + 1);
  return sentence.length <= max ? sentence.join('') : `${sentence.slice(0, max - 1).join('')}…`;
}

export interface EntryOptions {
  cities: readonly City[];
  /** 发稿工会 when the export does not say: the portal's own federation. */
  unit: string;
  /** Source name when the date line gives none. */
  fallbackSource: string;
  /** Programs to use when the text names neither. */
  programs?: Program[];
  /** What a person must decide before this can be published; any makes the entry a draft. */
  review?: string[];
}

export interface BuiltEntry {
  slug: string;
  programs: Program[];
  cities: string[];
  /** The file as written to content/news/<slug>.mdx. */
  text: string;
}

const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();

/**
 * Old articles are plain text: a < { } [ ] in them is a character, never markup, so it is
 * written as one (an article quoting "<script>" is published as those letters, not as a tag).
 */
export const markdownText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/[{}[\]]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The news entry for an article: frontmatter the news schema accepts, then the paragraphs. */
export function buildEntry(article: LegacyArticle, options: EntryOptions): BuiltEntry {
  const all = [article.title, ...article.paragraphs].join('\n');
  const programs = detectPrograms(all);
  const chosen = programs.length ? programs : (options.programs ?? []);
  const cities = detectCities(all, options.cities);
  const lines = [
    '---',
    `title: ${scalar(article.title)}`,
    `publishedOn: ${article.date}`,
    'source:',
    `  name: ${scalar(article.source ?? options.fallbackSource)}`,
    `unit: ${scalar(options.unit)}`,
    `cities: [${cities.join(', ')}]`,
    `programs: [${chosen.join(', ')}]`,
    'tags: []',
    `summary: ${scalar(firstSentence(article.paragraphs[0] ?? ''))}`,
    ...(options.review?.length ? ['draft: true', 'review:', ...options.review.map((r) => `  - ${scalar(r)}`)] : []),
    '---',
    '',
    article.paragraphs.map(markdownText).join('\n\n'),
    '',
  ];
  return { slug: slugFor(article.date, article.title), programs: chosen, cities, text: lines.join('\n') };
}
