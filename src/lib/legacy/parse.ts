import { isRealDate } from '../../schemas/common.ts';
import { cleanText } from './clean.ts';

export interface LegacyArticle {
  title: string;
  /** Source name from the date line, cleaned; undefined when the line gives none. */
  source: string | undefined;
  /** YYYY-MM-DD */
  date: string;
  paragraphs: string[];
  /** Annotations removed, for the report. */
  removed: number;
  /** Syllable-like parentheses kept as English words: staff should glance at them. */
  kept: string[];
}

export type Parsed = { ok: true; article: LegacyArticle } | { ok: false; message: string };

export const MAX_TITLE = 80;

/** 齐鲁人才网 . 2018-09-30发布 — either script, either dot, source optional. */
const DATE_LINE = /^(?:(.*?)\s*[.．·・]\s*)?(\d{4})-(\d{1,2})-(\d{1,2})\s*(?:发布|發布)?$/;

/** Title line, date line, then paragraphs separated by blank lines. */
export function parseLegacy(text: string): Parsed {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.trim());
  const titleLine = lines[start] ?? '';
  const dateIndex = lines.findIndex((l, i) => i > start && l.trim());
  const dateLine = (lines[dateIndex] ?? '').trim();
  const m = DATE_LINE.exec(dateLine);
  if (!m) {
    return {
      ok: false,
      message: `第二行应为“来源 . YYYY-MM-DD发布”，例如“齐鲁人才网 . 2018-09-30发布”，实际是“${dateLine.slice(0, 40)}”`,
    };
  }
  const [y, mo, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const date = `${m[2]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!isRealDate(y, mo, d)) return { ok: false, message: `发布日期 ${date} 不存在，请核对第二行的日期` };

  const title = cleanText(titleLine);
  if ([...title.text].length > MAX_TITLE) {
    return { ok: false, message: `标题有 ${[...title.text].length} 个字，超过 ${MAX_TITLE} 字的上限：请确认第一行只有标题` };
  }
  const source = m[1]?.trim() ? cleanText(m[1]).text : undefined;
  const blocks = lines.slice(dateIndex + 1).join('\n').split(/\n[ \t\u3000]*\n/);
  const cleaned = blocks.map((b) => cleanText(b.split('\n').map((l) => l.trim()).join(''))).filter((p) => p.text);
  if (cleaned.length === 0) return { ok: false, message: '没有正文：日期行之后应有以空行分隔的段落' };
  return {
    ok: true,
    article: {
      title: title.text,
      source,
      date,
      paragraphs: cleaned.map((p) => p.text),
      removed: [title, ...cleaned].reduce((n, p) => n + p.removed, 0),
      kept: [title, ...cleaned].flatMap((p) => p.kept),
    },
  };
}
