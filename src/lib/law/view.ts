import type { UiStrings } from '../../i18n/schema.ts';
import type { Law } from '../../schemas/law.ts';
import { articleLabel, formatDate } from '../format.ts';
import { routes, articleAnchor } from '../routes.ts';
import { articleBlocks, chaptersOf, citationText } from './articles.ts';

const OPENING_LENGTH = 28;

function opening(text: string): string {
  const first = text.split('\n')[0] ?? '';
  const more = first.length > OPENING_LENGTH || text.includes('\n');
  return `${first.slice(0, OPENING_LENGTH)}${more ? '……' : ''}`;
}

/** One instrument of the compilation, as its page, the contents and the print view show it. */
export function instrumentView(id: string, l: Law, t: UiStrings['law']) {
  // The version a citation names: the latest revision, else when it was adopted (a law) or promulgated (a regulation).
  const version = `（${formatDate(l.revisedOn ?? l.adoptedOn)}${l.revisedOn ? t.versionRevised : l.kind === 'regulation' ? t.versionPublished : t.versionAdopted}）`;
  const dates = [
    // A State Council regulation is promulgated (公布), a law adopted (通过).
    { label: l.kind === 'regulation' ? t.published : t.adopted, date: l.adoptedOn },
    ...(l.revisedOn ? [{ label: t.revised, date: l.revisedOn }] : []),
    ...(l.effectiveOn ? [{ label: t.effective, date: l.effectiveOn }] : []),
  ];
  const chapters = chaptersOf(l.articles).map((c, i) => ({
    chapter: c.chapter,
    anchor: `${id}-chapter-${i + 1}`,
    articles: c.articles.map((a) => ({
      number: a.number,
      anchor: articleAnchor(a.number),
      href: routes.lawArticle(id, a.number),
      label: articleLabel(a.number),
      blocks: articleBlocks(a.text),
      citation: citationText(l.title, a.number),
      /** The citation with its version, as the article's citation line shows and copies it: 《…》（2021年4月29日修正）第三十八条. */
      citationWithVersion: `《${l.title}》${version}${articleLabel(a.number)}`,
      /** The opening words, for the contents, with …… when the article goes on. */
      opening: opening(a.text),
    })),
  }));
  return { id, href: routes.lawInstrument(id), dates, chapters, count: l.articles.length };
}

export type InstrumentView = ReturnType<typeof instrumentView>;
