import type { SoftLayerClient } from '@sl/client';
import { describe, it } from 'vitest';
import { BlockStorageManager } from '../src/block-storage-manager';
import { FileStorageManager } from '../src/file-storage-manager';
import { type Answer, expectSameCalls, recordingClient } from './support';

/*
 * The manager-calls-more.json cases of the block and file storage methods (those of the ordering methods are in
 * storage-orders tests): each asks what the reference asked.
 */

const CANCEL_ANSWERS = {
  'Network_Storage::getObject': { id: 100, billingItem: { id: 449, hourlyFlag: false } },
};
const SNAPSHOT_SPACE_ANSWERS = {
  'Network_Storage::getObject': {
    id: 100,
    billingItem: { hourlyFlag: false, activeChildren: [{ id: 123, categoryCode: 'storage_snapshot_space' }] },
  },
};

type Case<M> = readonly [
  name: string,
  run: (manager: M) => Promise<unknown>,
  answers?: Record<string, Answer>,
];

function checkCases<M>(make: (client: SoftLayerClient) => M, cases: readonly Case<M>[]): void {
  for (const [name, run, answers = {}] of cases) {
    it(name, async () => {
      const { client, calls } = recordingClient(answers);
      await run(make(client));
      expectSameCalls(name, calls);
    });
  }
}

const HOSTS = { hardwareIds: [100], virtualGuestIds: [200], ipAddressIds: [300], subnetIds: [400] };

describe('BlockStorageManager asks what the reference asks (manager-calls-more.json)', () => {
  checkCases<BlockStorageManager>(
    (client) => new BlockStorageManager(client),
    [
      ['block.list_block_volume_limit()', (block) => block.listBlockVolumeLimit()],
      ['block.get_block_volume_access_list(100)', (block) => block.getBlockVolumeAccessList(100)],
      ['block.get_block_volume_snapshot_list(100)', (block) => block.getBlockVolumeSnapshotList(100)],
      [
        'block.assign_subnets_to_acl(12345, [12345678])',
        (block) => block.assignSubnetsToAcl(12345, [12345678]),
      ],
      [
        'block.remove_subnets_from_acl(12345, [12345678])',
        (block) => block.removeSubnetsFromAcl(12345, [12345678]),
      ],
      ['block.cancel_block_volume(100)', (block) => block.cancelBlockVolume(100), CANCEL_ANSWERS],
      ["block.set_credential_password(102, 'AAAaaa')", (block) => block.setCredentialPassword(102, 'AAAaaa')],
      ['block.create_or_update_lun_id(100, 42)', (block) => block.createOrUpdateLunId(100, 42)],
      ['block.get_volume_count_limits()', (block) => block.getVolumeCountLimits()],
      ['block.get_volume_details(100)', (block) => block.getVolumeDetails(100)],
      ['block.get_volume_access_list(100)', (block) => block.getVolumeAccessList(100)],
      ['block.get_volume_snapshot_list(100)', (block) => block.getVolumeSnapshotList(100)],
      [
        'block.set_volume_snapshot_notification(100, False)',
        (block) => block.setVolumeSnapshotNotification(100, false),
      ],
      [
        'block.get_volume_snapshot_notification_status(100)',
        (block) => block.getVolumeSnapshotNotificationStatus(100),
      ],
      [
        'block.authorize_host_to_volume(100, hardware_ids=[100], virtual_guest_ids=[200], ip_address_ids=[300], subnet_ids=[400])',
        (block) => block.authorizeHostToVolume(100, HOSTS),
      ],
      ['block.get_replication_partners(100)', (block) => block.getReplicationPartners(100)],
      [
        "block.volume_set_note(100, 'this is my note')",
        (block) => block.volumeSetNote(100, 'this is my note'),
      ],
      ['block.delete_snapshot(470)', (block) => block.deleteSnapshot(470)],
      [
        "block.create_snapshot(100, notes='hello world')",
        (block) => block.createSnapshot(100, { notes: 'hello world' }),
      ],
      [
        "block.cancel_snapshot_space(100, reason='No longer needed', immediate=True)",
        (block) => block.cancelSnapshotSpace(100, { reason: 'No longer needed', immediate: true }),
        SNAPSHOT_SPACE_ANSWERS,
      ],
      [
        "block.enable_snapshots(100, 'WEEKLY', 10, 47, 16, 'FRIDAY')",
        (block) => block.enableSnapshots(100, 'WEEKLY', 10, 47, 16, 'FRIDAY'),
      ],
      ['block.list_volume_schedules(100)', (block) => block.listVolumeSchedules(100)],
      ['block.restore_from_snapshot(100, 470)', (block) => block.restoreFromSnapshot(100, 470)],
      ['block.failover_to_replicant(100, 5678)', (block) => block.failoverToReplicant(100, 5678)],
      [
        'block.disaster_recovery_failover_to_replicant(100, 5678)',
        (block) => block.disasterRecoveryFailoverToReplicant(100, 5678),
      ],
      [
        "block.cancel_volume(100, reason='unneeded', immediate=False)",
        (block) => block.cancelVolume(100, { reason: 'unneeded', immediate: false }),
        CANCEL_ANSWERS,
      ],
      [
        'block.refresh_dupe(100, 470, force_refresh=True)',
        (block) => block.refreshDupe(100, 470, { forceRefresh: true }),
      ],
      ['block.convert_dep_dupe(100)', (block) => block.convertDepDupe(100)],
      [
        "block.resolve_ids('username')",
        (block) => block.resolveIds('username'),
        { 'Account::getIscsiNetworkStorage': [{ id: 1 }] },
      ],
    ],
  );
});

