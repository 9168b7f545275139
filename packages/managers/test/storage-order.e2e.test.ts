import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockStorageManager } from '../src/block-storage-manager';
import { FileStorageManager } from '../src/file-storage-manager';
import { startTestEmulator } from './support';

/*
 * The storage orders end to end: priced from the emulator's storage package, verified, placed, and the new or
 * changed volume read back.
 */

let session: Awaited<ReturnType<typeof startTestEmulator>>;
let block: BlockStorageManager;
let file: FileStorageManager;

beforeAll(async () => {
  session = await startTestEmulator();
  block = new BlockStorageManager(session.client);
  file = new FileStorageManager(session.client);
});

afterAll(async () => {
  await session.close();
});

/** The volume an order placed (by the order id its billing item carries). */
async function volumeOfOrder(manager: BlockStorageManager | FileStorageManager, orderId: number | undefined) {
  const list =
    manager instanceof BlockStorageManager
      ? await manager.listBlockVolumes({ order: orderId ?? 0 })
      : await (manager as FileStorageManager).listFileVolumes({ order: orderId ?? 0 });
  expect(list).toHaveLength(1);
  return manager.getVolumeDetails(list[0]!.id!);
}

async function count(manager: BlockStorageManager): Promise<number> {
  return (await manager.listBlockVolumes()).length;
}

describe('storage orders against the emulator', () => {
  it('orders a new endurance block volume with snapshot space', async () => {
    const receipt = await block.orderBlockVolume('endurance', 'dal09', 500, 'LINUX', {
      tierLevel: 4,
      snapshotSize: 20,
    });
    const volume = await volumeOfOrder(block, 'orderId' in receipt ? receipt.orderId : undefined);
    expect(volume).toMatchObject({
      capacityGb: 500,
      storageTierLevel: 'WRITEHEAVY_TIER',
      snapshotCapacityGb: '20',
      storageType: { keyName: 'ENDURANCE_BLOCK_STORAGE' },
      serviceResource: { datacenter: { name: 'dal09' } },
    });
  });

  it('orders a performance file volume', async () => {
    const receipt = await file.orderFileVolume('performance', 'dal10', 1000, { iops: 2000 });
    const volume = await volumeOfOrder(file, 'orderId' in receipt ? receipt.orderId : undefined);
    expect(volume).toMatchObject({ capacityGb: 1000, provisionedIops: '2000' });
  });

  it('test only verifies: nothing is placed', async () => {
    const before = await count(block);
    const verified = await block.orderBlockVolume('performance', 'dal09', 100, 'LINUX', {
      iops: 1000,
      test: true,
    });
    expect(verified).toMatchObject({
      complexType: 'SoftLayer_Container_Product_Order_Network_Storage_AsAService',
    });
    expect(await count(block)).toBe(before);
  });

  it('an order refused at verify places nothing', async () => {
    const before = await count(block);
    // An OS type the API does not know passes our checks and is refused at verify; an unknown datacenter, before.
    await expect(block.orderBlockVolume('performance', 'dal09', 100, 'BEOS', { iops: 1000 })).rejects.toThrow(
      /OS format type/,
    );
    await expect(
      block.orderBlockVolume('endurance', 'nowhere', 100, 'LINUX', { tierLevel: 2 }),
    ).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    expect(await count(block)).toBe(before);
  });

  it('orders snapshot space, a modification, a replica and a duplicate', async () => {
    const placed = await block.orderBlockVolume('endurance', 'dal09', 200, 'LINUX', { tierLevel: 2 });
    const origin = await volumeOfOrder(block, 'orderId' in placed ? placed.orderId : undefined);
    const id = origin.id!;

    await block.orderSnapshotSpace(id, 40);
    expect((await block.getVolumeDetails(id)).snapshotCapacityGb).toBe('40');

    await block.orderModifiedVolume(id, { size: 400, tierLevel: 4 });
    expect(await block.getVolumeDetails(id)).toMatchObject({
      capacityGb: 400,
      storageTierLevel: 'WRITEHEAVY_TIER',
    });

    await block.enableSnapshots(id, 'WEEKLY', 4, 0, 1, 'SUNDAY');
    const replicaOrder = await block.orderReplicantVolume(id, 'WEEKLY', 'dal10');
    const replica = await volumeOfOrder(block, 'orderId' in replicaOrder ? replicaOrder.orderId : undefined);
    expect(replica).toMatchObject({ capacityGb: 400, serviceResource: { datacenter: { name: 'dal10' } } });
    const partners = await block.getReplicationPartners(id);
    expect(partners.map((partner) => partner.id)).toEqual([replica.id]);

    const snapshot = await block.createSnapshot(id, { notes: 'for the duplicate' });
    const duplicateOrder = await block.orderDuplicateVolume(id, {
      originSnapshotId: snapshot.id!,
      size: 500,
    });
    const duplicate = await volumeOfOrder(
      block,
      'orderId' in duplicateOrder ? duplicateOrder.orderId : undefined,
    );
    expect(duplicate).toMatchObject({ capacityGb: 500, originalVolumeName: origin.username });
  });
});
