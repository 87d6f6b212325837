import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto';

/** True when this is Debian and we may install packages. */
function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version');
}

function apt(packages: string[]): void {
  console.log(`正在用 apt-get 安装 ${packages.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

/**
 * Find a Chromium for Playwright: its own download if present, else Debian's, installing
 * Debian's (with CJK fonts so pages render Chinese) when we are root on Debian.
 * Returns undefined for "use Playwright's own"; throws a one-line instruction otherwise.
 */
export function findChromium(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  if (!existsSync(DEBIAN_CHROMIUM) || !existsSync(CJK_FONT_DIR)) {
    if (!canApt()) {
      throw new Error('找不到 Chromium：请运行 `sudo apt-get install -y chromium fonts-noto-cjk`（Debian/Ubuntu）或 `npx playwright install chromium`，然后重试 npm test。');
    }
    apt(['chromium', 'fonts-noto-cjk']);
  }
  return DEBIAN_CHROMIUM;
}
