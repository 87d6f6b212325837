/**
 * The self-check's question tree, as plain data: questions whose answers lead to another
 * question or to an outcome, and criteria that answers settle. Pure, so the build (checking
 * the tree) and the browser (walking it) share one definition.
 */
export const CRITERION_STATUSES = ['met', 'unmet', 'unsure'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

export interface TreeAnswer {
  next?: string | undefined;
  outcome?: string | undefined;
  sets: Record<string, CriterionStatus>;
}
export interface TreeShape {
  start: string;
  criteria: { id: string }[];
  questions: { id: string; answers: TreeAnswer[] }[];
  outcomes: { id: string; criteria: string[] }[];
}
export interface TreeIssue {
  path: PropertyKey[];
  message: string;
}

/** Where an answer leads: another question or an outcome. */
export type Target = { kind: 'question' | 'outcome'; id: string };
export const targetOf = (a: TreeAnswer): Target | undefined =>
  a.next ? { kind: 'question', id: a.next } : a.outcome ? { kind: 'outcome', id: a.outcome } : undefined;

/** The criteria settled along a path of answers; a later answer never silently overrides. */
export function settled(path: readonly TreeAnswer[]): Map<string, CriterionStatus> {
  const out = new Map<string, CriterionStatus>();
  for (const a of path) for (const [id, status] of Object.entries(a.sets)) out.set(id, status);
  return out;
}

/** 符合 N 项中的 M 项: how an outcome's criteria stand after a path of answers. */
export function criteriaSummary(outcomeCriteria: readonly string[], path: readonly TreeAnswer[]) {
  const s = settled(path);
  const rows = outcomeCriteria.map((id) => ({ id, status: s.get(id) ?? 'unsure' }));
  return { rows, met: rows.filter((r) => r.status === 'met').length, total: rows.length };
}

const MAX_PATHS = 10_000;

/**
 * Everything that would make the tree mislead a family: a dangling or missing link, a loop,
 * a question or outcome nobody can reach, a criterion an outcome reports but some route to
 * it never asks about, or one asked twice on the same route. Paths name YAML fields.
 */
export function validateTree(t: TreeShape): TreeIssue[] {
  const issues: TreeIssue[] = [];
  const questions = new Map(t.questions.map((q, i) => [q.id, { q, i }]));
  const outcomes = new Map(t.outcomes.map((o, i) => [o.id, { o, i }]));
  const criteria = new Set(t.criteria.map((c) => c.id));
  const dup = (ids: string[], field: string, what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push({ path: [field, i, 'id'], message: `${what}编号 ${id} 重复` });
      seen.add(id);
    });
  };
  dup(t.criteria.map((c) => c.id), 'criteria', '条件');
  dup(t.questions.map((q) => q.id), 'questions', '问题');
  dup(t.outcomes.map((o) => o.id), 'outcomes', '结果');
  if (!questions.has(t.start)) {
    issues.push({ path: ['start'], message: `第一个问题「${t.start}」不存在：已有问题 ${[...questions.keys()].join('、')}` });
    return issues;
  }
  t.questions.forEach((q, qi) =>
    q.answers.forEach((a, ai) => {
      const at = ['questions', qi, 'answers', ai];
      if (!!a.next === !!a.outcome) {
        issues.push({ path: at, message: '每个回答必须二选一：写 next（下一个问题的编号）或 outcome（结果的编号）' });
      } else if (a.next && !questions.has(a.next)) {
        issues.push({ path: [...at, 'next'], message: `下一个问题「${a.next}」不存在：已有问题 ${[...questions.keys()].join('、')}` });
      } else if (a.outcome && !outcomes.has(a.outcome)) {
        issues.push({ path: [...at, 'outcome'], message: `结果「${a.outcome}」不存在：已有结果 ${[...outcomes.keys()].join('、')}` });
      }
      for (const id of Object.keys(a.sets)) {
        if (!criteria.has(id)) issues.push({ path: [...at, 'sets', id], message: `条件「${id}」不存在：已有条件 ${[...criteria].join('、')}` });
      }
    }),
  );
  t.outcomes.forEach((o, oi) =>
    o.criteria.forEach((id, ci) => {
      if (!criteria.has(id)) issues.push({ path: ['outcomes', oi, 'criteria', ci], message: `条件「${id}」不存在：已有条件 ${[...criteria].join('、')}` });
    }),
  );
  if (issues.length) return issues;

  // Walk every route from the first question. A route that comes back to a question it has
  // passed is a loop: the family would be asked the same thing for ever.
  const reached = new Set<string>([`question:${t.start}`]);
  const loops = new Set<string>();
  const gaps = new Set<string>();
  let routes = 0;
  const walk = (qid: string, trail: string[], answers: TreeAnswer[]) => {
    if (routes > MAX_PATHS) return;
    const { q } = questions.get(qid)!;
    q.answers.forEach((a) => {
      const target = targetOf(a)!;
      reached.add(`${target.kind}:${target.id}`);
      const path = [...answers, a];
      const repeated = Object.keys(a.sets).find((id) => answers.some((b) => id in b.sets));
      if (repeated) gaps.add(`repeat|${qid}|${repeated}|${[...trail, qid].join(' → ')}`);
      if (target.kind === 'question') {
        if (trail.includes(target.id) || target.id === qid) {
          loops.add([...trail, qid, target.id].slice([...trail, qid].indexOf(target.id)).join(' → '));
          return;
        }
        walk(target.id, [...trail, qid], path);
        return;
      }
      routes += 1;
      const s = settled(path);
      const { o } = outcomes.get(target.id)!;
      for (const c of o.criteria) if (!s.has(c)) gaps.add(`gap|${o.id}|${c}|${[...trail, qid].join(' → ')}`);
    });
  };
  walk(t.start, [], []);
  if (routes > MAX_PATHS) issues.push({ path: ['questions'], message: `从第一个问题出发的路线超过 ${MAX_PATHS} 条：请简化问题` });
  for (const loop of loops) {
    issues.push({ path: ['questions'], message: `问题形成了循环：${loop}。请让每条路线最终到达一个结果（outcome）` });
  }
  t.questions.forEach((q, i) => {
    if (!reached.has(`question:${q.id}`)) issues.push({ path: ['questions', i, 'id'], message: `问题「${q.id}」从第一个问题出发永远到不了：请让某个回答的 next 指向它，或删去它` });
  });
  t.outcomes.forEach((o, i) => {
    if (!reached.has(`outcome:${o.id}`)) issues.push({ path: ['outcomes', i, 'id'], message: `结果「${o.id}」从第一个问题出发永远到不了：请让某个回答的 outcome 指向它，或删去它` });
  });
  for (const g of gaps) {
    const [kind, a, b, trail] = g.split('|');
    const oi = t.outcomes.findIndex((o) => o.id === a);
    issues.push(
      kind === 'gap'
        ? { path: ['outcomes', oi, 'criteria'], message: `结果「${a}」要说明是否符合条件「${b}」，但经 ${trail} 到达它的路线上没有问到这一条：请在这条路线上设置 sets: { ${b}: … }，或从结果的 criteria 中删去` }
        : { path: ['questions', t.questions.findIndex((q) => q.id === a), 'answers'], message: `条件「${b}」在路线 ${trail} 上被设置了两次：每条路线上每个条件只能由一个回答决定` },
    );
  }
  return issues;
}
