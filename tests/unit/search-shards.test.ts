import { describe, expect, it } from 'vitest';
import { planShards, shardBundle, shardLimit, SHARD_RECORDS } from '../../src/lib/search/shards.ts';

const ids = (dates: string[], limit: number) => planShards(dates, limit).map((s) => ({ id: s.id, from: s.from, to: s.to, n: s.members.length }));

describe('the search index shards', () => {
  it('are one, the edition bundle itself, while the site is within a quarter of the limit', () => {
    expect(ids(['2024-01-02', '2019-07-01', '2026-12-06'], 12)).toEqual([{ id: '', from: '2019-07', to: '2026-12', n: 3 }]);
    expect(planShards([], 10)).toEqual([]);
  });

  it('group whole months from the oldest, the newest shard last to fill, and list the newest first', () => {
    const dates = ['2020-01-05', '2020-01-09', '2020-02-01', '2020-03-01', '2020-03-02', '2020-04-01', '2020-05-01'];
    expect(ids(dates, 3)).toEqual([
      { id: '', from: '2020-05', to: '2020-05', n: 1 },
      { id: '2020-03', from: '2020-03', to: '2020-04', n: 3 },
      { id: '2020-01', from: '2020-01', to: '2020-02', n: 3 },
    ]);
    // Members are the records' indexes, in their order, so every record is in exactly one shard.
    expect(planShards(dates, 3).flatMap((s) => s.members).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('change only the newest shard when an item of this year is added', () => {
    const dates = Array.from({ length: 40 }, (_, i) => `20${String(15 + Math.floor(i / 4)).padStart(2, '0')}-0${1 + (i % 4)}-01`);
    const before = planShards(dates, 7);
    const after = planShards([...dates, '2024-12-06'], 7);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.members).toEqual([...before[0]!.members, 40]);
  });

  it('keep the newest year alone in the newest shard (it is indexed on every publish), once the last shard holds over a quarter of the limit', () => {
    // 2023 and 2024, 5 each: one shard within the limit of 12, split at the year.
    const dates = [...Array.from({ length: 5 }, (_, i) => `2023-0${i + 1}-01`), ...Array.from({ length: 5 }, (_, i) => `2024-0${i + 1}-01`)];
    expect(ids(dates, 12)).toEqual([
      { id: '', from: '2024-01', to: '2024-05', n: 5 },
      { id: '2023-01', from: '2023-01', to: '2023-05', n: 5 },
    ]);
    // Within a quarter of the limit, one shard (the shipped content: one bundle, as before shards).
    expect(ids(dates, 40)).toEqual([{ id: '', from: '2023-01', to: '2024-05', n: 10 }]);
    // The year's first item: last year joins the shard before it, the older shards stay as they were.
    const older = ['2020-01-01', '2020-02-01', '2020-03-01'];
    const before = planShards([...older, ...dates], 8);
    const after = planShards([...older, ...dates, '2025-01-02'], 8);
    expect(before.map((s) => `${s.id}:${s.from}…${s.to} ${s.members.length}`)).toEqual([':2024-01…2024-05 5', '2020-01:2020-01…2023-05 8']);
    expect(after.map((s) => `${s.id}:${s.from}…${s.to} ${s.members.length}`)).toEqual([':2025-01…2025-01 1', '2024-01:2024-01…2024-05 5', '2020-01:2020-01…2023-05 8']);
    expect(after.at(-1)).toEqual(before.at(-1));
  });

  it('put records without a date in the oldest shard, and keep a month whole even beyond the limit', () => {
    expect(ids(['', '2020-01-01', '2020-01-02', '2020-01-03'], 2)).toEqual([
      { id: '', from: '2020-01', to: '2020-01', n: 3 },
      { id: '0000-00', from: '0000-00', to: '0000-00', n: 1 },
    ]);
  });

  it('live in /pagefind/<edition>/ for the newest and /pagefind/<edition>.<first month>/ beside it', () => {
    expect(shardBundle('zh-hant', { id: '' })).toBe('zh-hant');
    expect(shardBundle('zh-hant', { id: '2019-07' })).toBe('zh-hant.2019-07');
  });

  it('hold at most PORTAL_SEARCH_SHARD records when it is set, and say what is wrong with a bad value', () => {
    expect(shardLimit({})).toBe(SHARD_RECORDS);
    expect(shardLimit({ PORTAL_SEARCH_SHARD: '40' })).toBe(40);
    expect(() => shardLimit({ PORTAL_SEARCH_SHARD: '四十' })).toThrow('PORTAL_SEARCH_SHARD 应是正整数（每个搜索索引分片最多多少条记录），现在是“四十”');
  });
});
