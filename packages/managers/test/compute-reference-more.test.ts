import { untag } from '@sl/test-kit';
import type { TransportRequest } from '@sl/transport';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READY_MASK } from '../src/guest-readiness';
import { HardwareManager } from '../src/hardware-manager';
import { ImageManager } from '../src/image-manager';
import { ManagerError } from '../src/manager-error';
import { VsManager } from '../src/vs-manager';
import { expectSameCalls, managerCase, recordingClient } from './support';

/*
 * The manager-calls-more.json cases of the VS, hardware and image methods we had before the compute issue: each
 * is answered with what the reference's fixtures answered (where the calls depend on it) and compared.
 */

/**
 * The wait's reads with the reference's mask: ours also asks for the active transaction's status (reported to
 * `onPoll` for progress), a deliberate difference; the rest must be the same.
 */
function withReferenceReadyMask(calls: readonly TransportRequest[]): TransportRequest[] {
  return calls.map((call) => {
    expect(call.mask).toBe(READY_MASK);
    return { ...call, mask: 'mask[id, lastOperatingSystemReload[id], activeTransaction, provisionDate]' };
  });
}

const NOT_READY = { id: 100, provisionDate: null, activeTransaction: { id: 1 } };
const READY = { id: 100, provisionDate: '2026-01-01T00:00:00Z' };

