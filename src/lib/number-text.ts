/**
 * A number as a reader must see it whole: digits with their thousands separators and decimal
 * part (3,807.91), a date or phone number (2018-09-30, 0531-12351), a percentage, and the unit
 * after it (万元, 人次; 萬元 in search results of the Traditional edition). Chinese text may break between any two characters, and the page's
 * overflow-wrap may break inside digits, so a family could read "3,80" and "7.91 万元".
 */
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[\s\u200b]?(?:万元|萬元|亿元|億元|万人次|萬人次|万人|萬人|人次|万|萬|亿|億|元|人|个|個|场|場|名|家|所|项|項|次|%|％))?|\d+(?:\.\d+)?(?:[-‐]\d+)*(?:[\s\u200b]?(?:万元|萬元|亿元|億元|万人次|萬人次|万人|萬人|人次|万|萬|亿|億|元|人|个|個|场|場|名|家|所|项|項|次|%|％))?/g;

const BREAKABLE = /[,.\-‐%％\s\u200b]|\D$/;

/** The class that keeps a number on one line (src/styles/global.css). */
export const NUMBER_CLASS = 'num';

/**
 * Wrap every number-with-unit in text (escaped HTML without numbers in tags: a text node, or a
 * search excerpt whose only tags are <mark>). Small and without dependencies: the search page uses it too.
 */
export function wrapNumbersInText(text: string): string {
  // Only what can break: separators, a decimal point, a dash or a unit (a bare 2018 or 12351 never
  // breaks between its digits). A long one (117,000.00 万元) steps down in the largest text on a
  // phone rather than overflow.
  return text.replace(NUMBER, (m) => (!BREAKABLE.test(m) ? m : `<span class="${m.length > 9 ? `${NUMBER_CLASS} num-long` : NUMBER_CLASS}">${m}</span>`));
}