describe('FileStorageManager asks what the reference asks (manager-calls-more.json)', () => {
  checkCases<FileStorageManager>(
    (client) => new FileStorageManager(client),
    [
      ['file.get_volume_details(100)', (file) => file.getVolumeDetails(100)],
      ['file.get_volume_snapshot_list(100)', (file) => file.getVolumeSnapshotList(100)],
      [
        'file.get_volume_snapshot_notification_status(100)',
        (file) => file.getVolumeSnapshotNotificationStatus(100),
      ],
      [
        'file.deauthorize_host_to_volume(100, hardware_ids=[100], virtual_guest_ids=[200], ip_address_ids=[300], subnet_ids=[400])',
        (file) => file.deauthorizeHostToVolume(100, HOSTS),
      ],
      ['file.get_replication_locations(100)', (file) => file.getReplicationLocations(100)],
      ['file.delete_snapshot(470)', (file) => file.deleteSnapshot(470)],
      [
        "file.cancel_snapshot_space(100, reason='No longer needed', immediate=True)",
        (file) => file.cancelSnapshotSpace(100, { reason: 'No longer needed', immediate: true }),
        SNAPSHOT_SPACE_ANSWERS,
      ],
      ["file.disable_snapshots(100, 'HOURLY')", (file) => file.disableSnapshots(100, 'HOURLY')],
      ['file.restore_from_snapshot(100, 470)', (file) => file.restoreFromSnapshot(100, 470)],
      [
        'file.disaster_recovery_failover_to_replicant(100, 5678)',
        (file) => file.disasterRecoveryFailoverToReplicant(100, 5678),
      ],
      ['file.failback_from_replicant(100)', (file) => file.failbackFromReplicant(100)],
      ['file.convert_dep_dupe(100)', (file) => file.convertDepDupe(100)],
      [
        'file.convert_dupe_status(100)',
        (file) => file.convertDupeStatus(100),
        { 'Network_Storage::getDuplicateConversionStatus': {} },
      ],
      [
        "file.resolve_ids('username')",
        (file) => file.resolveIds('username'),
        { 'Account::getNasNetworkStorage': [{ id: 1 }] },
      ],
      ['file.list_file_volume_limit()', (file) => file.listFileVolumeLimit()],
      ['file.get_file_volume_details(100)', (file) => file.getFileVolumeDetails(100)],
      ['file.get_file_volume_snapshot_list(100)', (file) => file.getFileVolumeSnapshotList(100)],
      [
        'file.cancel_file_volume(100, immediate=True)',
        (file) => file.cancelFileVolume(100, { immediate: true }),
        CANCEL_ANSWERS,
      ],
    ],
  );
});
