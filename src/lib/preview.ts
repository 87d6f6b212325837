/**
 * Is this the dev server (staff's local preview) rather than a production build? Set by the
 * content guard from Astro's own command: import.meta.env.DEV also follows NODE_ENV, which a
 * test runner sets, and a production build must never show drafts by accident.
 */
const KEY = Symbol.for('zhuxue.preview');
const store = globalThis as { [KEY]?: boolean };

export function setPreview(on: boolean): void {
  store[KEY] = on;
}

export function isPreview(): boolean {
  return store[KEY] === true;
}
