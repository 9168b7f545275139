import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { lookup } from '../lookup';
import { resolveId } from '../resolve-id';
import { type StorageKind, storageManager, type Volume, volumeDetails } from './storage-kind';

/** Python's `%d` of a whole number of bytes in the largest unit under it (`file volume-detail`'s Used Space). */
function usedSpace(bytes: unknown): string {
  const used = bytes ? Number.parseInt(String(bytes), 10) : 0;
  const units: ReadonlyArray<[number, string]> = [
    [2 ** 10, 'B'],
    [2 ** 20, 'KB'],
    [2 ** 30, 'MB'],
  ];
  let divisor = 1;
  for (const [limit, unit] of units) {
    if (used < limit) return `${Math.trunc(used / divisor)}${unit}`;
    divisor = limit;
  }
  return `${Math.trunc(used / 2 ** 30)}GB`;
}

function replicantTable(kind: StorageKind, replicant: Volume): Table {
  // The reference's file detail puts the id in the header row; block's in a first row.
  const table =
    kind.group === 'file' ? new Table(['Replicant ID', String(replicant.id)]) : new Table(['Name', 'Value']);
  if (kind.group === 'block') table.addRow(['Replicant Id', replicant.id]);
  table.addRow(['Volume Name', lookup(replicant, 'username')]);
  table.addRow(['Target IP', lookup(replicant, 'serviceResourceBackendIpAddress')]);
  table.addRow(['Data Center', lookup(replicant, 'serviceResource', 'datacenter', 'name')]);
  table.addRow(['Schedule', lookup(replicant, 'replicationSchedule', 'type', 'keyname')]);
  return table;
}

function originalVolumeTable(volume: Volume): Table {
  const table = new Table(['Property', 'Value']);
  table.addRow(['Original Volume Size', volume.originalVolumeSize]);
  if (volume.originalVolumeName) table.addRow(['Original Volume Name', volume.originalVolumeName]);
  if (volume.originalSnapshotName) table.addRow(['Original Snapshot Name', volume.originalSnapshotName]);
  return table;
}

/** The reference's `volume-detail` rows (block and file differ in a few). */
export function volumeDetailTable(kind: StorageKind, volume: Volume): KeyValueTable {
  const table = new KeyValueTable(['Name', 'Value']);
  table.addRow(['ID', volume.id]);
  table.addRow(['Username', volume.username]);
  table.addRow(['Type', String(volume.storageType?.keyName ?? '').split('_')[0]]);
  table.addRow(['Capacity (GB)', `${Math.trunc(Number(volume.capacityGb))}GB`]);
  if (kind.group === 'block') table.addRow(['LUN Id', String(volume.lunId ?? '{}')]); // Python prints a missing key as {}
  if (kind.group === 'file') table.addRow(['Used Space', usedSpace(volume.bytesUsed)]);
  if (volume.provisionedIops) table.addRow(['IOPs', Number(volume.provisionedIops)]);
  if (volume.storageTierLevel) table.addRow(['Endurance Tier', volume.storageTierLevel]);
  table.addRow(['Data Center', volume.serviceResource?.datacenter?.name]);
  table.addRow(['Target IP', volume.serviceResourceBackendIpAddress]);
  if (kind.group === 'file' && volume.fileNetworkMountAddress) {
    table.addRow(['Mount Address', volume.fileNetworkMountAddress]);
  }
  if (volume.snapshotCapacityGb) {
    table.addRow(['Snapshot Capacity (GB)', volume.snapshotCapacityGb]);
    if (volume.parentVolume && 'snapshotSizeBytes' in volume.parentVolume) {
      table.addRow(['Snapshot Used (Bytes)', volume.parentVolume.snapshotSizeBytes]);
    }
  }
  table.addRow(['# of Active Transactions', String(Math.trunc(Number(volume.activeTransactionCount)))]);
  for (const transaction of volume.activeTransactions ?? []) {
    const name = transaction.transactionStatus?.friendlyName;
    if (name !== undefined) table.addRow(['Ongoing Transaction', name]);
  }
  const partnerCount = Number(volume.replicationPartnerCount ?? 0);
  table.addRow(['Replicant Count', String(Math.trunc(partnerCount))]);
  if (partnerCount > 0) {
    const status = volume.replicationStatus as unknown;
    const message =
      status !== null && typeof status === 'object' && 'message' in status
        ? (status as { message: unknown }).message
        : status;
    table.addRow(['Replication Status', String(message)]);
    const replicants = (volume.replicationPartners ?? []).map((replicant) => replicantTable(kind, replicant));
    if (kind.group === 'file') table.addRow(['Replicant Volumes', replicants]);
    else for (const replicant of replicants) table.addRow(['Replicant Volumes', replicant]);
  }
  if (volume.originalVolumeSize) table.addRow(['Original Volume Properties', originalVolumeTable(volume)]);
  table.addRow(['Notes', String(volume.notes ?? '')]);
  return table;
}

export function volumeDetail(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'volume-detail',
    description: 'Display details for a specified volume.',
    arguments: [{ name: 'volume_id' }],
    async run(context, { args }) {
      const manager = await storageManager(context, kind);
      const id = await resolveId(manager, args.volume_id, kind.volumeName);
      return volumeDetailTable(kind, await volumeDetails(manager, id));
    },
  });
}
