import * as t2cn from 'opencc-js/preset/t2cn';
import type { DictGroup } from 'opencc-js/core';
import type { FoldData } from './fold.ts';

const HAN = /\p{Script=Han}/u;

/** OpenCC's own character tables, Traditional (and Taiwan variants) → Simplified, as one map. */
function openccToSimplified(): Map<string, string> {
  const groups = [...(t2cn.from['tw'] ?? []), ...(t2cn.to['cn'] ?? [])] as DictGroup[];
  const steps = groups.map((group) => {
    const map = new Map<string, string>();
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const [from = '', to = ''] = entry.split(' ');
        if ([...from].length === 1 && [...to].length === 1 && !map.has(from)) map.set(from, to);
      }
    }
    return map;
  });
  const all = new Set(steps.flatMap((m) => [...m.keys()]));
  return new Map([...all].map((c) => [c, steps.reduce((x, m) => m.get(x) ?? x, c)]));
}

/**
 * The folding tables of both editions, from the site's own Simplified text. Only characters
 * that occur on the site are kept: a query can only ever match those.
 *  - ts: every Traditional form (OpenCC's tables, plus what the site's conversion actually
 *    produced) of a Simplified character the site uses.
 *  - st, phrases (Traditional edition): how the site's conversion rendered each Simplified
 *    character, usually; and the phrases where it rendered it otherwise.
 * Each distinct phrase is converted once (the site repeats itself a great deal).
 */
export function buildFolds(
  texts: readonly string[],
  convert: (text: string) => string,
  segment: (text: string) => string[],
): Record<'zh-hans' | 'zh-hant', FoldData> {
  const used = new Set<string>();
  const phrases = new Map<string, number>();
  for (const text of texts) {
    for (const seg of segment(text)) {
      if (!HAN.test(seg)) continue;
      phrases.set(seg, (phrases.get(seg) ?? 0) + 1);
      for (const c of seg) if (HAN.test(c)) used.add(c);
    }
  }
  const ts = new Map([...openccToSimplified()].filter(([t, s]) => t !== s && used.has(s) && !used.has(t)));
  const counts = new Map<string, Map<string, number>>();
  const aligned: [string, string][] = [];
  for (const [seg, times] of phrases) {
    const out = convert(seg);
    const [from, to] = [[...seg], [...out]];
    if (from.length !== to.length) continue;
    aligned.push([seg, out]);
    from.forEach((s, i) => {
      const t = to[i] as string;
      const byT = counts.get(s) ?? new Map<string, number>();
      byT.set(t, (byT.get(t) ?? 0) + times);
      counts.set(s, byT);
      if (t !== s && !used.has(t)) ts.set(t, s);
    });
  }
  const flat = (m: Map<string, string>) => [...m].map(([a, b]) => a + b).join('');
  const usual = new Map([...counts].map(([s, byT]) => [s, [...byT].sort((a, b) => b[1] - a[1])[0]?.[0] ?? s]));
  const exceptions: Record<string, string> = {};
  for (const [seg, out] of aligned) {
    const to = [...out];
    if ([...seg].some((s, i) => usual.get(s) !== to[i])) exceptions[seg] = out;
  }
  return {
    'zh-hans': { ts: flat(ts) },
    'zh-hant': { ts: flat(ts), st: flat(new Map([...usual].filter(([s, t]) => s !== t))), phrases: exceptions },
  };
}
