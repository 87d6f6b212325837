import { spawn, type SpawnOptions } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Parent pid of every live process, read from /proc (Linux). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** Summed resident memory (bytes) of a process and all its descendants right now, and their names. */
export function treeRss(pid: number): { bytes: number; names: string[] } {
  const children = parents();
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  let bytes = 0;
  const names: string[] = [];
  for (const p of tree) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) bytes += Number(m[1]) * 1024;
      names.push(/Name:\s+(\S+)/.exec(status)?.[1] ?? '');
    } catch {
      // Gone already.
    }
  }
  return { bytes, names };
}

export interface Measured {
  code: number | null;
  seconds: number;
  /** Highest summed RSS of the whole process tree seen while it ran, in bytes. */
  peakRss: number;
  /** The same, per phase as named by `phaseOf` (e.g. while Astro runs, while Pagefind runs). */
  peakByPhase: Record<string, number>;
  output: string;
}

/**
 * Run a command, sampling the whole process tree's memory every `everyMs`: a build is
 * several processes (npm, Astro, Pagefind), and their sum is what the machine must hold.
 */
export function measure(
  cmd: string,
  args: string[],
  options: SpawnOptions,
  phaseOf: (names: string[]) => string = () => 'all',
  everyMs = 100,
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakRss = 0;
    const peakByPhase: Record<string, number> = {};
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setInterval(() => {
      if (!child.pid) return;
      const now = treeRss(child.pid);
      const phase = phaseOf(now.names);
      peakRss = Math.max(peakRss, now.bytes);
      peakByPhase[phase] = Math.max(peakByPhase[phase] ?? 0, now.bytes);
    }, everyMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: (performance.now() - started) / 1000, peakRss, peakByPhase, output });
    });
  });
}
