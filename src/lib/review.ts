/** How long a guide's facts may go unchecked before readers are told so. */
export const REVIEW_MONTHS = 12;

/** Today's date in Shandong (UTC+8), as YYYY-MM-DD: the day the build is made for. */
export function todayInShandong(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The last day a review made on `reviewedOn` still counts: the same date 12 months on. */
export function reviewValidUntil(reviewedOn: string): string {
  const [y = 0, m = 1, d = 1] = reviewedOn.split('-').map(Number);
  // 2024-02-29 + 12 months has no 29th: the review lapses after 2025-02-28.
  const last = new Date(Date.UTC(y, m - 1 + REVIEW_MONTHS + 1, 0)).getUTCDate();
  return `${String(y + Math.floor((m - 1 + REVIEW_MONTHS) / 12)).padStart(4, '0')}-${String(((m - 1 + REVIEW_MONTHS) % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** True when the review is more than 12 months old on `today`. */
export function isReviewStale(reviewedOn: string, today: string): boolean {
  return today > reviewValidUntil(reviewedOn);
}
