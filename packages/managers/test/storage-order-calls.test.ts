import { describe, expect, it } from 'vitest';
import { BlockStorageManager } from '../src/block-storage-manager';
import { FileStorageManager } from '../src/file-storage-manager';
import { ManagerError } from '../src/manager-error';
import { expectRefused, expectSameCalls, recordingClient } from './support';

/*
 * The storage orders against the reference's recorded calls. The reference's fixtures lack the storage package's
 * price categories (and two volumes lack encryption at rest), so each recorded case stops at an error; answered
 * the same way, ours stops at the same call with a typed error.
 */

/** A package like the reference's fixture: items whose prices have no categories. */
const BARE_PACKAGE = [
  { id: 759, name: 'Storage As A Service', items: [{ keyName: 'X', prices: [{ id: 1 }] }] },
];

/** A volume as the reference's fixture answers `getObject`. */
const VOLUME = {
  id: 100,
  capacityGb: 20,
  snapshotCapacityGb: '10',
  provisionedIops: '1000',
  storageTierLevel: 'READHEAVY_TIER',
  staasVersion: '1',
  hasEncryptionAtRest: 0,
  osType: { keyName: 'LINUX' },
  storageType: { keyName: 'ENDURANCE_BLOCK_STORAGE' },
  schedules: [{ id: 978, type: { keyname: 'SNAPSHOT_WEEKLY' } }],
  billingItem: {
    categoryCode: 'storage_service_enterprise',
    activeChildren: [],
    hourlyFlag: false,
    location: { id: 449494 },
  },
};

const ANSWERS = {
  'Location_Datacenter::getDatacenters': [{ id: 449494, name: 'dal09', longName: 'Dallas 9' }],
  'Product_Package::getAllObjects': BARE_PACKAGE,
  'Network_Storage::getObject': VOLUME,
};

async function expectStops(run: () => Promise<unknown>, message: RegExp): Promise<void> {
  const error = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ManagerError);
  expect((error as ManagerError).message).toMatch(message);
}

describe('storage orders: the reference calls', () => {
  it('block.order_block_volume', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const block = new BlockStorageManager(client);
    await expectStops(
      () => block.orderBlockVolume('performance', 'dal09', 1000, 'LINUX', { iops: 2000 }),
      /price/,
    );
    expectSameCalls("block.order_block_volume('performance', 'dal09', 1000, 'LINUX', iops=2000)", calls);
  });

  it('file.order_file_volume (performance and endurance)', async () => {
    for (const [name, run] of [
      [
        "file.order_file_volume('performance', 'dal09', 1000, iops=2000)",
        (file: FileStorageManager) => file.orderFileVolume('performance', 'dal09', 1000, { iops: 2000 }),
      ],
      [
        "file.order_file_volume('endurance', 'dal09', 1000, tier_level=4, snapshot_size=10, hourly_billing_flag=True)",
        (file: FileStorageManager) =>
          file.orderFileVolume('endurance', 'dal09', 1000, { tierLevel: 4, snapshotSize: 10, hourly: true }),
      ],
    ] as const) {
      const { client, calls } = recordingClient(ANSWERS);
      await expectStops(() => run(new FileStorageManager(client)), /price/);
      expectSameCalls(name, calls);
    }
  });

  it('order_replicant_volume (block and file)', async () => {
    for (const [name, Manager] of [
      ["block.order_replicant_volume(100, 'WEEKLY', 'dal09')", BlockStorageManager],
      ["file.order_replicant_volume(100, 'WEEKLY', 'dal09')", FileStorageManager],
    ] as const) {
      const { client, calls } = recordingClient(ANSWERS);
      await expectStops(() => new Manager(client).orderReplicantVolume(100, 'WEEKLY', 'dal09'), /price/);
      expectSameCalls(name, calls);
    }
  });

  it('block.order_duplicate_volume stops at a volume without encryption at rest', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    await expectStops(
      () =>
        new BlockStorageManager(client).orderDuplicateVolume(100, {
          originSnapshotId: 470,
          size: 500,
          iops: 2000,
          snapshotSize: 10,
          hourly: true,
          dependent: true,
        }),
      /Encryption at Rest/,
    );
    expectSameCalls(
      'block.order_duplicate_volume(100, origin_snapshot_id=470, duplicate_size=500, duplicate_iops=2000, duplicate_snapshot_size=10, hourly_billing_flag=True, dependent_duplicate=True)',
      calls,
    );
  });

  it('order_modified_volume (block and file) stops at a volume without encryption at rest', async () => {
    for (const [name, Manager] of [
      ['block.order_modified_volume(100, new_size=1000, new_tier_level=4)', BlockStorageManager],
      ['file.order_modified_volume(100, new_size=1000, new_tier_level=4)', FileStorageManager],
    ] as const) {
      const { client, calls } = recordingClient(ANSWERS);
      await expectStops(
        () => new Manager(client).orderModifiedVolume(100, { size: 1000, tierLevel: 4 }),
        /Encryption at Rest/,
      );
      expectSameCalls(name, calls);
    }
  });

  it('order_snapshot_space (block and file)', async () => {
    for (const [name, Manager] of [
      ['block.order_snapshot_space(100, 10, None, False)', BlockStorageManager],
      ['file.order_snapshot_space(100, 10, None, False)', FileStorageManager],
    ] as const) {
      const { client, calls } = recordingClient(ANSWERS);
      await expectStops(() => new Manager(client).orderSnapshotSpace(100, 10, { upgrade: false }), /price/);
      expectSameCalls(name, calls);
    }
  });

  it('takes the enterprise offering for an endurance volume (the reference does): its package is asked for', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const file = new FileStorageManager(client);
    await expectStops(
      () => file.orderFileVolume('endurance', 'dal09', 20, { tierLevel: 2, serviceOffering: 'enterprise' }),
      /price/,
    );
    expect(JSON.stringify(calls)).toContain('storage_service_enterprise');
  });

  it('refuses bad input before any call', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const block = new BlockStorageManager(client);
    const file = new FileStorageManager(client);
    const bad = (value: unknown) => value as never;
    await expectRefused(
      [
        [
          'storage type',
          () => block.orderBlockVolume(bad('fast'), 'dal09', 20, 'LINUX'),
          /performance or endurance/,
        ],
        ['no iops', () => file.orderFileVolume('performance', 'dal09', 20), /IOPS/],
        ['tier', () => file.orderFileVolume('endurance', 'dal09', 20, { tierLevel: 3 }), /0.25, 2, 4, 10/],
        ['size', () => file.orderFileVolume('endurance', 'dal09', -1, { tierLevel: 2 }), /size/],
        ['os type', () => block.orderBlockVolume('endurance', 'dal09', 20, '', { tierLevel: 2 }), /OS type/],
        [
          'offering',
          () =>
            file.orderFileVolume('endurance', 'dal09', 20, { tierLevel: 2, serviceOffering: 'performance' }),
          /not available/,
        ],
        ['schedule', () => block.orderReplicantVolume(1, bad('YEARLY'), 'dal09'), /schedule type/],
        ['no change', () => block.orderModifiedVolume(1, {}), /new size, IOPS or tier/],
        ['capacity', () => block.orderSnapshotSpace(1, 0), /capacity/],
        ['duplicate size', () => block.orderDuplicateVolume(1, { size: 1.5 }), /size/],
      ],
      calls,
    );
  });
});
