import type { Column } from '../columns';

function storageTypeOf(volume: Record<string, unknown>): string {
  const keyName = (volume.storageType as { keyName?: unknown } | undefined)?.keyName;
  return typeof keyName === 'string' ? (keyName.split('_')[0] ?? '') : '-';
}

const COLUMN = {
  id: { name: 'id', value: ['id'] },
  username: { name: 'username', value: ['username'] },
  datacenter: { name: 'datacenter', value: ['serviceResource', 'datacenter', 'name'] },
  storageType: { name: 'storage_type', value: storageTypeOf, mask: 'storageType.keyName' },
  capacity: { name: 'capacity_gb', value: ['capacityGb'] },
  bytesUsed: { name: 'bytes_used', value: ['bytesUsed'] },
  iops: { name: 'IOPs', value: ['provisionedIops'] },
  ipAddress: { name: 'ip_addr', value: ['serviceResourceBackendIpAddress'] },
  lunId: { name: 'lunId', value: ['lunId'] },
  transactions: { name: 'active_transactions', value: ['activeTransactionCount'] },
  mountAddress: { name: 'mount_addr', value: ['fileNetworkMountAddress'] },
  partners: { name: 'rep_partner_count', value: ['replicationPartnerCount'] },
  createdBy: { name: 'created_by', value: ['billingItem', 'orderItem', 'order', 'userRecord', 'username'] },
  notes: { name: 'notes', value: ['notes'] },
} satisfies Record<string, Column>;

/** `block volume-list`'s columns, in the reference's order. */
export const BLOCK_LIST_COLUMNS: readonly Column[] = [
  COLUMN.id,
  COLUMN.username,
  COLUMN.datacenter,
  COLUMN.storageType,
  COLUMN.capacity,
  COLUMN.bytesUsed,
  COLUMN.iops,
  COLUMN.ipAddress,
  COLUMN.lunId,
  COLUMN.transactions,
  COLUMN.partners,
  COLUMN.createdBy,
  COLUMN.notes,
];

export const BLOCK_LIST_DEFAULTS: readonly string[] = BLOCK_LIST_COLUMNS.map((column) => column.name).filter(
  (name) => name !== 'created_by',
);

/** `file volume-list`'s columns, in the reference's order. */
export const FILE_LIST_COLUMNS: readonly Column[] = [
  COLUMN.id,
  COLUMN.username,
  COLUMN.datacenter,
  COLUMN.storageType,
  COLUMN.capacity,
  COLUMN.bytesUsed,
  COLUMN.ipAddress,
  COLUMN.transactions,
  COLUMN.mountAddress,
  COLUMN.partners,
  COLUMN.createdBy,
  COLUMN.notes,
];

export const FILE_LIST_DEFAULTS: readonly string[] = FILE_LIST_COLUMNS.map((column) => column.name).filter(
  (name) => name !== 'created_by',
);
