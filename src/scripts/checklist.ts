/**
 * The guide's checklist (src/components/Checklist.astro): real checkboxes that work with or
 * without JavaScript; this keeps the ticks in this browser's localStorage (nothing leaves
 * the device) and adds a "clear" button. The key carries a digest of the list, so ticks
 * never land on different items after the list changes.
 */
export function initChecklists(root: Document = document): void {
  for (const list of root.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const key = `zhuxue:checklist:${list.dataset['checklist']}`;
    const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const load = (): string[] => {
      try {
        return JSON.parse(localStorage.getItem(key) ?? '[]') as string[];
      } catch {
        return [];
      }
    };
    const save = () => {
      try {
        localStorage.setItem(key, JSON.stringify(boxes.filter((b) => b.checked).map((b) => b.value)));
      } catch {
        // Storage off (private browsing): the ticks still work for this visit.
      }
    };
    const saved = new Set(load());
    for (const b of boxes) {
      if (saved.has(b.value)) b.checked = true;
      b.addEventListener('change', save);
    }
    const clear = list.querySelector<HTMLButtonElement>('[data-checklist-clear]');
    if (clear) {
      clear.addEventListener('click', () => {
        boxes.forEach((b) => (b.checked = false));
        save();
        boxes[0]?.focus();
      });
    }
  }
}
