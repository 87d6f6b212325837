import { criteriaSummary, type CriterionStatus, type TreeAnswer } from '../lib/self-check/tree.ts';
import { pageText } from './page-text.ts';

/**
 * The self-check, one question at a time (src/pages/check/index.astro). Everything it
 * knows, words included, it reads from the decision list the page already shows without
 * JavaScript. Answers stay in this page's memory: nothing is stored or sent.
 */
interface Answer extends TreeAnswer { label: string; stage: string | undefined; flags: string[] }
interface Question { id: string; number: string; text: string; hint: string; answers: Answer[] }
interface Outcome { id: string; title: string; tone: string; criteria: { id: string; label: string }[]; detail: HTMLElement }

const rules = document.querySelector<HTMLDetailsElement>('[data-check-rules]');
const app = document.querySelector<HTMLElement>('[data-check-app]');
if (rules && app) start(rules, app);

function readAnswer(li: HTMLElement): Answer {
  const [kind, id] = (li.dataset['target'] ?? '').split(':');
  const sets = Object.fromEntries((li.dataset['sets'] ?? '').split(' ').filter(Boolean).map((p) => p.split(':') as [string, CriterionStatus]));
  const flags = (li.dataset['flags'] ?? '').split(' ').filter(Boolean);
  return { label: li.querySelector('[data-answer-label]')?.textContent ?? '', sets, stage: li.dataset['stage'], flags, ...(kind === 'question' ? { next: id } : { outcome: id }) };
}

function read(rules: HTMLElement) {
  const questions = new Map<string, Question>();
  for (const q of rules.querySelectorAll<HTMLElement>('[data-question]')) {
    questions.set(q.dataset['question'] ?? '', {
      id: q.dataset['question'] ?? '',
      number: q.querySelector('[data-question-number]')?.textContent ?? '',
      text: q.querySelector('[data-question-text]')?.textContent ?? '',
      hint: q.querySelector('[data-question-hint]')?.textContent ?? '',
      answers: [...q.querySelectorAll<HTMLElement>('[data-answer]')].map(readAnswer),
    });
  }
  const outcomes = new Map<string, Outcome>();
  for (const o of rules.querySelectorAll<HTMLElement>('[data-outcome]')) {
    outcomes.set(o.dataset['outcome'] ?? '', {
      id: o.dataset['outcome'] ?? '',
      title: o.querySelector('[data-outcome-title]')?.textContent ?? '',
      tone: o.querySelector('[data-tone-label]')?.outerHTML ?? '',
      criteria: [...o.querySelectorAll<HTMLElement>('[data-criterion]')].map((c) => ({ id: c.dataset['criterion'] ?? '', label: c.textContent ?? '' })),
      detail: o.querySelector<HTMLElement>('[data-outcome-detail]')!,
    });
  }
  return { questions, outcomes };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A copy of an outcome's details whose ids cannot clash with the originals still on the page. */
function detailCopy(detail: HTMLElement): HTMLElement {
  const copy = detail.cloneNode(true) as HTMLElement;
  copy.querySelector('[data-criteria]')?.previousElementSibling?.remove();
  copy.querySelector('[data-criteria]')?.remove();
  copy.querySelectorAll<HTMLElement>('[id]').forEach((n) => (n.id = `result-${n.id}`));
  copy.querySelectorAll<HTMLElement>('[aria-describedby]').forEach((n) => n.setAttribute('aria-describedby', `result-${n.getAttribute('aria-describedby')}`));
  copy.querySelectorAll('h4').forEach((h) => h.replaceWith(Object.assign(document.createElement('h3'), { textContent: h.textContent })));
  return copy;
}

/**
 * 找当地工会 in a result: the family may name their city, and the link then leads to that
 * city's union on the contacts page (its href already in this page's edition).
 */
function chooseUnion(result: HTMLElement, text: ReturnType<typeof pageText>): void {
  const link = result.querySelector<HTMLAnchorElement>('[data-union-link]');
  const choice = document.querySelector<HTMLElement>('[data-union-choice]')?.cloneNode(true) as HTMLElement | undefined;
  if (!link || !choice) return;
  const base = link.getAttribute('href') ?? '';
  const all = link.textContent ?? '';
  const select = choice.querySelector('select')!;
  select.id = 'result-union-city';
  choice.querySelector('label')?.setAttribute('for', select.id);
  choice.hidden = false;
  select.addEventListener('change', () => {
    const name = select.selectedOptions[0]?.textContent ?? '';
    link.href = select.value ? `${base}#${select.value}` : base;
    link.textContent = select.value ? text('unionCityLink', { name }) : all;
  });
  link.parentElement?.before(choice);
}

/**
 * The national aid at the child's stage that the answers point to: the stage's items from the
 * rules whose conditions (data-needs) the answers all meet, with a link to the stage's page.
 */
function aidList(path: readonly Answer[], rules: HTMLElement, text: ReturnType<typeof pageText>): HTMLElement[] {
  const stage = path.findLast((a) => a.stage)?.stage;
  const list = stage ? rules.querySelector<HTMLElement>(`[data-aid-stage="${stage}"]`) : null;
  if (!stage || !list) return [];
  const flags = new Set(path.flatMap((a) => a.flags));
  const items = [...list.querySelectorAll<HTMLElement>('[data-aid-item]')]
    .filter((li) => (li.dataset['needs'] ?? '').split(' ').filter(Boolean).every((f) => flags.has(f)))
    .map((li) => {
      const copy = li.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-aid-when]')?.remove();
      return copy;
    });
  const link = list.querySelector<HTMLAnchorElement>('[data-aid-stage-link]');
  const more = el('a', { href: link?.getAttribute('href') ?? '' }, text('aidMore', { stage: link?.textContent ?? '' }));
  const box = el('div', {}, el('h3', {}, text('aidTitle')), ...(items.length ? [el('ul', { className: 'list-disc pl-6 space-y-1' }, ...items)] : []), el('p', {}, more));
  box.dataset['resultAid'] = stage;
  return [box];
}

