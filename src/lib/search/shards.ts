/**
 * The search index in parts ("shards"), each a Pagefind bundle of its own that the search page
 * merges (Pagefind's mergeIndex). Why: Pagefind holds every page it indexes in memory, about
 * 0.36 MB per record here (docs/benchmarks.md): 10,000 news in one bundle took 3.2 GB per
 * edition, and every publish re-indexed all of it. In shards of at most SHARD_RECORDS records,
 * one Pagefind run stays near 1.4 GB, and a build re-indexes only the shards whose documents
 * changed (scripts/build-index.ts keeps each shard's output under its documents' hash).
 *
 * Records are grouped by month, oldest first, and months are added to a shard until the next
 * would take it over the limit. The last of those is split at the year: the newest shard holds
 * the newest year's records only, since every publish indexes it again (at 10,000 synthetic news
 * a newest shard of 2,200 records took 14 s of a one-item deploy; a year is a few hundred real
 * ones). So a new item changes only the newest shard (and on the year's first item, the
 * shard the last year joins), and a site smaller than the limit within one year, or whose
 * records are fewer than the limit, is one shard: the bundle it was before shards existed.
 */

/** Most records in one shard: ~1.4 GB of Pagefind's memory (0.36 MB each, measured at 2,500 and 10,000). */
export const SHARD_RECORDS = 4000;

/** The limit this build uses: SHARD_RECORDS, or PORTAL_SEARCH_SHARD (tests make small shards with it). */
export function shardLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env['PORTAL_SEARCH_SHARD'];
  if (raw === undefined || raw === '') return SHARD_RECORDS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PORTAL_SEARCH_SHARD 应是正整数（每个搜索索引分片最多多少条记录），现在是“${raw}”`);
  return n;
}

export interface Shard {
  /**
   * Where the shard's bundle lives, beside the edition's: '' for the newest (the edition's own
   * bundle, /pagefind/zh-hans/), else its first month (/pagefind/zh-hans.2019-07/).
   */
  id: string;
  /** First and last month (YYYY-MM) of its records; 0000-00 holds records without a date. */
  from: string;
  to: string;
  /** Indexes into the records, in their order. */
  members: number[];
}

const monthOf = (date: string) => (/^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : '0000-00');

/** The shards for records with these dates, newest first. */
export function planShards(dates: readonly string[], limit: number): Shard[] {
  const byMonth = new Map<string, number[]>();
  dates.forEach((d, i) => {
    const m = monthOf(d);
    byMonth.set(m, [...(byMonth.get(m) ?? []), i]);
  });
  const shards: Shard[] = [];
  let current: Shard | undefined;
  const months = [...byMonth.keys()].sort();
  for (const month of months) {
    const members = byMonth.get(month) ?? [];
    if (!current || (current.members.length > 0 && current.members.length + members.length > limit)) {
      current = { id: month, from: month, to: month, members: [] };
      shards.push(current);
    }
    current.members.push(...members);
    current.to = month;
  }
  const last = shards.at(-1);
  const year = last?.to.slice(0, 4);
  if (last && year && last.from.slice(0, 4) !== year && last.members.length > limit / 4) {
    // The last shard's earlier years stay where they are; its newest year becomes the newest shard.
    const own = months.filter((m) => m >= last.from && m <= last.to);
    const [earlier, newest] = [own.filter((m) => !m.startsWith(year)), own.filter((m) => m.startsWith(year))];
    const members = (ms: string[]) => ms.flatMap((m) => byMonth.get(m) ?? []);
    shards.push({ id: '', from: newest[0] ?? last.to, to: last.to, members: members(newest) });
    last.members = members(earlier);
    last.to = earlier.at(-1) ?? last.from;
  }
  for (const s of shards) s.members.sort((a, b) => a - b);
  const newest = shards.at(-1);
  if (newest) newest.id = '';
  return shards.reverse();
}

/** A shard's bundle folder under /pagefind/: `zh-hans`, `zh-hans.2019-07`. */
export const shardBundle = (edition: string, shard: Pick<Shard, 'id'>) => (shard.id ? `${edition}.${shard.id}` : edition);

/** What the search page needs to merge the other shards (search-data.json): their bundles and index tags, newest first. */
export interface ShardRef {
  /** From the site's root, e.g. /pagefind/zh-hans.2019-07/ */
  path: string;
  /** The shard's index hash: Pagefind asks for its entry file under it (metaCacheTag). */
  tag: string;
}
