// Citrix NetScalers (`SoftLayer_Network_Application_Delivery_Controller`): the seeded account has two; the account
// lists them, getObject reads one with masks, and slcli's `loadbal ns-list` / `ns-detail` show them.
import { hasReferenceClient } from '@sl/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { xmlrpcCall as call, faultOf } from './call-api';
import { useSlcliEmulator } from './slcli';

const LIST_MASK = 'mask[managementIpAddress,outboundPublicBandwidthUsage,primaryIpAddress,datacenter]';
const DETAIL_MASK =
  'mask[networkVlans, password, managementIpAddress, primaryIpAddress, subnets, tagReferences, ' +
  'licenseExpirationDate, datacenter]';

describe('NetScalers', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('the account lists two NetScalers with what ns-list masks', async () => {
    const { value, total } = await call(emulator, 'SoftLayer_Account', 'getApplicationDeliveryControllers', {
      mask: LIST_MASK,
    });
    expect(total).toBe(2);
    const list = value as Array<Record<string, unknown>>;
    expect(list.map((adc) => adc.id)).toEqual([81001, 81002]);
    expect(list[0]).toMatchObject({
      id: 81001,
      name: 'SLADC307609-01',
      accountId: 307609,
      typeId: 2,
      managementIpAddress: expect.stringMatching(/^10\.\d+\.\d+\.\d+$/),
      primaryIpAddress: expect.stringMatching(/^158\.\d+\.\d+\.\d+$/),
      outboundPublicBandwidthUsage: '.00365',
      datacenter: expect.objectContaining({ name: 'dal13', longName: 'Dallas 13' }),
      createDate: expect.any(String),
    });
    // description is relational: only when masked.
    expect(list[0]).not.toHaveProperty('description');
    expect(list[1]).toMatchObject({ datacenter: expect.objectContaining({ name: 'ams03' }) });
  });

  it('getObject reads one NetScaler with its VLANs, subnets and password', async () => {
    const { value } = await call(emulator, 'SoftLayer_Network_Application_Delivery_Controller', 'getObject', {
      id: 81001,
      mask: `${DETAIL_MASK.slice(0, -1)}, description, type, networkVlanCount]`,
    });
    const adc = value as Record<string, unknown>;
    expect(adc).toMatchObject({
      id: 81001,
      description: 'Citrix NetScaler VPX 10.5 10Mbps Standard',
      type: { keyName: 'NETSCALER_VPX', name: 'NetScaler VPX' },
      password: { username: 'root', password: expect.any(String) },
      licenseExpirationDate: expect.any(String),
      tagReferences: [],
      networkVlanCount: 2,
    });
    const vlans = adc.networkVlans as Array<{ id: number; vlanNumber: number }>;
    const subnets = adc.subnets as Array<{ networkVlanId: number; addressSpace?: string }>;
    expect(vlans).toHaveLength(2);
    expect(subnets.map((subnet) => subnet.networkVlanId)).toEqual(vlans.map((vlan) => vlan.id));
  });

  it('an unknown id is not found', async () => {
    const fault = await faultOf(
      call(emulator, 'SoftLayer_Network_Application_Delivery_Controller', 'getObject', { id: 1 }),
    );
    expect(fault.faultCode).toBe('SoftLayer_Exception_ObjectNotFound');
  });

  it('the state snapshot holds them (a --state file keeps them)', () => {
    expect(emulator.state.snapshot().netscalers?.map((record) => record.id)).toEqual([81001, 81002]);
  });
});

describe.skipIf(!hasReferenceClient())('slcli loadbal ns-list / ns-detail against the emulator', () => {
  const env = useSlcliEmulator({ rateLimit: 0 });

  it('ns-list shows both, sorted by location; ns-detail shows one', { timeout: 180_000 }, async () => {
    const list = await env.cli.json<Array<Record<string, unknown>>>('loadbal', 'ns-list');
    expect(list.map((row) => [row.Id, row.Location])).toEqual([
      [81002, 'Amsterdam 3'],
      [81001, 'Dallas 13'],
    ]);
    expect(list[1]).toMatchObject({ Name: 'SLADC307609-01', Bandwidth: '.00365' });
    const detail = await env.cli.json<Record<string, unknown>>('loadbal', 'ns-detail', '81001');
    expect(detail).toMatchObject({ Id: 81001, Location: 'Dallas 13', Name: 'SLADC307609-01' });
    expect(detail.Subnets).toHaveLength(2);
    expect(detail.Vlans).toHaveLength(2);
  });
});
