import { describe, expect, it } from 'vitest';
import { criteriaSummary, type TreeShape } from '../../src/lib/self-check/tree.ts';
import { selfCheckSchema } from '../../src/schemas/self-check.ts';
import { parseWithFriendlyErrors } from '../../src/lib/content/problems.ts';
import { validSelfCheck } from '../fixtures/entries.ts';

type Fixture = ReturnType<typeof validSelfCheck>;
const problems = (tree: Fixture) => {
  const parsed = parseWithFriendlyErrors(selfCheckSchema, tree, 'content/check/self-check.yaml');
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.field ?? ''}：${p.message}`);
};
const edit = (change: (t: Fixture) => void): Fixture => {
  const t = validSelfCheck();
  change(t);
  return t;
};

describe('self-check tree validation', () => {
  it('accepts a tree where every route ends in an outcome that states its criteria', () => {
    expect(problems(validSelfCheck())).toEqual([]);
  });

  it('stops on a cycle and names the loop', () => {
    const t = edit((x) => {
      x.questions[1]!.answers[1] = { label: '没有', sets: { registered: 'unmet' }, next: 'stage' } as never;
    });
    expect(problems(t)).toContainEqual('questions（问题）：问题形成了循环：stage → registered → stage。请让每条路线最终到达一个结果（outcome）');
  });

  it('stops on an outcome no route reaches', () => {
    const t = edit((x) => {
      x.questions[1]!.answers[1] = { label: '没有', sets: { registered: 'unmet' }, outcome: 'yes' } as never;
    });
    expect(problems(t)).toEqual(['outcomes[1].id（编号）：结果「later」从第一个问题出发永远到不了：请让某个回答的 outcome 指向它，或删去它']);
  });

  it('stops on a question no route reaches', () => {
    const t = edit((x) => {
      x.questions.push({ id: 'orphan', text: '没人问？', answers: [{ label: '是', sets: {}, outcome: 'yes' }, { label: '否', sets: {}, outcome: 'yes' }] } as never);
    });
    expect(problems(t)).toEqual(['questions[2].id（编号）：问题「orphan」从第一个问题出发永远到不了：请让某个回答的 next 指向它，或删去它']);
  });

  it('stops on an answer that leads nowhere, naming the ids that exist', () => {
    const t = edit((x) => {
      x.questions[0]!.answers[0] = { label: '在读', sets: { student: 'met' }, next: 'registerd' } as never;
    });
    expect(problems(t)).toEqual(['questions[0].answers[0].next（下一个问题）：下一个问题「registerd」不存在：已有问题 stage、registered']);
  });

  it('stops on an answer with both or neither of next and outcome', () => {
    const t = edit((x) => {
      x.questions[0]!.answers[0] = { label: '在读', sets: { student: 'met' }, next: 'registered', outcome: 'yes' } as never;
    });
    expect(problems(t)).toEqual(['questions[0].answers[0]（回答）：每个回答必须二选一：写 next（下一个问题的编号）或 outcome（结果的编号）']);
  });

  it('stops when an outcome reports a criterion some route to it never asks about', () => {
    const t = edit((x) => {
      x.outcomes[0]!.criteria = ['registered', 'student', 'graduate'];
    });
    expect(problems(t)).toEqual([
      'outcomes[0].criteria（条件）：结果「yes」要说明是否符合条件「graduate」，但经 stage → registered 到达它的路线上没有问到这一条：请在这条路线上设置 sets: { graduate: … }，或从结果的 criteria 中删去',
    ]);
  });

  it('stops when one route settles a criterion twice', () => {
    const t = edit((x) => {
      x.questions[1]!.answers[0] = { label: '建了', sets: { registered: 'met', student: 'unsure' }, outcome: 'yes' } as never;
    });
    expect(problems(t)).toEqual(['questions[1].answers（回答）：条件「student」在路线 stage → registered 上被设置了两次：每条路线上每个条件只能由一个回答决定']);
  });

  it('stops on an unknown criterion in sets', () => {
    const t = edit((x) => {
      x.questions[0]!.answers[1] = { label: '都不是', sets: { student: 'unmet', graduated: 'unmet' }, outcome: 'other' } as never;
    });
    expect(problems(t)[0]).toBe('questions[0].answers[1].sets.graduated：条件「graduated」不存在：已有条件 student、graduate、registered');
  });

  it('requires every outcome to name a guide', () => {
    const t = edit((x) => {
      x.outcomes[0]!.guides = [];
    });
    expect(problems(t)).toEqual(['outcomes[0].guides（指南）：每个结果至少指向一篇申请指南']);
  });
});

describe('an outcome\'s criteria after a route', () => {
  const tree = selfCheckSchema.parse(validSelfCheck()) as TreeShape;
  it('counts 符合 N 项中的 M 项 from the answers given', () => {
    const [stage, registered] = tree.questions;
    const route = [stage!.answers[0]!, registered!.answers[1]!];
    expect(criteriaSummary(['registered', 'student'], route)).toEqual({
      rows: [{ id: 'registered', status: 'unmet' }, { id: 'student', status: 'met' }], met: 1, total: 2,
    });
  });
});
