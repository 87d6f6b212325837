import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Write many small files, up to `inFlight` at a time, while the caller keeps producing
 * them: on a small VM each write waits on the disk more than on the CPU, so overlapping
 * them with the work that makes them saves about a quarter of the time (measured).
 */
export function fileWriter(inFlight = 32) {
  const writing = new Set<Promise<void>>();
  // Each folder is made once: the search documents are thousands of files in two folders.
  const folders = new Map<string, Promise<unknown>>();
  const folder = (dir: string) => folders.get(dir) ?? folders.set(dir, mkdir(dir, { recursive: true })).get(dir)!;
  return {
    async write(path: string, content: string): Promise<void> {
      const done: Promise<void> = folder(dirname(path))
        .then(() => writeFile(path, content))
        .then(() => void writing.delete(done));
      writing.add(done);
      if (writing.size >= inFlight) await Promise.race(writing);
    },
    /** Resolves when every file is written; rejects with the first failure. */
    done: () => Promise.all(writing).then(() => undefined),
  };
}
