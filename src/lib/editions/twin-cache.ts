import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What the Traditional edition's pages were converted from, so that a build into the same
 * folder converts only the Simplified pages that changed: at 10,000 news, converting all 45,000
 * pages took 21 s of a build where one item had changed (#29). Kept in Astro's cache folder, one
 * file per output folder: { converter, kept: { "news/x/index.html": [SHA-256, size, mtime of the
 * Simplified page, size, mtime of its twin] } }. A twin something changed after it was written (the
 * search page's preloads, written once the index is built) is converted again.
 * `converter` fingerprints everything a conversion depends on: the conversion code and
 * the packages it uses (the lockfile), the staff's overrides and the site's address.
 */
export interface TwinCache {
  /**
   * The Simplified page's text when its twin must be converted; undefined when the twin in the
   * output folder, untouched since, was converted from exactly this page: the same file untouched
   * since (size and time: a page the incremental build kept), or the same text (read only then).
   */
  changed(rel: string, file: Stats, read: () => string): string | undefined;
  /** Record every page (converted or kept) and its twin as written, once the edition is written. */
  save(): void;
}

const hash = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The conversion's own code and packages (root: the project). */
export function converterFingerprint(root: string, ...settings: unknown[]): string {
  const code = ['src/lib/editions', 'src/lib/html-edits.ts', 'src/lib/zhuyin/markup.ts', 'package-lock.json'].flatMap((p) => {
    const path = join(root, p);
    if (!existsSync(path)) return [];
    return p.endsWith('.ts') || p.endsWith('.json') ? [readFileSync(path)] : readdirSync(path).sort().map((f) => readFileSync(join(path, f)));
  });
  return hash(Buffer.concat([...code, Buffer.from(JSON.stringify(settings))]));
}

type Seen = [hash: string, size: number, mtime: number, twinSize?: number, twinMtime?: number];

const statOf = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** What a build saved with the same converter; nothing when there is no file, an unreadable one, or another converter's. */
function kept<T>(file: string, converter: string): Record<string, T> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { converter: string; kept: Record<string, T> };
    return saved.converter === converter ? saved.kept : {};
  } catch {
    return {};
  }
}

export function twinCache(cacheDir: string, out: string, converter: string): TwinCache {
  const file = join(cacheDir, 'traditional-edition', `${hash(out).slice(0, 16)}.json`);
  const before = kept<Seen>(file, converter);
  const now: Record<string, Seen> = {};
  return {
    changed(rel, stat, read) {
      const was = before[rel];
      const twinStat = was && statOf(join(out, rel));
      // The twin as this cache last saw it: not gone, not changed by a later step.
      const twin = was && twinStat && was[3] === twinStat.size && was[4] === twinStat.mtimeMs ? twinStat : undefined;
      if (twin && was && was[1] === stat.size && was[2] === stat.mtimeMs) {
        now[rel] = was;
        return undefined;
      }
      const text = read();
      const h = hash(text);
      if (twin && was && was[0] === h) {
        now[rel] = [h, stat.size, stat.mtimeMs, twin.size, twin.mtimeMs];
        return undefined;
      }
      now[rel] = [h, stat.size, stat.mtimeMs];
      return text;
    },
    save() {
      // The twins written this build, as they are now.
      for (const [rel, seen] of Object.entries(now)) {
        if (seen[3] !== undefined) continue;
        const twin = statOf(join(out, rel));
        if (twin) now[rel] = [seen[0], seen[1], seen[2], twin.size, twin.mtimeMs];
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ converter, kept: now }));
    },
  };
}

/**
 * Converted texts kept by the SHA-256 of their Simplified text (the search documents: 10,000
 * converted again on every build took 3.3 s). Only what this build converted or used is saved.
 */
export function conversionMemo(cacheDir: string, name: string, converter: string): { convert(text: string, convert: (text: string) => string): string; save(): void } {
  const file = join(cacheDir, 'traditional-edition', `${name}.json`);
  const before = kept<string>(file, converter);
  const now: Record<string, string> = {};
  return {
    convert(text, convert) {
      const h = hash(text);
      return (now[h] = before[h] ?? now[h] ?? convert(text));
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ converter, kept: now }));
    },
  };
}
