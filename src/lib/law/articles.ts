import type { Article } from '../../schemas/law.ts';
import { articleLabel } from '../format.ts';

/** An article's body as the page shows it: paragraphs (款) and runs of numbered items (项). */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'items'; items: string[] };

/** （一） or (一) at the start of a line: a numbered item, kept exactly as written. */
const ITEM = /^[（(][一二三四五六七八九十]+[）)]/;

/** The paragraphs of an article: one per line of its text, blank lines ignored. */
export function articleParagraphs(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** Paragraphs, with consecutive numbered items gathered into one list. */
export function articleBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of articleParagraphs(text)) {
    const last = blocks[blocks.length - 1];
    if (!ITEM.test(line)) blocks.push({ kind: 'paragraph', text: line });
    else if (last?.kind === 'items') last.items.push(line);
    else blocks.push({ kind: 'items', items: [line] });
  }
  return blocks;
}

/** 《中华人民共和国教育法》第三十八条: how the article is cited. */
export function citationText(lawTitle: string, n: number): string {
  return `《${lawTitle}》${articleLabel(n)}`;
}

/** Articles in order, grouped by chapter as they follow one another. */
export function chaptersOf<A extends Pick<Article, 'number' | 'chapter'>>(articles: readonly A[]): { chapter: string | undefined; articles: A[] }[] {
  const groups: { chapter: string | undefined; articles: A[] }[] = [];
  for (const a of [...articles].sort((x, y) => x.number - y.number)) {
    const last = groups[groups.length - 1];
    if (last && last.chapter === a.chapter) last.articles.push(a);
    else groups.push({ chapter: a.chapter, articles: [a] });
  }
  return groups;
}
