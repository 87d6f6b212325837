import { EDITIONS, type EditionId } from './editions/editions.ts';

/**
 * What makes the portal installable on a phone's home screen: one web app manifest per edition
 * (its own name, start page and scope, so the Traditional app opens in Traditional), and icons
 * drawn from src/icons/app-icon.svg at build time (src/integrations/web-app.ts).
 */
export const THEME_COLOR = '#9f1d1d';
export const MANIFEST = 'manifest.webmanifest';

/** The PNG icons: Chrome's installability needs 192 and 512; 180 is Apple's home-screen icon. */
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'icons/apple-touch-icon.png', size: 180, purpose: undefined },
] as const;

/** An edition's manifest path: /manifest.webmanifest, /zh-hant/manifest.webmanifest. */
export const manifestPath = (edition: EditionId) => `${EDITIONS[edition].prefix}/${MANIFEST}`;

/** The manifest of an edition; `name`, `shortName` and `description` in that edition's script. */
export function webManifest(edition: EditionId, words: { name: string; shortName: string; description: string }): Record<string, unknown> {
  const start = `${EDITIONS[edition].prefix}/`;
  return {
    id: start,
    name: words.name,
    short_name: words.shortName,
    description: words.description,
    lang: EDITIONS[edition].lang,
    dir: 'ltr',
    start_url: start,
    scope: start,
    // minimal-ui keeps the browser's back and reload buttons, which older readers rely on.
    display: 'minimal-ui',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: ICONS.filter((i) => i.purpose).map((i) => ({ src: `/${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
  };
}
