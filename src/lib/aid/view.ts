import { AID_STAGES, type AidAmount, type AidContact, type AidItem, type AidStageEntry } from '../../schemas/aid.ts';
import { routes } from '../routes.ts';
import { isReviewStale } from '../review.ts';
import { AMOUNT_TAG, amountChange, amountFigure, amountPhrase } from './amounts.ts';

/**
 * The aid pages, the self-check's aid lists and the search records, prepared once from the
 * stage files: every amount is read from `amounts` and written by one formatter.
 */
export interface AidContent {
  aid: ReadonlyMap<string, AidStageEntry>;
  aidContacts: ReadonlyMap<string, AidContact>;
}

/** A text field cut at its amount quotes, so a page can mark each quoted amount (data-amount). */
export type Segment = { text: string } | { amount: string; figure: string };

export function segments(text: string, amounts: ReadonlyMap<string, AidAmount>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(AMOUNT_TAG)) {
    const a = amounts.get(m[1] ?? '');
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push(a ? { amount: a.id, figure: amountFigure(a) } : { text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** A text field as plain words, its quotes written out: for search records and descriptions. */
export const plain = (text: string, amounts: ReadonlyMap<string, AidAmount>) =>
  segments(text, amounts).map((s) => ('text' in s ? s.text : s.figure)).join('');

/** The stages in a child's order (file names are checked to be stages). */
export function orderedStages(c: AidContent): [string, AidStageEntry][] {
  return AID_STAGES.flatMap((id) => {
    const s = c.aid.get(id);
    return s ? [[id, s] as [string, AidStageEntry]] : [];
  });
}

/** Every amount, by id, with the stage whose file holds it. */
export function allAmounts(c: AidContent): Map<string, AidAmount & { stage: string }> {
  return new Map(orderedStages(c).flatMap(([stage, s]) => s.amounts.map((a) => [a.id, { ...a, stage }] as const)));
}

export function amountView(a: AidAmount) {
  return {
    id: a.id, label: a.label, phrase: amountPhrase(a), since: a.since, source: a.source,
    change: a.previous ? { from: amountFigure(a.previous), to: amountFigure(a), text: amountChange(a) } : undefined,
  };
}
export type AmountView = ReturnType<typeof amountView>;

export function itemView(stage: string, item: AidItem, amounts: ReadonlyMap<string, AidAmount>, today: string, policyTitle: (id: string) => string | undefined) {
  const seg = (t: string | undefined) => (t ? segments(t, amounts) : undefined);
  return {
    id: item.id, href: routes.aidItem(stage, item.id), name: item.name, level: item.level,
    who: seg(item.who)!, what: seg(item.what)!, apply: seg(item.apply)!, where: item.where, note: seg(item.note),
    amounts: item.amounts.flatMap((id) => {
      const a = amounts.get(id);
      return a ? [amountView(a)] : [];
    }),
    policies: item.policies.map((id) => ({ href: routes.policy(id), title: policyTitle(id) ?? id })),
    sources: item.sources, reviewedOn: item.reviewedOn, stale: isReviewStale(item.reviewedOn, today),
    selfCheck: item.selfCheck,
  };
}
export type ItemView = ReturnType<typeof stageView>['items'][number];

export function stageView(c: AidContent, stage: string, today: string, policyTitle: (id: string) => string | undefined) {
  const s = c.aid.get(stage)!;
  const amounts = allAmounts(c);
  // An amount two items share (the boarding standard) is anchored (#amount-…) at its first.
  const seen = new Set<string>();
  const items = s.items.map((item) => itemView(stage, item, amounts, today, policyTitle)).map((item) => ({
    ...item,
    amounts: item.amounts.map((a) => ({ ...a, anchor: seen.has(a.id) ? undefined : (seen.add(a.id), `amount-${a.id}`) })),
  }));
  return {
    id: stage, href: routes.aidStage(stage), title: s.title, summary: s.summary, updatedOn: s.updatedOn,
    items,
    contacts: s.contacts.flatMap((id) => {
      const k = c.aidContacts.get(id);
      return k ? [k] : [];
    }),
  };
}
export type StageView = ReturnType<typeof stageView>;

/** The 2024/2025 changes: every amount with an earlier standard, in stage order. */
export function changes(c: AidContent) {
  return [...allAmounts(c).values()].filter((a) => a.previous).map((a) => ({ ...amountView(a), stage: a.stage, href: routes.aidStage(a.stage) }));
}

/**
 * What the self-check lists at each stage: the items that say when (selfCheck), with the
 * answers' flags they need, each item's amounts as phrases and where to apply.
 */
export function selfCheckAid(c: AidContent) {
  const amounts = allAmounts(c);
  return orderedStages(c).map(([stage, s]) => ({
    stage, title: s.title, href: routes.aidStage(stage),
    items: s.items.filter((i) => i.selfCheck).map((i) => ({
      id: i.id, name: i.name, href: routes.aidItem(stage, i.id), where: i.where, needs: i.selfCheck ?? [],
      amounts: i.amounts.flatMap((id) => {
        const a = amounts.get(id);
        return a ? [{ id, label: a.label, phrase: amountPhrase(a) }] : [];
      }),
    })),
  }));
}
export type SelfCheckAid = ReturnType<typeof selfCheckAid>;

/** The items the self-check lists for a stage and the answers' flags. */
export function itemsFor(aid: SelfCheckAid, stage: string, flags: ReadonlySet<string>) {
  return aid.find((s) => s.stage === stage)?.items.filter((i) => i.needs.every((f) => flags.has(f))) ?? [];
}
