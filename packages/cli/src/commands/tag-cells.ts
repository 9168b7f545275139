import { blank, type FormattedItem, Listing } from '../output/table';

interface TagReference {
  tag?: { name?: string };
}

/** The reference's `formatting.tags`: the tag names joined by `, ` (a list in json), or a blank when none. */
export function tagCell(references: readonly TagReference[] | undefined): Listing | FormattedItem {
  if (!references || references.length === 0) return blank();
  const names = references.map((reference) => reference.tag?.name).filter((name) => name !== undefined);
  return new Listing(names, ', ');
}
