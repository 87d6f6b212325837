// The compilation's articles against the source notes they were copied from, character by
// character: docs/sources/content-sources.md section 3 (a copy of ../shared/sources, which
// quotes LawRefBook/Laws). A typo, a dropped paragraph or an article left out fails here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { articleLabel } from '../../src/lib/format.ts';
import { PROJECT } from '../helpers/content-copy.ts';

const COPY = join(PROJECT, 'docs/sources/content-sources.md');
const SHARED = join(PROJECT, '../shared/sources/content-sources.md');

interface Quoted { heading: string; history: string; url: string; articles: Map<string, string> }

/** Section 3 of the notes: per instrument, its version line, URL and each quoted article. */
function quotedLaws(notes: string): Quoted[] {
  const section = notes.slice(notes.indexOf('## 3. 法律汇编'), notes.indexOf('### 国务院关于建立健全'));
  return section.split(/^### /m).slice(1).map((block) => {
    const articles = new Map<string, string>();
    for (const m of block.matchAll(/^\*\*(第\S+?条)\*\*\n\n((?:>.*\n?)+)/gm)) {
      const lines = (m[2] ?? '').trimEnd().split('\n').map((l) => l.replace(/^> ?/, ''));
      articles.set(m[1] ?? '', lines.join('\n'));
    }
    return {
      heading: block.split('\n')[0]?.trim() ?? '',
      history: /^- 版本\/修订：(.*)$/m.exec(block)?.[1] ?? '',
      url: /URL：(\S+)/.exec(block)?.[1] ?? '',
      articles,
    };
  });
}

const notes = quotedLaws(readFileSync(COPY, 'utf8'));
const { content } = await checkContent(join(PROJECT, 'content'));
const laws = [...content.law.entries()];
const quotedFor = (title: string) => notes.find((q) => q.heading === title || q.heading.startsWith(`${title}（`));

describe('the legal compilation against its source notes', () => {
  it('has every instrument the notes quote, and no other', () => {
    expect(notes.map((q) => q.heading)).toHaveLength(10);
    expect(laws.map(([, l]) => quotedFor(l.title)?.heading).sort()).toEqual(notes.map((q) => q.heading).sort());
  });

  it.each(laws)('%s: every article the notes quote, word for word', (_id, law) => {
    const quoted = quotedFor(law.title)!;
    // As the notes quote it: "第三十八条 " then the paragraphs, a blank line between them.
    const ours = new Map(law.articles.map((a) => [articleLabel(a.number), `${articleLabel(a.number)} ${a.text.split('\n').join('\n\n')}`]));
    expect([...ours.keys()]).toEqual([...quoted.articles.keys()]);
    for (const [label, text] of quoted.articles) expect(ours.get(label), label).toBe(text);
  });

  it.each(laws)('%s: version history and source address as the notes give them', (_id, law) => {
    const quoted = quotedFor(law.title)!;
    expect(law.history).toBe(quoted.history);
    expect(law.source.url).toBe(quoted.url);
  });

  it.skipIf(!existsSync(SHARED))('keeps an unaltered copy of the shared source notes', () => {
    expect(readFileSync(COPY, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });
});
