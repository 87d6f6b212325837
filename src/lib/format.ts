/** Display helpers shared by every page; pure so they are unit-tested. */

/**
 * 2018-09-30 → 2018年9月30日 (no time zone involved: the input is a calendar date).
 * A date known only to the month or year says no more: 2018-07 → 2018年7月, 2018 → 2018年.
 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 46316 → 46,316; 3807.91 → 3,807.91. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** The newest of some YYYY-MM-DD dates (they sort as text). */
export function latestDate(dates: Iterable<string | undefined>): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}

/** Newest first, then by title, so lists are stable between builds. */
export function byDateDesc<T>(date: (item: T) => string, title: (item: T) => string) {
  return (a: T, b: T) => date(b).localeCompare(date(a)) || title(a).localeCompare(title(b), 'zh-CN');
}

const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];

/** 38 → 三十八, 54 → 五十四, 10 → 十, 105 → 一百零五: the way law articles are numbered. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`条号超出范围：${n}`);
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out) out += '零';
    zero = false;
    out += DIGITS[d] + unit;
  });
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** 第三十八条 */
export function articleLabel(n: number): string {
  return `第${chineseNumeral(n)}条`;
}
