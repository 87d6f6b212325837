import QRCode from 'qrcode';
import { EDITION_IDS, pathIn, type EditionId } from './editions/editions.ts';

/**
 * The foot of a printout: the page's full public address and a QR code for it, so that a guide
 * or checklist printed at a union office leads back to the current page online. Made at build
 * time (no script, nothing on screen). The Traditional edition is made by converting the
 * Simplified page's text, which cannot redraw a QR code: so each page carries one for each
 * edition, and the print style shows the one of the page's own <html lang>.
 */
export interface PrintAddress { edition: EditionId; url: string; svg: string }

/** A QR code as inline SVG: medium error correction (a folded or smudged printout still scans), the standard quiet zone. */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  // qrcode writes its own XML prologue-free <svg>; it needs a role and no fixed colours beyond black on white.
  return svg.replace('<svg ', '<svg role="img" aria-hidden="true" focusable="false" ');
}

/** The address of `path` (a Simplified-edition path) in every edition built, with its QR code. */
export async function printAddresses(site: string, path: string, editions: readonly EditionId[] = EDITION_IDS): Promise<PrintAddress[]> {
  return Promise.all(editions.map(async (edition) => {
    const url = new URL(pathIn(edition, path), site).href;
    return { edition, url, svg: await qrSvg(url) };
  }));
}
