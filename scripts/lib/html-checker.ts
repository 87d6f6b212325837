import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The W3C Nu Html Checker, as the vnu-jar package ships it (its Java download script is never run). */
export const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/**
 * A Java runtime for the Nu checker: Debian's default-jre-headless, installed when we are
 * root on Debian, like Chromium and nginx; otherwise a one-line instruction.
 */
export function ensureJava(): void {
  if (hasJava()) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('正在用 apt-get 安装 default-jre-headless（W3C 的 HTML 检查器需要 Java）…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { stdio: 'inherit', env });
  }
  if (!hasJava()) throw new Error('没有找到 Java：W3C 的 HTML 检查器需要它。请以 root 身份运行 apt-get install -y default-jre-headless');
}

export interface HtmlError { file: string; line: number | undefined; message: string }

/** Every error the Nu checker finds in these HTML files (warnings left out). */
export function checkHtml(files: readonly string[]): HtmlError[] {
  const r = spawnSync('java', ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = JSON.parse(r.stderr || r.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  return out.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => ({
    file: (m.url ?? '').replace(/^file:/, ''),
    line: m.lastLine,
    message: m.message,
  }));
}
