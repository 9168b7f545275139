import type { TransportRequest } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HardwareManager } from '../src/hardware-manager';
import { ManagerError } from '../src/manager-error';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

const VERIFY_CASE =
  "hw.verify_order(size='S1270_8GB_2X1TBSATA_NORAID', hostname='unicorn', domain='giggles.woo', location='wdc07', os='OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT', port_speed=10, hourly=True, extras=['1_IPV6_ADDRESS'], post_uri='http://example.com/script.php', ssh_keys=[10])";
const PLACE_CASE =
  "hw.place_order(size='S1270_8GB_2X1TBSATA_NORAID', hostname='unicorn', domain='giggles.woo', location='wdc07', os='OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT', port_speed=None, hourly=True, extras=['1_IPV6_ADDRESS'], post_uri='http://example.com/script.php', ssh_keys=[10], no_public=True, network='10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS', public_router=1234, private_router=5678)";

/** The package items the reference's fixture has for what the order needs: bandwidth and port speeds, no IP item. */
const ITEMS = [
  {
    id: 1,
    keyName: 'BANDWIDTH_0_GB_2',
    capacity: '0',
    itemCategory: { categoryCode: 'bandwidth' },
    attributes: [],
    prices: [{ id: 11, hourlyRecurringFee: '0', recurringFee: '0' }],
  },
  {
    id: 2,
    keyName: '10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS',
    capacity: '10',
    itemCategory: { categoryCode: 'port_speed' },
    attributes: [],
    prices: [{ id: 12, hourlyRecurringFee: '0', recurringFee: '0' }],
  },
];

function answers() {
  return {
    'Product_Package::getAllObjects': [{ id: 200 }],
    'Product_Package::getItems': ITEMS,
    'Product_Package::getRegions': [{ location: { location: { name: 'wdc07', priceGroups: [] } } }],
    'Product_Package::getActivePresets': [{ id: 799, keyName: 'S1270_8GB_2X1TBSATA_NORAID' }],
    'Location::getDatacenters': [{ id: 2017603, name: 'wdc07', regions: [{ keyname: 'WASHINGTON07' }] }],
    'Product_Package_Preset::getObject': { id: 799, prices: [] },
  };
}

/**
 * The preset calls with the reference's masks: `OrderingManager.getPresetByKey` lists presets with its preset mask
 * (the reference's `get_preset_by_key` passes none), and reads the preset's prices with their items' categories,
 * which the code reads (the reference's mask leaves them out). The rest must be the same.
 */
function withReferencePresetMask(calls: readonly TransportRequest[]): TransportRequest[] {
  let presetLists = 0;
  return calls.map((call) => {
    if (call.service === 'SoftLayer_Product_Package_Preset') {
      expect(call.mask).toBe('mask[prices[item[itemCategory]]]');
      return { ...call, mask: 'mask[prices[item]]' };
    }
    // The second pair of preset lists is getPresetByKey's (the first is the package read, with the reference's mask).
    if (/ActivePresets$/.test(call.method) && ++presetLists > 2) {
      const { mask: _ours, ...rest } = call;
      return rest as TransportRequest;
    }
    return call;
  });
}

describe('HardwareManager ordering asks what the reference asks', () => {
  it('getCreateOptions, everywhere and in one datacenter', async () => {
    const plain = recordingClient(answers());
    await new HardwareManager(plain.client).getCreateOptions();
    expectSameCalls('hw.get_create_options()', plain.calls);
    const dal13 = recordingClient({ ...answers(), 'Location::getDatacenters': [{ id: 1, priceGroups: [] }] });
    await new HardwareManager(dal13.client).getCreateOptions({ datacenter: 'dal13' });
    expectSameCalls("hw.get_create_options(datacenter='dal13')", dal13.calls);
  });

  it('verifyOrder and placeOrder read the package, then build the order (the fixture lacks 1_IP_ADDRESS)', async () => {
    const base = {
      size: 'S1270_8GB_2X1TBSATA_NORAID',
      hostname: 'unicorn',
      domain: 'giggles.woo',
      location: 'wdc07',
      os: 'OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT',
      hourly: true,
      extras: ['1_IPV6_ADDRESS'],
      postUri: 'http://example.com/script.php',
      sshKeys: [10],
    };
    const verify = recordingClient(answers());
    await expect(new HardwareManager(verify.client).verifyOrder({ ...base, portSpeed: 10 })).rejects.toThrow(
      /1_IP_ADDRESS/,
    );
    expectSameCalls(VERIFY_CASE, withReferencePresetMask(verify.calls));
    const place = recordingClient(answers());
    await expect(
      new HardwareManager(place.client).placeOrder({
        ...base,
        noPublic: true,
        network: '10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS',
        publicRouter: 1234,
        privateRouter: 5678,
      }),
    ).rejects.toThrow(/1_IP_ADDRESS/);
    expectSameCalls(PLACE_CASE, withReferencePresetMask(place.calls));
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const hw = new HardwareManager(client);
    const good = {
      size: 'S1270_8GB_2X1TBSATA_NORAID',
      hostname: 'h',
      domain: 'example.com',
      location: 'dal13',
      os: 'OS_UBUNTU_22_64',
      portSpeed: 100,
    };
    await expectRefused(
      [
        ['no size', () => hw.verifyOrder({ ...good, size: '' }), /size/],
        ['no hostname', () => hw.placeOrder({ ...good, hostname: ' ' }), /hostname/],
        ['no port speed', () => hw.verifyOrder({ ...good, portSpeed: undefined }), /portSpeed or network/],
        ['bad ssh keys', () => hw.verifyOrder({ ...good, sshKeys: [0] }), /SSH key/],
        ['bad extras', () => hw.verifyOrder({ ...good, extras: [''] }), /extra/],
        ['bad hourly', () => hw.verifyOrder({ ...good, hourly: 'yes' as never }), /hourly/],
        ['bad datacenter', () => hw.getCreateOptions({ datacenter: '' }), /datacenter/],
      ],
      calls,
    );
  });
});

