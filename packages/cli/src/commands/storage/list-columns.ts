import type { Column } from '../column-selection';

function storageTypeOf(volume: Record<string, unknown>): string {
  const keyName = (volume.storageType as { keyName?: unknown } | undefined)?.keyName;
  return typeof keyName === 'string' ? (keyName.split('_')[0] ?? '') : '-';
}

const COLUMN = {
  id: { name: 'id', path: ['id'] },
  username: { name: 'username', path: ['username'] },
  datacenter: { name: 'datacenter', path: ['serviceResource', 'datacenter', 'name'] },
  storageType: { name: 'storage_type', path: storageTypeOf, mask: 'storageType.keyName' },
  capacity: { name: 'capacity_gb', path: ['capacityGb'] },
  bytesUsed: { name: 'bytes_used', path: ['bytesUsed'] },
  iops: { name: 'IOPs', path: ['provisionedIops'] },
  ipAddress: { name: 'ip_addr', path: ['serviceResourceBackendIpAddress'] },
  lunId: { name: 'lunId', path: ['lunId'] },
  transactions: { name: 'active_transactions', path: ['activeTransactionCount'] },
  mountAddress: { name: 'mount_addr', path: ['fileNetworkMountAddress'] },
  partners: { name: 'rep_partner_count', path: ['replicationPartnerCount'] },
  createdBy: { name: 'created_by', path: ['billingItem', 'orderItem', 'order', 'userRecord', 'username'] },
  notes: { name: 'notes', path: ['notes'] },
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
