import type { CollectionName, EntryOf } from './content/collections.ts';

/** Whether an entry is on the public site, and if not, why (shown only in local previews). */
export type Publication = { published: true } | { published: false; reason: 'draft' } | { published: false; reason: 'scheduled'; on: string };

/** The date an entry goes live on: a news item's publishedOn, a policy's publishedOn (or issuedOn). */
export function liveDate(collection: CollectionName, data: EntryOf<CollectionName>): string | undefined {
  if (collection === 'news') return (data as EntryOf<'news'>).publishedOn;
  if (collection === 'policies') return (data as EntryOf<'policies'>).publishedOn;
  return undefined;
}

/**
 * Drafts never go out; an entry dated after `today` goes out with the first build on or after
 * its date (a daily rebuild publishes it that morning). Dates compare as text, so a partial
 * date (2027) counts from the start of its year.
 */
export function publication(collection: CollectionName, data: EntryOf<CollectionName>, today: string): Publication {
  if ((data as { draft?: boolean }).draft) return { published: false, reason: 'draft' };
  const on = liveDate(collection, data);
  if (on && on > today) return { published: false, reason: 'scheduled', on };
  return { published: true };
}
