// Which files of Pagefind's word index a query needs, known before Pagefind has loaded
// (src/lib/search/chunks.ts), from the ranges the index step reads out of Pagefind's metadata
// (src/lib/search/pagefind-meta.ts). That the browser then asks for exactly the chunks Pagefind
// itself would is checked against Pagefind in tests/e2e/search-preload.e2e.ts.
import { describe, expect, it } from 'vitest';
import { chunkFiles, pagefindWords, type BundleChunks } from '../../src/lib/search/chunks.ts';
import { chunkRanges, type ChunkRange } from '../../src/lib/search/pagefind-meta.ts';

/** Just enough CBOR (unsigned ints, text, arrays) to write a metadata file as Pagefind lays it out. */
type Item = number | string | Item[];
function cbor(x: Item): number[] {
  const head = (major: number, n: number) => (n < 24 ? [(major << 5) | n] : n < 256 ? [(major << 5) | 24, n] : [(major << 5) | 25, n >> 8, n & 255]);
  if (typeof x === 'number') return head(0, x);
  if (typeof x === 'string') {
    const bytes = [...new TextEncoder().encode(x)];
    return [...head(3, bytes.length), ...bytes];
  }
  return [...head(4, x.length), ...x.flatMap(cbor)];
}
const meta = (chunks: Item[]) => new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), ...cbor(['1.6.0', [['zh-hans_p1', 12, []]], chunks, [['real', 'zh-hans_f1']], [], ['title']])]);

describe("the word ranges in Pagefind's metadata", () => {
  it('are read as [from, to, hash], in the order Pagefind wrote them', () => {
    const chunks: ChunkRange[] = [['00', '在多', 'zh-hans_a'], ['在学', '的', 'zh-hans_b'], ['的一', '龄儿', 'zh-hans_c']];
    expect(chunkRanges(meta(chunks))).toEqual(chunks);
  });

  it('stop the build, saying what was found, when the file is not Pagefind metadata or its layout changed', () => {
    expect(() => chunkRanges(new TextEncoder().encode('{"version":"1.6.0"}'))).toThrow('不是 Pagefind 的元数据文件（开头是“{"version":"”，应为“pagefind_dcd”）');
    expect(() => chunkRanges(meta([['00', 'zz']]))).toThrow('Pagefind 元数据里没有索引块列表（第 3 项应为 [起, 止, 哈希] 的列表）：Pagefind 的格式可能变了');
  });
});

describe('the words Pagefind looks up', () => {
  // Where a Chinese query is cut depends on the segmenter's dictionary (the browser's own, the
  // same one Pagefind uses there); what is kept of it does not.
  it('are the words of a query as the segmenter splits them, punctuation dropped, letters in lower case', () => {
    expect(pagefindWords('困难职工', 'zh-hans').join('')).toBe('困难职工');
    expect(pagefindWords('困难职工', 'zh-hans').length).toBeGreaterThan(1);
    expect(pagefindWords('国发〔2007〕13号', 'zh-hans').join('')).toBe('国发200713号');
    expect(pagefindWords('PDF  Form', 'zh-hans')).toEqual(['pdf', 'form']);
    expect(pagefindWords('“ ”、。', 'zh-hans')).toEqual([]);
  });
});

describe('the index files a query needs', () => {
  const bundles: BundleChunks[] = [
    { path: '/pagefind/zh-hans/', chunks: [['00', '在多', 'zh-hans_a'], ['在学', '的', 'zh-hans_b'], ['的一', '龄儿', 'zh-hans_c']] },
  ];
  it('are the chunk each word falls in, each once, every term of the question included', () => {
    // 困 < 在 ≤ … < 的 ≤ 职: 困难 in the first chunk, 职工 in the last.
    expect(chunkFiles(['困难', '职工'], 'zh-hans', bundles)).toEqual(['/pagefind/zh-hans/index/zh-hans_a.pf_index', '/pagefind/zh-hans/index/zh-hans_c.pf_index']);
    expect(chunkFiles(['困难 职工', '职工', '困难'], 'zh-hans', bundles)).toHaveLength(2);
    expect(chunkFiles(['12351'], 'zh-hans', bundles)).toEqual(['/pagefind/zh-hans/index/zh-hans_a.pf_index']);
    expect(chunkFiles([], 'zh-hans', bundles)).toEqual([]);
  });

  it("are every shard's own chunks for the same words", () => {
    const shard: BundleChunks = { path: '/pagefind/zh-hans.2019-07/', chunks: [['00', '职', 'zh-hans_d'], ['职业', '龄', 'zh-hans_e']] };
    expect(chunkFiles(['12351'], 'zh-hans', [...bundles, shard])).toEqual(['/pagefind/zh-hans/index/zh-hans_a.pf_index', '/pagefind/zh-hans.2019-07/index/zh-hans_d.pf_index']);
  });

  it('are, when no word falls inside a range, the chunks a longer or shorter form of it could be in (as Pagefind then loads)', () => {
    const latin: BundleChunks[] = [{ path: '/p/', chunks: [['aa', 'am', 'x'], ['ba', 'bz', 'y']] }];
    // b sorts after am and before ba: in no range; cut to its length, ba…bz starts with it.
    expect(chunkFiles(['b'], 'zh-hans', latin)).toEqual(['/p/index/y.pf_index']);
    // an: in no range, and no range's first or last letters make room for it.
    expect(chunkFiles(['an'], 'zh-hans', latin)).toEqual([]);
    // One word in a range is enough: the others are not looked for loosely.
    expect(chunkFiles(['b ab'], 'zh-hans', latin)).toEqual(['/p/index/x.pf_index']);
  });
});
