import { describe, expect, it } from 'vitest';
import { VsManager } from '../src/vs-manager';
import { expectRefused, recordingClient } from './support';

// The reference's `upgrade(..., disk=[…])` (slcli's `vs upgrade --add-disk / --resize-disk`); the reference records
// no VS disk case, so the calls are checked against its code: the guest's disks from its billing item, the SAN disk
// category of each disk number from package 46, one price per disk with that category.

const UPGRADE_PRICES = [
  { id: 11, categories: [{ categoryCode: 'guest_disk1' }], item: { capacity: '100' } },
  { id: 12, categories: [{ categoryCode: 'guest_disk2' }], item: { capacity: '250' } },
  { id: 13, categories: [{ categoryCode: 'guest_core' }], item: { capacity: '4', units: 'CORE' } },
];

function client() {
  return recordingClient({
    'Virtual_Guest::getUpgradeItemPrices': UPGRADE_PRICES,
    'Virtual_Guest::getObject': {
      id: 7,
      billingItem: { children: [{ categoryCode: 'guest_disk0' }, { categoryCode: 'guest_disk1' }] },
    },
    'Product_Package::getItemPrices': [
      { id: 1, categories: [{ id: 81, name: 'Second Disk' }] },
      { id: 2, categories: [{ id: 82, name: 'Third Disk' }] },
    ],
    'Product_Order::placeOrder': {},
  });
}

describe('VsManager.upgrade with disks', () => {
  it('adds a disk after the last one and resizes a numbered one, each with its disk category', async () => {
    const { client: added, calls } = client();
    expect(await new VsManager(added).upgrade(7, { disks: [{ capacity: 100 }], cpus: 4 })).toBe(true);
    expect(calls.map((call) => `${call.service}::${call.method}`)).toEqual([
      'SoftLayer_Virtual_Guest::getUpgradeItemPrices',
      'SoftLayer_Virtual_Guest::getObject',
      'SoftLayer_Product_Package::getItemPrices',
      'SoftLayer_Product_Order::placeOrder',
    ]);
    // guest_disk1 is the last disk: the new one is disk 2, the `Second Disk` category.
    expect(calls[2]!.filter).toEqual({
      itemPrices: {
        locationGroupId: { operation: 'is null' },
        item: { keyName: { operation: '*= GUEST_DISK_100_GB_SAN' } },
      },
    });
    expect((calls[3]!.args![0] as { prices: unknown }).prices).toEqual([
      {
        id: 11,
        complexType: 'SoftLayer_Product_Item_Price',
        categories: [{ id: 81, complexType: 'SoftLayer_Product_Item_Category' }],
      },
      { id: 13 },
    ]);

    const resized = client();
    await new VsManager(resized.client).upgrade(7, { disks: [{ capacity: 250, number: 3 }] });
    expect((resized.calls[3]!.args![0] as { prices: unknown }).prices).toEqual([
      {
        id: 12,
        complexType: 'SoftLayer_Product_Item_Price',
        categories: [{ id: 82, complexType: 'SoftLayer_Product_Item_Category' }],
      },
    ]);
  });

  it('refuses a disk size without a price, or bad disks, and orders nothing', async () => {
    const { client: noPrice, calls } = client();
    await expect(new VsManager(noPrice).upgrade(7, { disks: [{ capacity: 2000 }] })).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
    expect(calls.map((call) => call.method)).not.toContain('placeOrder');

    const refused = recordingClient();
    const vs = new VsManager(refused.client);
    await expectRefused(
      [
        ['no capacity', () => vs.upgrade(7, { disks: [{ capacity: 0 }] }), /disk capacity/],
        ['disk 9', () => vs.upgrade(7, { disks: [{ capacity: 100, number: 9 }] }), /disk number/],
        ['not a list', () => vs.upgrade(7, { disks: 'big' as never }), /disks/],
      ],
      refused.calls,
    );
  });
});
