import type { CollectionName, EntryOf } from './collections.ts';

/**
 * Every entry that passed its schema, by collection and id. Its own module so that the checker
 * (which fills it) and the reference checks, search records and pages (which read it) all depend
 * on this one type, and never on each other.
 */
export type LoadedContent = { [C in CollectionName]: Map<string, EntryOf<C>> };
