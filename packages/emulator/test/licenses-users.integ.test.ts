import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { orderedLicenseKey } from '../src/services/license-order';
import { xmlrpcCall } from './call-api';

// Package 301 (software licenses), license orders, SoftLayer_Software_AccountLicense, and the checks of
// SoftLayer_User_Customer::createObject.
describe('software licenses and new users', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  const call = (service: string, method: string, options = {}, ...args: unknown[]) =>
    xmlrpcCall(emulator, service, method, options, ...(args as never[]));

  it('package 301 sells VMware licenses, each with a monthly price', async () => {
    const { value } = await call('SoftLayer_Product_Package', 'getItems', { id: 301 });
    const items = value as Array<{ keyName: string; prices: Array<{ id: number; recurringFee: string }> }>;
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((item) => item.keyName.startsWith('VMWARE_') && item.prices.length === 1)).toBe(true);
    const { value: packages } = await call('SoftLayer_Product_Package', 'getAllObjects', {
      mask: 'id',
      filter: { keyName: { operation: 'SOFTWARE_LICENSE_PACKAGE' } },
    });
    expect(packages).toEqual([{ id: 301 }]);
  });

  it('an order adds an account license with a key of its own; cancelling it at once removes it', async () => {
    const { value: before } = await call('SoftLayer_Software_AccountLicense', 'getAllObjects', {
      mask: 'softwareDescription,billingItem',
    });
    const { value: items } = await call('SoftLayer_Product_Package', 'getItems', { id: 301 });
    const item = (items as Array<{ keyName: string; prices: Array<{ id: number }> }>).find(
      (candidate) => candidate.keyName === 'VMWARE_VSAN_ENTERPRISE_TIER_III_65_124_TB_6_X_2',
    )!;
    const order = {
      complexType: 'SoftLayer_Container_Product_Order_Software_License',
      packageId: 301,
      location: 'dal13',
      quantity: 1,
      useHourlyPricing: false,
      prices: [{ id: item.prices[0]!.id }],
    };
    const { value: receipt } = await call('SoftLayer_Product_Order', 'placeOrder', {}, order);
    expect(receipt).toMatchObject({ orderId: expect.any(Number), orderDate: expect.any(String) });
    const { value: after } = await call('SoftLayer_Software_AccountLicense', 'getAllObjects', {
      mask: 'softwareDescription,billingItem',
    });
    type License = { id: number; key: string; softwareDescription: unknown; billingItem: { id: number } };
    const added = (after as License[]).filter(
      (license) => !(before as Array<{ id: number }>).some((old) => old.id === license.id),
    );
    expect(added).toHaveLength(1);
    expect(added[0]!.key).toBe(orderedLicenseKey(added[0]!.id));
    expect(added[0]!.softwareDescription).toMatchObject({ manufacturer: 'VMware', name: 'vSAN' });
    await call(
      'SoftLayer_Billing_Item',
      'cancelItem',
      { id: added[0]!.billingItem.id },
      true,
      true,
      'x',
      'x',
    );
    const { value: last } = await call('SoftLayer_Software_AccountLicense', 'getAllObjects');
    expect((last as unknown[]).length).toBe((before as unknown[]).length);
  });

  it('refuses a license order with a price of another package', async () => {
    const order = {
      complexType: 'SoftLayer_Container_Product_Order_Software_License',
      packageId: 301,
      location: 'dal13',
      prices: [{ id: 26000 }],
    };
    await expect(call('SoftLayer_Product_Order', 'placeOrder', {}, order)).rejects.toThrow(
      /not a software license price/,
    );
  });

  it('createObject refuses a template with an id and a weak password', async () => {
    const template = { username: 'strong-user', email: 'strong@example.com' };
    await expect(
      call('SoftLayer_User_Customer', 'createObject', {}, { ...template, id: 5 }, 'Passw0rd!x', null),
    ).rejects.toThrow(/cannot be given an id/);
    await expect(
      call('SoftLayer_User_Customer', 'createObject', {}, template, 'password', null),
    ).rejects.toThrow(/at least 8 characters/);
    const { value } = await call('SoftLayer_User_Customer', 'createObject', {}, template, 'Passw0rd!x', null);
    expect(value).toMatchObject({ username: 'strong-user', email: 'strong@example.com' });
  });
});
