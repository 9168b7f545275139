import { blank, FormattedItem, Listing } from '../output/table';
import { lookup } from './lookup';

/** The reference's `formatting.transaction_status`: a transaction's status name, shown by its friendly name. */
export function transactionStatus(transaction: unknown): FormattedItem {
  const status = lookup(transaction, 'transactionStatus') as
    | { name?: string; friendlyName?: string }
    | undefined;
  if (!transaction || !status) return blank();
  return new FormattedItem(status.name ?? null, status.friendlyName);
}

/** The reference's `formatting.active_txn`: the status of an object's active transaction, else blank. */
export function activeTransaction(item: unknown): FormattedItem {
  return transactionStatus(lookup(item, 'activeTransaction'));
}

/** The reference's `formatting.tags`: the tag names of `tagReferences`, `, `-separated; blank when none. */
export function tagList(references: unknown): FormattedItem | Listing {
  if (!Array.isArray(references) || references.length === 0) return blank();
  const names = references
    .map((reference) => lookup(reference, 'tag', 'name'))
    .filter((name) => name != null);
  return new Listing(names, ', ');
}
