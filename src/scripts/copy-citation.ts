import { pageText } from './page-text.ts';

/**
 * Put text on the clipboard. Where the Clipboard API is missing or refused (plain-http
 * pages, older browsers) the citation is selected instead, ready for the reader's own copy.
 */
async function copy(text: string, from: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(from);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return false;
  }
}

/**
 * "复制引用" beside each article. Without JavaScript the button is not shown (.js-only) and the citation
 * is ordinary selectable text; with it, one press copies 《…》（version）第…条 and the article's
 * full address in the reader's edition, and says so.
 */
export function initCopyCitation(root: Document = document): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-copy-citation]')];
  if (!buttons.length) return;
  const text = pageText(root);
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of buttons) {
    const line = button.closest('[data-citation-line]');
    const citation = line?.querySelector<HTMLElement>('[data-citation]');
    if (!citation) continue;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      // The line's one link (LawArticle.astro) is the article's own address, hidden, in this page's edition.
      const ok = await copy(`${citation.textContent} ${line?.querySelector('a')?.href}`, citation);
      button.textContent = ok ? text('copied') : label;
      if (status) status.textContent = ok ? `${text('copied')}：${citation.textContent}` : text('copyFailed');
      if (ok) setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
