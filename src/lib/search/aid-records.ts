import type { LoadedContent } from '../content/loaded.ts';
import { escapeText } from '../content/html-jsx.ts';
import { amountPhrase } from '../aid/amounts.ts';
import { allAmounts, changes, orderedStages, plain } from '../aid/view.ts';
import { routes } from '../routes.ts';
import { ui } from '../../i18n/index.ts';
import type { SearchRecord, SearchSection } from './records.ts';

const paragraphs = (...texts: (string | undefined)[]) =>
  texts.filter((t): t is string => !!t).map((t) => `<p>${escapeText(t)}</p>`).join('');

/** An amount as pages show it and as people type it: 平均每生每年 3,700 元（3700 元）. */
const typed = (a: { value: number; upTo?: number | undefined }) => `${a.value}${a.upTo ? `—${a.upTo}` : ''} ${ui().aid.yuan}`;

/**
 * A section under its heading. The item names (国家助学金, 国家奖学金…) weigh like the text, not
 * like headings: a page of a dozen such headings would otherwise outrank every page for any
 * question with 助, 学 or 金 in it (Pagefind matches Chinese it cannot segment character by
 * character), 金秋助学 included.
 */
const heading = (x: SearchSection) => `<h2 id="${x.id}" data-pagefind-weight="1">${escapeText(x.title)}</h2>${x.html}`;

/**
 * The aid pages as search records: each stage page with one section per item (its anchor), so
 * 研究生有什么补助 leads to the item, and the overview with its changes and contacts; each
 * contact with a number is a contacts result of its own.
 */
export function aidRecords(c: LoadedContent): SearchRecord[] {
  const t = ui().aid;
  const amounts = allAmounts(c);
  const records: SearchRecord[] = [];
  const common = { kind: 'guide' as const, strong: [], sample: false };
  const stages = orderedStages(c);
  for (const [stage, s] of stages) {
    // The page's 本学段一览 first: the search page never links to a page's first section (its top).
    const glance: SearchSection = { id: 'at-a-glance', title: t.atAGlance, html: paragraphs(s.summary, ...s.items.map((i) => i.name)) };
    const sections: SearchSection[] = [glance, ...s.items.map((i) => ({
      id: i.id, title: i.name,
      html: paragraphs(
        `${t.who}：${plain(i.who, amounts)}`, `${t.what}：${plain(i.what, amounts)}`,
        ...i.amounts.flatMap((id) => {
          const a = amounts.get(id);
          return a ? [`${a.label}：${amountPhrase(a)}（${typed(a)}），${a.since}${a.previous ? `，${t.changeFrom} ${typed(a.previous)}` : ''}`] : [];
        }),
        `${t.apply}：${plain(i.apply, amounts)}`, `${t.where}：${i.where}`, i.note && plain(i.note, amounts),
        i.level === 'shandong' ? t.shandong : undefined,
      ),
    }))];
    const contacts = s.contacts.flatMap((id) => {
      const k = c.aidContacts.get(id);
      return k ? [[k.name, ...k.phones, k.about].join(' ')] : [];
    });
    if (contacts.length) sections.push({ id: 'contacts', title: t.contacts, html: paragraphs(...contacts) });
    records.push({
      ...common, url: routes.aidStage(stage), title: `${s.title}的国家资助`, sections,
      html: sections.map(heading).join(''),
      date: s.updatedOn, filters: { kind: ['guide'], program: ['golden-autumn'], year: [s.updatedOn.slice(0, 4)] },
    });
  }
  if (stages.length) {
    const updated = stages.map(([, s]) => s.updatedOn).sort().at(-1) ?? '';
    const sections: SearchSection[] = [
      { id: 'stages', title: t.stages, html: paragraphs(...stages.map(([, s]) => `${s.title}：${s.items.map((i) => i.name).join('、')}`)) },
      { id: 'changes', title: t.changes, html: paragraphs(...changes(c).map((a) => `${a.label}：${a.change?.text ?? ''}（${a.since}）`)) },
      { id: 'contacts', title: t.contacts, html: paragraphs(...[...c.aidContacts.values()].map((k) => [k.name, ...k.phones, k.about].join(' '))) },
    ];
    records.push({
      ...common, url: routes.aid(), title: t.title, sections,
      html: sections.map(heading).join(''),
      date: updated, filters: { kind: ['guide'], program: ['golden-autumn'], year: [updated.slice(0, 4)] },
    });
  }
  for (const k of c.aidContacts.values()) {
    if (!k.phones.length) continue;
    records.push({
      kind: 'contacts', strong: [], sample: false, date: '', url: `${routes.aid()}#${k.id}`, title: k.name,
      filters: { kind: ['contacts'] }, html: paragraphs([k.name, `${ui().phoneLabel} ${k.phones.join('、')}`, k.about].join('，')),
    });
  }
  return records;
}