describe('HardwareManager ordering against the emulator', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  let hw: HardwareManager;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    hw = new HardwareManager(emulator.client);
  });
  afterAll(() => emulator.close());

  const order = {
    size: 'S1270_8GB_2X1TBSATA_NORAID',
    hostname: 'metal-e2e',
    domain: 'example.com',
    location: 'dal13',
    os: 'OS_UBUNTU_22_64',
    portSpeed: 1000,
    extras: ['1_IPV6_ADDRESS'],
  };

  it('getCreateOptions lists the bare metal sizes, systems and port speeds', async () => {
    const options = await hw.getCreateOptions({ datacenter: 'dal13' });
    expect(options.locations).toEqual([{ name: 'Dallas 13', key: 'dal13' }]);
    expect(options.sizes.map((size) => size.key)).toContain('S1270_8GB_2X1TBSATA_NORAID');
    expect(options.sizes.every((size) => size.recurringFee > 0)).toBe(true);
    expect(options.operatingSystems.map((os) => os.referenceCode)).toContain('UBUNTU_22_64');
    expect(options.portSpeeds.map((port) => port.speed)).toEqual(expect.arrayContaining([10, 100, 1000]));
    expect(options.extras.map((extra) => extra.key)).toContain('1_IPV6_ADDRESS');
  });

  it('verifyOrder prices the order and creates nothing; placeOrder creates a server that provisions', async () => {
    const count = emulator.emulator.state.hardware.size;
    const verified = await hw.verifyOrder(order);
    const priced = verified.orderContainers?.[0] ?? verified;
    expect(priced.prices?.length).toBe(7);
    expect(emulator.emulator.state.hardware.size).toBe(count);
    const receipt = await hw.placeOrder({ ...order, hourly: false });
    const placed = (receipt.orderDetails?.orderContainers?.[0] ?? receipt.orderDetails)?.hardware?.[0];
    expect(placed?.hostname).toBe('metal-e2e');
    expect(emulator.emulator.state.hardware.size).toBe(count + 1);
    const ready = await hw.waitForReady('metal-e2e', { intervalMs: 50, timeoutMs: 10_000 });
    expect(ready.provisionDate).toBeTypeOf('string');
    const server = await hw.getHardware(placed!.id!);
    expect(server).toMatchObject({
      hostname: 'metal-e2e',
      processorPhysicalCoreAmount: 4,
      memoryCapacity: 8,
    });
    expect(server.datacenter?.name).toBe('dal13');
  });

  it('a port speed or item the package lacks is refused and nothing is ordered', async () => {
    const count = emulator.emulator.state.hardware.size;
    await expect(hw.placeOrder({ ...order, portSpeed: 40_000 })).rejects.toBeInstanceOf(ManagerError);
    await expect(hw.placeOrder({ ...order, os: 'OS_NOPE' })).rejects.toBeInstanceOf(ManagerError);
    await expect(hw.placeOrder({ ...order, location: 'atlantis' })).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
    await expect(hw.placeOrder({ ...order, hostname: 'bad_name!' })).rejects.toThrow(/hostname/);
    expect(emulator.emulator.state.hardware.size).toBe(count);
  });
});
