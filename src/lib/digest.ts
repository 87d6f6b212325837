/** A short, stable digest of some text (FNV-1a, 32 bit, base 36): enough to tell two versions of a list apart. */
export function shortDigest(text: string): string {
  let h = 0x811c9dc5;
  for (const c of text) {
    h ^= c.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
