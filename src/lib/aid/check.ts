import { AID_STAGES } from '../../schemas/aid.ts';
import type { LoadedContent } from '../content/loaded.ts';
import type { ContentProblem } from '../content/problems.ts';
import { quotedAmounts, textProblems } from './amounts.ts';

/**
 * The aid data's own rules, beyond each file's schema: stage files are the six stages, amount
 * ids are unique across stages, every id an item or a stage uses exists, every amount is shown
 * somewhere, and no text field carries a number of yuan of its own.
 */
export function checkAid(c: LoadedContent, shown: (file: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const amountFile = new Map<string, string>();
  for (const [stage, s] of c.aid) {
    s.amounts.forEach((a, i) => {
      const other = amountFile.get(a.id);
      if (other) problems.push({ file: shown(`aid/${stage}.yaml`), field: `amounts[${i}].id`, message: `金额编号 ${a.id} 已在 aid/${other}.yaml 中用过：金额编号全站唯一，请换一个` });
      else amountFile.set(a.id, stage);
    });
  }
  const known = new Set(amountFile.keys());
  const contacts = new Set(c.aidContacts.keys());
  const used = new Set<string>();
  for (const [stage, s] of c.aid) {
    const file = shown(`aid/${stage}.yaml`);
    const at = (field: string, message: string) => problems.push({ file, field, message });
    if (!(AID_STAGES as readonly string[]).includes(stage)) {
      at('', `文件名 ${stage}.yaml 不是学段：只能是 ${AID_STAGES.map((x) => `${x}.yaml`).join('、')}`);
    }
    for (const p of textProblems(s.summary, known)) at('summary', p);
    const ids = new Set<string>();
    s.items.forEach((item, i) => {
      const field = (f: string) => `items[${i}].${f}`;
      if (ids.has(item.id)) at(field('id'), `项目编号 ${item.id} 在本学段重复：它也是页面锚点，必须唯一`);
      ids.add(item.id);
      for (const f of ['who', 'what', 'apply', 'where', 'note'] as const) {
        const text = item[f];
        if (!text) continue;
        for (const p of textProblems(text, known)) at(field(f), p);
        for (const id of quotedAmounts(text)) {
          if (known.has(id) && !item.amounts.includes(id)) at(field(f), `引用了金额 ${id}，但本项的 amounts 里没有它：请把 ${id} 加进 amounts，页面才会列出它的起始时间和来源`);
        }
      }
      item.amounts.forEach((id, j) => {
        used.add(id);
        if (!known.has(id)) at(field(`amounts[${j}]`), `金额 ${id} 不存在：已有的金额编号是 ${[...known].join('、') || '（无）'}`);
      });
      item.policies.forEach((id, j) => {
        const p = c.policies.get(id);
        if (!p) at(field(`policies[${j}]`), `政策 ${id} 不存在：content/policies/ 下没有 ${id}.mdx`);
        else if (p.sample || p.draft) at(field(`policies[${j}]`), `政策 ${id} 是${p.sample ? '示例内容' : '草稿'}，不会发布：请引用真实、已发布的政策`);
      });
    });
    s.contacts.forEach((id, j) => {
      if (!contacts.has(id)) at(`contacts[${j}]`, `联系方式 ${id} 不存在：已有 ${[...contacts].join('、') || '（无）'}（content/aid-contacts/contacts.yaml）`);
    });
  }
  for (const [id, stage] of amountFile) {
    if (!used.has(id)) {
      const i = c.aid.get(stage)?.amounts.findIndex((a) => a.id === id) ?? 0;
      problems.push({ file: shown(`aid/${stage}.yaml`), field: `amounts[${i}].id`, message: `金额 ${id} 没有任何项目列出：请写进某个项目的 amounts，或删去它` });
    }
  }
  for (const contact of c.aidContacts.values()) {
    for (const p of textProblems(contact.about, known)) problems.push({ file: shown('aid-contacts/contacts.yaml'), field: `${contact.id}.about`, message: p });
  }
  return problems;
}
