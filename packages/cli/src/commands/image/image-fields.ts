import { blank, FormattedItem } from '../../output/table';

/** The reference's image masks. */
export const IMAGE_MASK: string =
  'id,accountId,name,globalIdentifier,parentId,publicFlag,flexImageFlag,imageType';
export const IMAGE_DETAIL_MASK: string = `${IMAGE_MASK},firstChild,children[id,blockDevicesDiskSpaceTotal,datacenter,transaction[transactionGroup,transactionStatus]],note,createDate,status,transaction`;

/** `PUBLIC`/`PRIVATE` in json, `Public`/`Private` in text. */
export function visibility(publicFlag: unknown): FormattedItem {
  return publicFlag ? new FormattedItem('PUBLIC', 'Public') : new FormattedItem('PRIVATE', 'Private');
}

/** The image type: its keyName in json, its name in text. */
export function imageType(type: { keyName?: string; name?: string } | undefined): FormattedItem {
  return new FormattedItem(type?.keyName ?? null, String(type?.name ?? 'None'));
}

/** The reference's `b_to_gb`: bytes in json, `1.23G` in text. */
export function bytesToGb(bytes: number): FormattedItem {
  return new FormattedItem(bytes, `${(bytes / 1024 / 1024 / 1024).toFixed(2)}G`);
}

/** The reference's `transaction_status`: the status name in json, its friendly name in text; blank without one. */
export function transactionStatus(
  transaction: { transactionStatus?: { name?: string; friendlyName?: string } } | undefined | null,
): FormattedItem {
  const status = transaction?.transactionStatus;
  if (!status) return blank();
  return new FormattedItem(status.name ?? null, String(status.friendlyName ?? 'None'));
}
