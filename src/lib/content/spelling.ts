/** Edit distance, to suggest the id an author probably meant (binzhuo → binzhou). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * The known word a staff member most likely meant: the same word in another case, or one
 * or two letters off. Undefined when nothing is that close.
 */
export function meant(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const same = known.find((k) => k.toLowerCase() === lower);
  if (same) return same;
  const scored = known.map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) })).filter((x) => x.d <= 2 && x.d < word.length);
  return scored.sort((a, b) => a.d - b.d)[0]?.k;
}
