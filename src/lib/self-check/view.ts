import type { SelfCheck } from '../../schemas/self-check.ts';
import { ARTICLE_REF } from '../../schemas/law.ts';
import type { CiteTarget } from '../law/cite.ts';
import { routes } from '../routes.ts';
import { targetOf } from './tree.ts';
import type { SelfCheckAid } from '../aid/view.ts';

export const questionAnchor = (id: string) => `q-${id}`;
export const outcomeAnchor = (id: string) => `outcome-${id}`;

/**
 * The self-check as its page shows it: the decision list (every question, where each answer
 * leads, every outcome) that is the page without JavaScript and the data the script walks.
 */
export function selfCheckView(c: SelfCheck, look: {
  guideTitle: (id: string) => string;
  article: (lawId: string, n: number) => CiteTarget | undefined;
  /** The cities' unions, for the result's 找当地工会 (each links to its entry on the contacts page). */
  unions?: { id: string; name: string }[];
  /** The national aid items each stage lists (src/lib/aid/view.ts), for answers that name a stage. */
  aid?: SelfCheckAid;
}) {
  // Numbered in the order a family meets them: breadth first from the first question.
  const byId = new Map(c.questions.map((q) => [q.id, q]));
  const order = [c.start];
  for (let i = 0; i < order.length; i++) {
    for (const a of byId.get(order[i] ?? '')?.answers ?? []) if (a.next && !order.includes(a.next)) order.push(a.next);
  }
  const number = new Map(order.map((id, i) => [id, i + 1]));
  const outcomeTitle = new Map(c.outcomes.map((o) => [o.id, o.title]));
  const criterion = new Map(c.criteria.map((k) => [k.id, k.label]));
  // The tree is checked at build: every link below resolves.
  const questions = order.map((id) => byId.get(id)!).map((q) => ({
    id: q.id, n: number.get(q.id) ?? 0, anchor: questionAnchor(q.id), text: q.text, hint: q.hint,
    answers: q.answers.map((a) => {
      const target = targetOf(a)!;
      return {
        label: a.label,
        target: `${target.kind}:${target.id}`,
        sets: Object.entries(a.sets).map(([k, v]) => `${k}:${v}`).join(' '),
        stage: a.stage, flags: a.flags.join(' '),
        stageTitle: a.stage ? look.aid?.find((s) => s.stage === a.stage)?.title : undefined,
        href: `#${target.kind === 'question' ? questionAnchor(target.id) : outcomeAnchor(target.id)}`,
        question: target.kind === 'question' ? number.get(target.id) : undefined,
        outcome: target.kind === 'outcome' ? outcomeTitle.get(target.id) : undefined,
      };
    }),
  }));
  const outcomes = c.outcomes.map((o) => ({
    ...o,
    anchor: outcomeAnchor(o.id),
    // A result that sends the family to a union links to whom to call.
    union: [o.why, ...o.todo].some((line) => line.includes('工会')),
    criteria: o.criteria.map((id) => ({ id, label: criterion.get(id) ?? id })),
    guides: o.guides.map((id) => ({ href: routes.guide(id), title: look.guideTitle(id) })),
    articles: o.legalBasis.flatMap((ref) => {
      const [, lawId = '', n = ''] = ARTICLE_REF.exec(ref) ?? [];
      const a = look.article(lawId, Number(n));
      return a ? [a] : [];
    }),
  }));
  return { start: c.start, questions, outcomes, unions: look.unions ?? [], contacts: routes.regions(), aid: look.aid ?? [] };
}

export type SelfCheckView = ReturnType<typeof selfCheckView>;
