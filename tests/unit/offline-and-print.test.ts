// Offline reading's notice on saved pages, the web app manifests, and the printouts' QR codes
// (drawn as the build draws them, rasterised and read back with jsQR).
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { markSaved, savedAt, showSaved } from '../../src/lib/offline.ts';
import { printAddresses, qrSvg } from '../../src/lib/print-address.ts';
import { placeholderWarning } from '../../src/lib/site-url.ts';
import { ICONS, manifestPath, webManifest } from '../../src/lib/web-app.ts';

const PAGE = '<main><p class="note-stale" data-offline hidden>离线副本：现在没有网络，这是 <span data-saved-at></span> 保存在这台手机上的页面</p><h1>指南</h1></main>';

describe('a page saved for offline reading', () => {
  it('shows its notice with the time it was saved, in the reader’s time zone', () => {
    const saved = new Date(2026, 11, 3, 9, 5);
    const html = showSaved(PAGE, saved);
    expect(html).toContain(`<p class="note-stale" data-offline>离线副本`);
    expect(html).toContain(`<time datetime="${saved.toISOString()}">2026年12月3日 09:05</time>`);
    expect(savedAt(new Date(2027, 0, 15, 18, 30))).toBe('2027年1月15日 18:30');
  });

  it('takes the time from the saved answer’s Date header, and leaves other files alone', async () => {
    const date = new Date('2026-12-01T06:00:00Z');
    const page = await markSaved(new Response(PAGE, { headers: { 'content-type': 'text/html; charset=utf-8', date: date.toUTCString(), 'content-length': '999' } }));
    expect(await page.text()).toContain(`<time datetime="${date.toISOString()}">${savedAt(date)}</time>`);
    expect(page.headers.get('content-length')).toBeNull();
    const css = new Response('main{}', { headers: { 'content-type': 'text/css' } });
    expect(await markSaved(css)).toBe(css);
    // A page without the notice (a feed, an old copy) is served as it is.
    expect(showSaved('<main>x</main>', date)).toBe('<main>x</main>');
  });
});

describe('the web app manifests', () => {
  it('install each edition as its own app, starting and staying in that edition', () => {
    const hans = webManifest('zh-hans', { name: '助学就业：金秋助学', shortName: '助学就业', description: 'd' });
    const hant = webManifest('zh-hant', { name: '助學就業：金秋助學', shortName: '助學就業', description: 'd' });
    expect(hans).toMatchObject({ id: '/', start_url: '/', scope: '/', lang: 'zh-Hans', short_name: '助学就业', display: 'minimal-ui' });
    expect(hant).toMatchObject({ id: '/zh-hant/', start_url: '/zh-hant/', scope: '/zh-hant/', lang: 'zh-Hant', short_name: '助學就業' });
    expect(manifestPath('zh-hant')).toBe('/zh-hant/manifest.webmanifest');
    // Chrome installs a site with 192 and 512 px PNG icons; one of them for masks.
    const icons = hans['icons'] as { sizes: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    expect(ICONS.every((i) => i.file.endsWith('.png'))).toBe(true);
  });
});

/** Read a QR code drawn as SVG, as a phone's camera would. */
function read(svg: string): string | undefined {
  const png = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#fff' }).render().asPng());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('the printouts’ QR codes', () => {
  it('decode to the page’s full address, one for each edition', async () => {
    const [hans, hant] = await printAddresses('https://zhuxue.sdgh.example/', '/guides/golden-autumn-application/');
    expect(hans?.url).toBe('https://zhuxue.sdgh.example/guides/golden-autumn-application/');
    expect(hant?.url).toBe('https://zhuxue.sdgh.example/zh-hant/guides/golden-autumn-application/');
    expect(read(hans!.svg)).toBe(hans!.url);
    expect(read(hant!.svg)).toBe(hant!.url);
    expect(await qrSvg('x')).toMatch(/^<svg role="img" aria-hidden="true"/);
  });

  it('warn at build when the public address is the placeholder', () => {
    expect(placeholderWarning('http://localhost:4321/')).toMatch(/没有设置网站的公开地址 PORTAL_SITE_URL：网址、订阅、引用和打印版的二维码用的是本机预览地址 http:\/\/localhost:4321/);
    expect(placeholderWarning('https://zhuxue.sdgh.example/')).toBeUndefined();
  });
});