describe('VsManager, manager-calls-more.json', () => {
  it('reads by id: storage, disks, portable storage, hardware guests', async () => {
    for (const [name, run] of [
      ['vs.get_local_disks(100)', (vs: VsManager) => vs.getLocalDisks(100)],
      ['vs.get_portable_storage(100)', (vs: VsManager) => vs.getPortableStorage(100)],
      ['vs.get_storage_credentials(100)', (vs: VsManager) => vs.getStorageCredentials(100)],
      ["vs.get_storage_details(100, 'ISCSI')", (vs: VsManager) => vs.getStorageDetails(100, 'ISCSI')],
      ['vs.get_hardware_guests()', (vs: VsManager) => vs.getHardwareGuests()],
    ] as const) {
      const { client, calls } = recordingClient();
      await run(new VsManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('resolve_ids by hostname and by IP address', async () => {
    const byName = recordingClient({ 'Account::getVirtualGuests': [{ id: 1 }] });
    expect(await new VsManager(byName.client).resolveIds('vs-test1')).toEqual([1]);
    expectSameCalls("vs.resolve_ids('vs-test1')", byName.calls);
    const byIp = recordingClient({ 'Account::getVirtualGuests': [{ id: 2 }] });
    expect(await new VsManager(byIp.client).resolveIds('172.16.240.2')).toEqual([2]);
    expectSameCalls("vs.resolve_ids('172.16.240.2')", byIp.calls);
  });

  it('getCreateOptions, for the default package and for a transient one in a datacenter', async () => {
    const answers = {
      'Product_Package::getAllObjects': [{ id: 200 }],
      'Location::getDatacenters': [{ id: 1, name: 'dal13', priceGroups: [] }],
    };
    const plain = recordingClient(answers);
    await new VsManager(plain.client).getCreateOptions();
    expectSameCalls('vs.get_create_options()', plain.calls);
    const transient = recordingClient(answers);
    await new VsManager(transient.client).getCreateOptions({
      vsiType: 'TRANSIENT_CLOUD_SERVER',
      datacenter: 'dal13',
    });
    expectSameCalls(
      "vs.get_create_options(vsi_type='TRANSIENT_CLOUD_SERVER', datacenter='dal13')",
      transient.calls,
    );
  });

  it('createInstances creates both guests in one call, then tags the first', async () => {
    const { client, calls } = recordingClient({
      'Virtual_Guest::createObjects': [{ id: 100 }, { id: 101 }],
    });
    const base = {
      domain: 'example.com',
      cpus: 1,
      memory: 1024,
      hourly: true,
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal13',
      localDisk: false,
    };
    await new VsManager(client).createInstances([
      { ...base, hostname: 'multi-test01', tags: 'dev,green' },
      { ...base, hostname: 'multi-test02' },
    ]);
    expectSameCalls(
      "vs.create_instances([{'hostname': 'multi-test01', 'domain': 'example.com', 'cpus': 1, 'memory': 1024, 'hourly': True, 'os_code': 'UBUNTU_LATEST', 'datacenter': 'dal13', 'local_disk': False, 'tags': 'dev,green'}, {'hostname': 'multi-test02', 'domain': 'example.com', 'cpus': 1, 'memory': 1024, 'hourly': True, 'os_code': 'UBUNTU_LATEST', 'datacenter': 'dal13', 'local_disk': False}])",
      calls,
    );
  });

  it('orderGuest with test verifies the generated order (tags are set only once placed)', async () => {
    const name =
      "vs.order_guest({'hostname': 'test', 'domain': 'example.com', 'cpus': 1, 'memory': 1024, 'hourly': True, 'os_code': 'UBUNTU_LATEST', 'datacenter': 'dal13', 'local_disk': False, 'tags': 'First'}, test=True)";
    // The reference's fixture answers generateOrderTemplate with the order it then verifies.
    const template = untag(managerCase(name).calls[1]!.args![0]);
    const { client, calls } = recordingClient({ 'Virtual_Guest::generateOrderTemplate': template });
    await new VsManager(client).orderGuest(
      {
        hostname: 'test',
        domain: 'example.com',
        cpus: 1,
        memory: 1024,
        hourly: true,
        osCode: 'UBUNTU_LATEST',
        datacenter: 'dal13',
        localDisk: false,
        tags: 'First',
      },
      { test: true },
    );
    expectSameCalls(name, calls);
  });

  describe('upgrade (the clock frozen where the reference recorded it)', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-20T12:00:00Z'));
    });
    afterEach(() => vi.useRealTimers());

    // The reference fixture's upgrade prices (SoftLayer_Virtual_Guest.getUpgradeItemPrices).
    const prices = [
      {
        id: 1007,
        categories: [{ categoryCode: 'guest_core' }],
        item: { capacity: '4', units: 'PRIVATE_CORE' },
      },
      { id: 1144, categories: [{ categoryCode: 'guest_core' }], item: { capacity: '4', units: 'CORE' } },
      { id: 332211, categories: [{ categoryCode: 'guest_core' }], item: { capacity: '4', units: 'CORE' } },
      {
        id: 1122,
        categories: [{ categoryCode: 'port_speed' }],
        item: { capacity: '1000', description: 'Public & Private Networks' },
      },
      {
        id: 1144,
        categories: [{ categoryCode: 'port_speed' }],
        item: { capacity: '1000', description: 'Private Networks' },
      },
      { id: 1133, categories: [{ categoryCode: 'ram' }], item: { capacity: '2', description: 'RAM' } },
    ];

    it('private cores', async () => {
      const { client, calls } = recordingClient({ 'Virtual_Guest::getUpgradeItemPrices': prices });
      await new VsManager(client).upgrade(100, { cpus: 4, public: false });
      expectSameCalls('vs.upgrade(100, cpus=4, public=False)', calls);
    });

    it('cores, memory and port speed in the reference order', async () => {
      const { client, calls } = recordingClient({ 'Virtual_Guest::getUpgradeItemPrices': prices });
      await new VsManager(client).upgrade(100, { cpus: 4, memory: 2, nicSpeed: 1000, public: true });
      expectSameCalls('vs.upgrade(100, cpus=4, memory=2, nic_speed=1000, public=True)', calls);
    });
  });

  it('waitForReady reads until the guest is ready', async () => {
    let reads = 0;
    const { client, calls } = recordingClient({
      'Virtual_Guest::getObject': () => (++reads === 1 ? NOT_READY : READY),
    });
    await new VsManager(client).waitForReady(100, { intervalMs: 1, timeoutMs: 20_000 });
    expectSameCalls('vs.wait_for_ready(100, limit=20, delay=10)', withReferenceReadyMask(calls));
  });
});

describe('HardwareManager, manager-calls-more.json', () => {
  it('getHardDrives, getBandwidthAllocation by id', async () => {
    for (const [name, run] of [
      ['hw.get_hard_drives(1000)', (hw: HardwareManager) => hw.getHardDrives(1000)],
      ['hw.get_bandwidth_allocation(1000)', (hw: HardwareManager) => hw.getBandwidthAllocation(1000)],
    ] as const) {
      const { client, calls } = recordingClient({ 'Hardware_Server::getBillingCycleBandwidthUsage': [] });
      await run(new HardwareManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('resolve_ids by hostname', async () => {
    const { client, calls } = recordingClient({ 'Account::getHardware': [{ id: 1000 }] });
    expect(await new HardwareManager(client).resolveIds('hardware-test1')).toEqual([1000]);
    expectSameCalls("hw.resolve_ids('hardware-test1')", calls);
  });

  it('cancelHardware refuses a server with a running transaction after the one read', async () => {
    const { client, calls } = recordingClient({
      'Hardware_Server::getObject': { id: 1000, billingItem: { id: 6327 }, activeTransaction: { id: 1 } },
    });
    const error = await new HardwareManager(client).cancelHardware(1000).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ManagerError);
    expect((error as ManagerError).message).toMatch(/running transaction/);
    expectSameCalls('hw.cancel_hardware(1000)', calls);
  });

  it('waitForReady reads once when the server is ready', async () => {
    const { client, calls } = recordingClient({ 'Hardware_Server::getObject': { ...READY, id: 1000 } });
    await new HardwareManager(client).waitForReady(1000, { intervalMs: 1 });
    expectSameCalls('hw.wait_for_ready(1000, limit=20, delay=10)', withReferenceReadyMask(calls));
  });
});

describe('ImageManager, manager-calls-more.json', () => {
  const AMS01 = { id: 265592, longName: 'Amsterdam 1', name: 'ams01', statusId: 2 };
  const AMS03 = { id: 814994, longName: 'Amsterdam 3', name: 'ams03', statusId: 2 };

  it('storage locations, the list of some, adding one', async () => {
    for (const [name, run] of [
      ['image.get_storage_locations(100)', (images: ImageManager) => images.getStorageLocations(100)],
      [
        "image.get_locations_list(100, ['ams01', 'ams03'])",
        (images: ImageManager) => images.getLocationsList(100, ['ams01', 'ams03']),
      ],
      ["image.add_locations(100, ['ams01'])", (images: ImageManager) => images.addLocations(100, ['ams01'])],
    ] as const) {
      const { client, calls } = recordingClient({
        'Virtual_Guest_Block_Device_Template_Group::getStorageLocations': [AMS01, AMS03],
      });
      await run(new ImageManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('importImageFromUri from swift and from an encrypted COS object', async () => {
    const swift = recordingClient();
    await new ImageManager(swift.client).importImageFromUri(
      'test_image',
      'swift://acct@dal05/container/img.vhd',
      { osCode: 'UBUNTU_LATEST', note: 'testimage' },
    );
    expectSameCalls(
      "image.import_image_from_uri('test_image', 'swift://acct@dal05/container/img.vhd', os_code='UBUNTU_LATEST', note='testimage')",
      swift.calls,
    );
    const cos = recordingClient();
    await new ImageManager(cos.client).importImageFromUri('test_image', 'cos://us-south/bucket/img.vhd', {
      osCode: 'UBUNTU_LATEST',
      note: 'testimage',
      ibmApiKey: 'some_ibm_key',
      rootKeyCrn: 'crn:v1:bluemix:public:kms:us-south:a/acct:svc:key:kid',
      wrappedDek: 'some_dek',
      cloudInit: true,
      byol: true,
      isEncrypted: true,
    });
    expectSameCalls(
      "image.import_image_from_uri('test_image', 'cos://us-south/bucket/img.vhd', os_code='UBUNTU_LATEST', note='testimage', ibm_api_key='some_ibm_key', root_key_crn='crn:v1:bluemix:public:kms:us-south:a/acct:svc:key:kid', wrapped_dek='some_dek', cloud_init=True, byol=True, is_encrypted=True)",
      cos.calls,
    );
  });

  it('resolve_ids finds a public image by name with the one call', async () => {
    const { client, calls } = recordingClient({
      'Virtual_Guest_Block_Device_Template_Group::getPublicImages': [{ id: 100 }],
    });
    expect(await new ImageManager(client).resolveIds('test_image')).toEqual([100]);
    expectSameCalls("image.resolve_ids('test_image')", calls);
  });
});