function start(rules: HTMLDetailsElement, app: HTMLElement): void {
  const text = pageText();
  const { questions, outcomes } = read(rules);
  const first = rules.dataset['start'] ?? '';
  /** The route so far: each question asked and the answer chosen. */
  let trail: { question: string; choice: number }[] = [];
  let current = first;
  const mark = { met: '✓', unmet: '✗', unsure: '？' } as const;

  const focus = (node: HTMLElement | null) => {
    node?.setAttribute('tabindex', '-1');
    node?.focus();
  };

  function ask(id: string, preselect?: number, moveFocus = true): void {
    current = id;
    const q = questions.get(id)!;
    app.dataset['state'] = 'question';
    const legend = el('legend', { className: 'check-question' }, el('span', { className: 'meta block' }, q.number), q.text);
    const options = q.answers.map((a, i) => {
      const input = el('input', { type: 'radio', name: 'answer', id: `answer-${i}`, value: String(i), checked: i === preselect });
      return el('div', { className: 'check-option' }, input, el('label', { htmlFor: `answer-${i}` }, a.label));
    });
    const error = el('p', { className: 'check-error', hidden: true, id: 'answer-error' }, text('chooseOne'));
    const back = el('button', { type: 'button', className: 'button-secondary', hidden: trail.length === 0 }, text('back'));
    const next = el('button', { type: 'submit', className: 'search-button' }, text('next'));
    // The hint follows the answers (and describes the group), so the question and its first
    // answer fit the screen together on a phone, in large text too.
    const hint = q.hint ? [el('p', { className: 'meta', id: 'question-hint' }, q.hint)] : [];
    const fieldset = el('fieldset', {}, legend, ...options, ...hint, error);
    if (q.hint) fieldset.setAttribute('aria-describedby', 'question-hint');
    const form = el('form', { noValidate: true }, fieldset, el('div', { className: 'check-buttons' }, back, next));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>('input[name="answer"]:checked');
      if (!chosen) {
        error.hidden = false;
        fieldset.setAttribute('aria-describedby', q.hint ? 'answer-error question-hint' : 'answer-error');
        focus(form.querySelector('input'));
        return;
      }
      const choice = Number(chosen.value);
      trail.push({ question: id, choice });
      const a = q.answers[choice]!;
      if (a.next) ask(a.next);
      else show(a.outcome ?? '');
    });
    back.addEventListener('click', () => stepBack());
    app.replaceChildren(form);
    if (moveFocus) {
      // The new question at the top of the screen, its answers below it (focus alone scrolls
      // only as far as the legend).
      form.scrollIntoView({ block: 'start' });
      legend.setAttribute('tabindex', '-1');
      legend.focus({ preventScroll: true });
    }
  }

  function stepBack(): void {
    const last = trail.pop();
    if (last) ask(last.question, last.choice);
  }

  function show(id: string): void {
    const o = outcomes.get(id)!;
    app.dataset['state'] = 'result';
    const path = trail.map((s) => questions.get(s.question)!.answers[s.choice]!);
    const summary = criteriaSummary(o.criteria.map((c) => c.id), path);
    const label = new Map(o.criteria.map((c) => [c.id, c.label]));
    const heading = el('h2', { id: 'result-title', className: 'mt-0' }, `${text('result')}：${o.title}`);
    const tone = el('p');
    tone.innerHTML = o.tone;
    // The mark is decoration beside the words 符合/不符合/还不确定, so screen readers skip it.
    const rows = summary.rows.map((r) => el('li', { className: `criterion-${r.status}` }, el('span', { className: 'criterion-mark' }, mark[r.status]), `${text(r.status)}：${label.get(r.id)}`));
    const answers = trail.map((s, i) => {
      const q = questions.get(s.question)!;
      const change = el('button', { type: 'button', className: 'button-secondary ml-2' }, text('change'));
      change.setAttribute('aria-label', `${text('change')}：${q.text}`);
      change.addEventListener('click', () => {
        trail = trail.slice(0, i);
        ask(s.question, s.choice);
      });
      return el('li', {}, `${q.text} ${q.answers[s.choice]?.label ?? ''}`, change);
    });
    const back = el('button', { type: 'button', className: 'button-secondary' }, text('back'));
    back.addEventListener('click', () => stepBack());
    const print = el('button', { type: 'button', className: 'search-button' }, text('print'));
    print.addEventListener('click', () => window.print());
    const restart = el('button', { type: 'button', className: 'button-secondary' }, text('restart'));
    restart.addEventListener('click', () => {
      trail = [];
      ask(first);
    });
    const result = el('section', { className: 'check-result' },
      heading, tone,
      el('p', { className: 'font-bold' }, text('summary', { total: summary.total, met: summary.met })),
      el('ul', { className: 'check-criteria' }, ...rows),
      detailCopy(o.detail),
      ...aidList(path, rules, text),
      el('h3', {}, text('answers')), el('ol', { className: 'list-decimal pl-6' }, ...answers),
      el('div', { className: 'check-buttons' }, back, print, restart));
    chooseUnion(result, text);
    result.setAttribute('aria-labelledby', 'result-title');
    result.querySelectorAll('.criterion-mark').forEach((m) => m.setAttribute('aria-hidden', 'true'));
    result.dataset['outcome'] = id;
    app.replaceChildren(result);
    focus(heading);
  }

  // The decision list stays on the page, folded, for anyone who wants to see the rules. The page drew
  // the first question and kept the list's contents back already (SelfCheckQuestion.astro, global.css).
  rules.open = false;
  rules.dataset['ready'] = '';
  ask(current, undefined, false);
}
