// Printouts that lead back: a printed guide (with its checklist), self-check result or legal
// compilation ends with the page's full public address and a QR code that decodes to it, in the
// page's own edition; on screen neither is shown. The QR codes are read back from a screenshot
// of the print view with jsQR, as a phone's camera would.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { checkContent } from '../../src/lib/content/check.ts';
import { createConverter } from '../../src/lib/editions/convert.ts';
import { pathIn, type EditionId } from '../../src/lib/editions/editions.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

const SITE = siteUrl(process.env['PORTAL_SITE_URL']);
const PRINTED = ['/guides/golden-autumn-application/', '/guides/sunshine-employment-graduates/', '/check/', '/law/print/'];
const hant = createConverter();

/** What the QR code in the page's print view says (undefined if none is readable). */
async function printedCode(page: Page): Promise<{ url: string; decoded: string | undefined }> {
  await page.emulateMedia({ media: 'print' });
  const box = page.locator('.print-address:visible');
  await expect(box).toHaveCount(1);
  const url = (await box.locator('.print-url').textContent()) ?? '';
  const png = PNG.sync.read(await box.locator('svg').screenshot({ scale: 'device' }));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  await page.emulateMedia({ media: 'screen' });
  return { url, decoded };
}

for (const edition of ['zh-hans', 'zh-hant'] as EditionId[]) {
  test(`${edition}: each printout ends with its own address in this edition and a QR code that decodes to it; none on screen`, async ({ page }) => {
    for (const path of PRINTED) {
      await page.goto(pathIn(edition, path));
      await expect(page.locator('.print-address:visible'), path).toHaveCount(0);
      const expected = new URL(pathIn(edition, path), SITE).href;
      expect(await printedCode(page), path).toEqual({ url: expected, decoded: expected });
    }
  });
}

test('a self-check result prints with the code of the self-check (its answers are never in the address)', async ({ page }) => {
  const { content } = await checkContent(join(import.meta.dirname, '../../content'));
  const tree = content.checks.get('self-check')!;
  for (const edition of ['zh-hans', 'zh-hant'] as EditionId[]) {
    const t = edition === 'zh-hant' ? hant : (s: string) => s;
    await page.goto(pathIn(edition, '/check/'));
    // The first answer at every step, to whichever outcome that reaches.
    for (let q = tree.questions.find((x) => x.id === tree.start); q; ) {
      const a = q.answers[0]!;
      await page.getByRole('radio', { name: t(a.label), exact: true }).check();
      await page.getByRole('button', { name: t('下一步') }).click();
      q = a.next ? tree.questions.find((x) => x.id === a.next) : undefined;
    }
    await expect(page.locator('[data-check-app] .check-result')).toBeVisible();
    const expected = new URL(pathIn(edition, '/check/'), SITE).href;
    expect(await printedCode(page)).toEqual({ url: expected, decoded: expected });
  }
});
