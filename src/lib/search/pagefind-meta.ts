/**
 * What the index step reads from Pagefind's metadata file (`pagefind.<hash>.pf_meta`): the word
 * ranges of its index chunks, so that the search page can fetch the chunks a query needs before
 * Pagefind's WebAssembly is loaded (src/lib/search/chunks.ts). The file, once gunzipped, is
 * `pagefind_dcd` followed by one CBOR array: [version, pages, chunks, filters, sorts, meta keys],
 * each chunk [from, to, hash]. Only the CBOR Pagefind writes is read (no floats, no tags).
 */

/** One file of Pagefind's word index: every word from `from` to `to` (inclusive) is in `index/<hash>.pf_index`. */
export type ChunkRange = [from: string, to: string, hash: string];

const SIGNATURE = 'pagefind_dcd';

/** The chunk ranges in a gunzipped metadata file; throws, naming what it found, if it is not one. */
export function chunkRanges(meta: Uint8Array): ChunkRange[] {
  const head = new TextDecoder().decode(meta.subarray(0, SIGNATURE.length));
  if (head !== SIGNATURE) throw new Error(`不是 Pagefind 的元数据文件（开头是“${head}”，应为“${SIGNATURE}”）`);
  const [value] = decode(meta, SIGNATURE.length);
  const chunks = Array.isArray(value) ? value[2] : undefined;
  const ranges = Array.isArray(chunks) ? chunks.map((c) => (Array.isArray(c) ? c.slice(0, 3) : [])) : [];
  if (!Array.isArray(chunks) || !ranges.every((r): r is ChunkRange => r.length === 3 && r.every((s) => typeof s === 'string'))) {
    throw new Error('Pagefind 元数据里没有索引块列表（第 3 项应为 [起, 止, 哈希] 的列表）：Pagefind 的格式可能变了');
  }
  return ranges;
}

type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | Map<Cbor, Cbor>;

/** One CBOR item at `at`: its value and where the next begins. */
function decode(b: Uint8Array, at: number): [Cbor, number] {
  const first = b[at] ?? 0;
  const major = first >> 5;
  const info = first & 31;
  let i = at + 1;
  let n: number;
  if (info < 24) n = info;
  else if (info <= 27) {
    const size = 1 << (info - 24);
    n = 0;
    for (let k = 0; k < size; k++) n = n * 256 + (b[i + k] ?? 0);
    i += size;
  } else throw new Error(`Pagefind 元数据第 ${at} 字节：不认识的 CBOR 长度 ${info}`);
  switch (major) {
    case 0: return [n, i];
    case 1: return [-1 - n, i];
    case 2: return [b.subarray(i, i + n), i + n];
    case 3: return [new TextDecoder().decode(b.subarray(i, i + n)), i + n];
    case 4: {
      const items: Cbor[] = [];
      for (let k = 0; k < n; k++) [items[k], i] = decode(b, i);
      return [items, i];
    }
    case 5: {
      const map = new Map<Cbor, Cbor>();
      for (let k = 0; k < n; k++) {
        const [key, next] = decode(b, i);
        const [value, after] = decode(b, next);
        map.set(key, value);
        i = after;
      }
      return [map, i];
    }
    case 7: return [info === 20 ? false : info === 21 ? true : null, i];
    default: throw new Error(`Pagefind 元数据第 ${at} 字节：不认识的 CBOR 类型 ${major}`);
  }
}
