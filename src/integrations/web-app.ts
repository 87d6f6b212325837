import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { ui } from '../i18n/index.ts';
import { createConverter } from '../lib/editions/convert.ts';
import { EDITION_IDS, traditionalEnabled, type EditionId } from '../lib/editions/editions.ts';
import { ICONS, manifestPath, webManifest } from '../lib/web-app.ts';

const ICON = join(import.meta.dirname, '../icons/app-icon.svg');

/**
 * The installable site: the home-screen icons drawn from src/icons/app-icon.svg (an outline, so
 * no font is needed to draw it) and each edition's web app manifest, written after the pages
 * (after the Traditional edition, whose folder it writes into).
 */
export function webApp(): AstroIntegration {
  return {
    name: 'zhuxue:web-app',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const svg = readFileSync(ICON);
        for (const icon of ICONS) {
          const png = new Resvg(svg, { fitTo: { mode: 'width', value: icon.size } }).render().asPng();
          mkdirSync(dirname(join(out, icon.file)), { recursive: true });
          writeFileSync(join(out, icon.file), png);
        }
        const t = ui();
        const hant = createConverter();
        const editions: EditionId[] = traditionalEnabled() ? EDITION_IDS : ['zh-hans'];
        for (const edition of editions) {
          const say = edition === 'zh-hant' ? hant : (s: string) => s;
          const manifest = webManifest(edition, { name: say(`${t.siteName}：${t.siteTagline}`), shortName: say(t.siteName), description: say(t.siteTagline) });
          mkdirSync(dirname(join(out, manifestPath(edition))), { recursive: true });
          writeFileSync(join(out, manifestPath(edition)), `${JSON.stringify(manifest, null, 2)}\n`);
        }
        logger.info(`可安装：${ICONS.length} 个图标，${editions.length} 个 manifest`);
      },
    },
  };
}
