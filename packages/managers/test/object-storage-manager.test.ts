import { ObjectNotFoundError } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockStorageManager } from '../src/block-storage-manager';
import { FileStorageManager } from '../src/file-storage-manager';
import { ObjectStorageManager } from '../src/object-storage-manager';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('ObjectStorageManager and the storage managers’ object storage calls ask what the reference asks', () => {
  it.each([
    ['objectstorage.list_accounts()', (o: ObjectStorageManager) => o.listAccounts()],
    ['objectstorage.list_endpoints(12345)', (o: ObjectStorageManager) => o.listEndpoints(12345)],
    ['objectstorage.create_credential(12345)', (o: ObjectStorageManager) => o.createCredential(12345)],
    [
      'objectstorage.delete_credential(12345, credential_id=1103123)',
      (o: ObjectStorageManager) => o.deleteCredential(12345, 1103123),
    ],
    ['objectstorage.limit_credential(12345)', (o: ObjectStorageManager) => o.limitCredential(12345)],
    ['objectstorage.list_credential(12345)', (o: ObjectStorageManager) => o.listCredential(12345)],
  ])('%s', async (name, run) => {
    const { client, calls } = recordingClient();
    await run(new ObjectStorageManager(client));
    expectSameCalls(name, calls);
  });

  it('block.get_cloud_list(), block.get_buckets(12345), block.get_network_message_delivery_accounts(12345), file.get_end_points(12345)', async () => {
    const { client, calls } = recordingClient();
    const block = new BlockStorageManager(client);
    await block.getCloudList();
    expectSameCalls('block.get_cloud_list()', calls);
    calls.length = 0;
    await block.getBuckets(12345);
    expectSameCalls('block.get_buckets(12345)', calls);
    calls.length = 0;
    await block.getNetworkMessageDeliveryAccounts(12345);
    expectSameCalls('block.get_network_message_delivery_accounts(12345)', calls);
    calls.length = 0;
    await new FileStorageManager(client).getEndPoints(12345);
    expectSameCalls('file.get_end_points(12345)', calls);
  });

  it('resolves a username through the account list, as the reference', async () => {
    const { client, calls } = recordingClient({
      'Account::getHubNetworkStorage': [{ id: 7, username: 'SLOS1-2' }],
    });
    expect(await new ObjectStorageManager(client).resolveId('SLOS1-2')).toBe(7);
    expect(calls[0]).toMatchObject({
      method: 'getHubNetworkStorage',
      mask: 'mask[id,username]',
      filter: { hubNetworkStorage: { username: { operation: '_= SLOS1-2' } } },
      limit: 10,
    });
  });

  it('refuses bad ids before sending anything', async () => {
    const { client, calls } = recordingClient();
    const objects = new ObjectStorageManager(client);
    const block = new BlockStorageManager(client);
    await expectRefused(
      [
        ['deleteCredential(0)', () => objects.deleteCredential(12345, 0), /the credential id/],
        ['listAccounts(limit -1)', () => objects.listAccounts({ limit: -1 }), /limit/],
        ['getBuckets(-1)', () => block.getBuckets(-1), /the object storage id/],
        ['getEndPoints(1.5)', () => block.getEndPoints(1.5), /the object storage id/],
      ],
      calls,
    );
  });
});

describe('ObjectStorageManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let objects: ObjectStorageManager;
  beforeAll(async () => {
    setup = await startTestEmulator();
    objects = new ObjectStorageManager(setup.client);
  });
  afterAll(() => setup.close());

  it('lists accounts, endpoints and buckets; the block manager sees the same accounts', async () => {
    const accounts = await objects.listAccounts();
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts[0]).toMatchObject({
      vendorName: 'Cleversafe',
      serviceResource: { name: expect.any(String) },
    });
    const endpoints = await objects.listEndpoints(accounts[0]!.username!);
    expect(endpoints.map((endpoint) => endpoint.type).sort()).toContain('private');
    expect(
      endpoints.every((endpoint) => endpoint.url?.endsWith('cloud-object-storage.appdomain.cloud')),
    ).toBe(true);
    const block = new BlockStorageManager(setup.client);
    const cloud = await block.getCloudList();
    expect(cloud.map((account) => account.id)).toEqual(accounts.map((account) => account.id));
    expect(cloud[0]?.storageType?.keyName).toBe('CLOUD_OBJECT_STORAGE');
    const buckets = await block.getBuckets(accounts[0]!.id!);
    expect(buckets[0]).toMatchObject({ name: expect.any(String), bytesUsed: expect.any(Number) });
    expect((await new FileStorageManager(setup.client).getEndPoints(accounts[0]!.id!)).length).toBe(
      endpoints.length,
    );
  });

  it('creates credentials up to the limit, refuses one more, and deletes one', async () => {
    const [account] = await objects.listAccounts();
    const id = account!.id!;
    const limit = await objects.limitCredential(id);
    const before = await objects.listCredential(id);
    const created = await objects.createCredential(id);
    expect(created).toMatchObject({ username: expect.any(String), password: expect.any(String) });
    let credentials = await objects.listCredential(id);
    expect(credentials).toHaveLength(before.length + 1);
    while (credentials.length < limit) {
      await objects.createCredential(id);
      credentials = await objects.listCredential(id);
    }
    await expect(objects.createCredential(id)).rejects.toThrow(/limit/);
    expect(await objects.listCredential(id)).toHaveLength(limit);
    const withUuid = await new BlockStorageManager(setup.client).getNetworkMessageDeliveryAccounts(id);
    expect(withUuid.uuid).toEqual(expect.any(String));
    expect(withUuid.credentials).toHaveLength(limit);
    expect(await objects.deleteCredential(id, created.id!)).toBe(true);
    expect((await objects.listCredential(id)).map((credential) => credential.id)).not.toContain(created.id);
    await expect(objects.deleteCredential(id, created.id!)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });
});
