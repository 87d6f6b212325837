/**
 * Citation tips (src/lib/law/cite.ts). Hover and keyboard focus show the article by CSS
 * alone; this adds what CSS cannot: on a touch screen the first tap shows the text and a
 * second follows the link, and Escape hides a tip (WCAG 1.4.13: dismissible).
 */
export function initCitations(root: Document = document): void {
  const cites = [...root.querySelectorAll<HTMLElement>('.cite')];
  if (!cites.length) return;
  const touch = matchMedia('(hover: none)');
  const close = (except?: HTMLElement) => cites.forEach((c) => c !== except && c.classList.remove('cite-open'));
  for (const cite of cites) {
    cite.querySelector('a')?.addEventListener('click', (e) => {
      if (!touch.matches || cite.classList.contains('cite-open')) return;
      e.preventDefault();
      close(cite);
      cite.classList.remove('cite-hidden');
      cite.classList.add('cite-open');
    });
    // A tip hidden with Escape comes back the next time it is pointed at or focused.
    cite.addEventListener('mouseleave', () => cite.classList.remove('cite-hidden'));
    cite.addEventListener('focusout', () => cite.classList.remove('cite-hidden', 'cite-open'));
  }
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const c of cites) {
      if (c.matches(':hover, :focus-within, .cite-open')) c.classList.add('cite-hidden');
      c.classList.remove('cite-open');
    }
  });
  root.addEventListener('click', (e) => {
    if (!(e.target instanceof Element && e.target.closest('.cite'))) close();
  });
}
