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

const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/**
 * A figure the Chinese way: 万元 always with two decimals (3,807.91; 4,854.90), counts with
 * thousands separators (12,672). The unit is shown beside it by the caller, always.
 */
export function formatFigure(value: number, unit: string): string {
  return unit === '万元' ? wan.format(value) : count.format(value);
}

/** A change between two values with its sign, and its percentage when the base is not 0: +233, （+261.8%）. */
export function changeParts(from: number, to: number, unit: string): { diff: string; pct: string } {
  const diff = to - from;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  return { diff: `${sign}${formatFigure(Math.abs(diff), unit)}`, pct: from === 0 ? '' : `（${sign}${Math.abs((diff / from) * 100).toFixed(1)}%）` };
}

/** The same as one string: +1,234.50（+25.4%）. */
export function formatChange(from: number, to: number, unit: string): string {
  const { diff, pct } = changeParts(from, to, unit);
  return `${diff}${pct}`;
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

/** Fill {name} placeholders of an interface string: fill('较 {year} 年', { year: 2011 }). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
