/**
 * Precise lookups: a 文号 or a law article typed as a query, however loosely, names one
 * record, which the search page then puts first. Runs in the browser on the query already
 * folded to Simplified; the tables come from the build (build-index.ts).
 */
export interface LookupData {
  /** Policies with a 文号, split into issuer code, year and serial number. */
  policies: { ref: string; org: string; year: number; num: number }[];
  /** Laws by every name a reader may use (简称, 全称, 全称 without 中华人民共和国), with the articles collected. */
  laws: { ref: string; names: string[]; articles: number[] }[];
}

const NUMERALS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三十八 → 38, 十 → 10, 一百零五 → 105, 38 → 38; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in NUMERALS) digit = NUMERALS[c];
    else {
      total += (digit ?? 1) * (UNITS[c] ?? 1);
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

// 国发〔2007〕13号, 国发[2007]13号, 国发2007 13, 2007年13号: issuer code optional.
const DOC_NUMBER = /^([\p{Script=Han}A-Za-z]{0,16}?)[〔[【［(（]?((?:19|20)\d{2})[〕\]】］)）]?年?第?(\d{1,4})号?$/u;
// 教育法第三十八条, 教育法38条, 教育法 38, 《教育法》第38条.
const ARTICLE = /^(.+?)第?([0-9]+|[零〇一二两三四五六七八九十百千]+)条?$/u;

/** The refs (search records) a query names precisely, best first; empty for an ordinary query. */
export function preciseRefs(simplifiedQuery: string, data: LookupData): string[] {
  const q = simplifiedQuery.replace(/[\s《》“”"']/g, '');
  const doc = DOC_NUMBER.exec(q);
  if (doc) {
    const [, org = '', year, num] = doc;
    const hits = data.policies.filter((p) => p.year === Number(year) && p.num === Number(num) && (!org || p.org === org));
    if (hits.length) return hits.map((p) => p.ref);
  }
  const article = ARTICLE.exec(q);
  if (article) {
    const [, name = '', numeral = ''] = article;
    const n = parseNumber(numeral);
    const law = data.laws.find((l) => l.names.includes(name));
    if (law && n !== undefined) return [law.articles.includes(n) ? `${law.ref}#art-${n}` : law.ref];
  }
  return [];
}
