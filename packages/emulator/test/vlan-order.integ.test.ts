// VLAN orders (package NETWORK_VLAN, `SoftLayer_Container_Product_Order_Network_Vlan`): the ordered VLAN is listed
// after the seeded ones, has no primary subnet, and its billing item cancels it. It is a VLAN like the seeded ones
// for tags, search, subnet and firewall orders and subnet routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { xmlrpcCall as call } from './call-api';

const ORDER = {
  complexType: 'SoftLayer_Container_Product_Order_Network_Vlan',
  packageId: 1108,
  location: 1854795,
  quantity: 1,
  useHourlyPricing: true,
  prices: [{ id: 93302 }],
  name: 'back',
};

describe('VLAN orders', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('the NETWORK_VLAN package sells a public and a private VLAN', async () => {
    const { value: packages } = await call(emulator, 'SoftLayer_Product_Package', 'getAllObjects', {
      filter: { keyName: { operation: 'NETWORK_VLAN' } },
      mask: 'id, keyName',
    });
    expect(packages).toEqual([{ id: 1108, keyName: 'NETWORK_VLAN' }]);
    const { value: items } = await call(emulator, 'SoftLayer_Product_Package', 'getItems', {
      id: 1108,
      mask: 'keyName, prices[id]',
    });
    expect(items).toEqual([
      expect.objectContaining({ keyName: 'PUBLIC_NETWORK_VLAN', prices: [{ id: 93301 }] }),
      expect.objectContaining({ keyName: 'PRIVATE_NETWORK_VLAN', prices: [{ id: 93302 }] }),
    ]);
  });

  it('verifying adds nothing; a wrong router is refused', async () => {
    const count = async () =>
      ((await call(emulator, 'SoftLayer_Account', 'getNetworkVlans', { mask: 'id' })).value as unknown[])
        .length;
    const before = await count();
    await call(emulator, 'SoftLayer_Product_Order', 'verifyOrder', {}, ORDER as never);
    expect(await count()).toBe(before);
    await expect(
      call(emulator, 'SoftLayer_Product_Order', 'verifyOrder', {}, { ...ORDER, routerId: 1 } as never),
    ).rejects.toThrow(/not a private router of dal13/);
  });

  it('placing adds a VLAN after the seeded ones, on the private router, with a billing item', async () => {
    const before = (await call(emulator, 'SoftLayer_Account', 'getNetworkVlans', { mask: 'id' }))
      .value as Array<{ id: number }>;
    const { value: receipt } = await call(
      emulator,
      'SoftLayer_Product_Order',
      'placeOrder',
      {},
      ORDER as never,
    );
    expect(
      (receipt as { orderDetails: { orderContainers: Array<{ name: string }> } }).orderDetails
        .orderContainers[0]?.name,
    ).toBe('back');
    const after = (await call(emulator, 'SoftLayer_Account', 'getNetworkVlans', { mask: 'id' }))
      .value as Array<{
      id: number;
    }>;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toEqual({ id: 2200001 });
    const { value: vlan } = await call(emulator, 'SoftLayer_Network_Vlan', 'getObject', {
      id: 2200001,
      mask: 'id, name, vlanNumber, networkSpace, primarySubnet, primaryRouter[hostname], billingItem[id]',
    });
    expect(vlan).toEqual({
      id: 2200001,
      name: 'back',
      vlanNumber: 1001,
      networkSpace: 'PRIVATE',
      primaryRouter: { hostname: 'bcr01a.dal13' },
      billingItem: { id: 62200001 },
    });
    await call(emulator, 'SoftLayer_Billing_Item', 'cancelItem', { id: 62200001 }, true, true, 'x', 'x');
    const { value: left } = await call(emulator, 'SoftLayer_Account', 'getNetworkVlans', { mask: 'id' });
    expect(left).toEqual(before);
  });

  it('an ordered VLAN is tagged, searched, and takes subnet and firewall orders', async () => {
    await call(emulator, 'SoftLayer_Product_Order', 'placeOrder', {}, {
      ...ORDER,
      prices: [{ id: 93301 }],
    } as never);
    const vlanId = (
      (await call(emulator, 'SoftLayer_Account', 'getNetworkVlans', { mask: 'id' })).value as Array<{
        id: number;
      }>
    ).at(-1)!.id;
    expect(vlanId).toBeGreaterThan(2200001);

    await call(emulator, 'SoftLayer_Tag', 'setTags', {}, 'ordered-one', 'NETWORK_VLAN', vlanId);
    const { value: tags } = await call(
      emulator,
      'SoftLayer_Tag',
      'getTagByTagName',
      {
        mask: 'name, references[resourceTableId, tagType[keyName]]',
      },
      'ordered-one',
    );
    expect(tags).toEqual([
      {
        name: 'ordered-one',
        references: [{ resourceTableId: vlanId, tagType: { keyName: 'NETWORK_VLAN' } }],
      },
    ]);

    const { value: found } = await call(
      emulator,
      'SoftLayer_Search',
      'advancedSearch',
      {},
      '_objectType:SoftLayer_Network_Vlan ordered-one',
    );
    expect((found as Array<{ resource: { id: number } }>).map((result) => result.resource.id)).toEqual([
      vlanId,
    ]);

    const { value: items } = await call(emulator, 'SoftLayer_Product_Package', 'getItems', {
      id: 0,
      mask: 'keyName, prices[id]',
    });
    const priceOf = (keyName: string) =>
      (items as Array<{ keyName: string; prices: Array<{ id: number }> }>).find(
        (item) => item.keyName === keyName,
      )!.prices[0]!.id;
    await call(emulator, 'SoftLayer_Product_Order', 'placeOrder', {}, {
      complexType: 'SoftLayer_Container_Product_Order_Network_Subnet',
      packageId: 0,
      quantity: 1,
      prices: [{ id: priceOf('4_PORTABLE_PUBLIC_IP_ADDRESSES') }],
      endPointVlanId: vlanId,
    } as never);
    await call(emulator, 'SoftLayer_Product_Order', 'placeOrder', {}, {
      complexType: 'SoftLayer_Container_Product_Order_Network_Protection_Firewall_Dedicated',
      packageId: 0,
      quantity: 1,
      prices: [{ id: priceOf('HARDWARE_FIREWALL_DEDICATED') }],
      vlanId,
    } as never);
    const { value: vlan } = await call(emulator, 'SoftLayer_Network_Vlan', 'getObject', {
      id: vlanId,
      mask: 'id, dedicatedFirewallFlag, subnets[subnetType, networkVlanId], tagReferences[tag[name]]',
    });
    expect(vlan).toMatchObject({
      id: vlanId,
      dedicatedFirewallFlag: 1,
      subnets: [{ subnetType: 'SECONDARY_ON_VLAN', networkVlanId: vlanId }],
      tagReferences: [{ tag: { name: 'ordered-one' } }],
    });

    // The subnet and the firewall hold the VLAN: its billing item refuses to cancel and nothing changes.
    const { value: reasons } = await call(emulator, 'SoftLayer_Network_Vlan', 'getCancelFailureReasons', {
      id: vlanId,
    });
    expect(reasons).toEqual([
      '1 portable subnet(s) are routed to this VLAN.',
      '1 dedicated firewall(s) protect this VLAN.',
    ]);
    const { value: held } = await call(emulator, 'SoftLayer_Network_Vlan', 'getObject', {
      id: vlanId,
      mask: 'billingItem[id]',
    });
    const billingItemId = (held as { billingItem: { id: number } }).billingItem.id;
    await expect(
      call(emulator, 'SoftLayer_Billing_Item', 'cancelItem', { id: billingItemId }, true, true, 'x', 'x'),
    ).rejects.toThrow(/This VLAN cannot be cancelled: 1 portable subnet/);
    const { value: still } = await call(emulator, 'SoftLayer_Network_Vlan', 'getObject', {
      id: vlanId,
      mask: 'id, dedicatedFirewallFlag',
    });
    expect(still).toEqual({ id: vlanId, dedicatedFirewallFlag: 1 });
  });
});
