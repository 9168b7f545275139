// What `slcli order` reads besides the catalog itself: preset locations, the seeded quotes, a quote's verified
// order, and an order's items as `order lookup` shows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { xmlrpcCall as call } from './call-api';

describe('the ordering data', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('presets name the datacenters they are limited to (none: everywhere)', async () => {
    const { value } = await call(emulator, 'SoftLayer_Product_Package', 'getActivePresets', {
      id: 200,
      mask: 'id, keyName, prices[id, recurringFee], locations',
    });
    const presets = value as Array<{
      keyName: string;
      locations: Array<{ name: string }>;
      prices: unknown[];
    }>;
    expect(presets.find((preset) => preset.keyName === 'S1270_8GB_2X1TBSATA_NORAID')?.locations).toEqual([]);
    const limited = presets.find((preset) => preset.keyName === 'BL2_4210_128GB_2X960GB_SSD');
    expect(limited?.locations.map((location) => location.name)).toEqual(['dal10', 'dal13']);
    expect(limited?.prices.length).toBeGreaterThan(0);
  });

  it('the account has two open quotes, each with its package and priced items', async () => {
    const { value } = await call(emulator, 'SoftLayer_Account', 'getActiveQuotes', {
      mask: 'mask[order[id,items[id,description,package[id,keyName]]]]',
    });
    const quotes = value as Array<{
      id: number;
      order: { items: Array<{ description: string; package: unknown }> };
    }>;
    expect(quotes.map((quote) => quote.id)).toEqual([2940001, 2940002]);
    expect(quotes[0]?.order.items[0]).toMatchObject({
      description: '2 x 2.0 GHz or higher Cores',
      package: { id: 835, keyName: 'PUBLIC_CLOUD_SERVER' },
    });
    expect(quotes[1]?.order.items[0]?.package).toEqual({ id: 200, keyName: 'BARE_METAL_SERVER' });
  });

  it("a quote's verified order says how it is billed even when the container leaves it out", async () => {
    const { value: container } = await call(
      emulator,
      'SoftLayer_Billing_Order_Quote',
      'getRecalculatedOrderContainer',
      { id: 2940002 },
    );
    const { useHourlyPricing: _hourly, ...withoutBilling } = container as Record<string, unknown>;
    const { value } = await call(emulator, 'SoftLayer_Billing_Order_Quote', 'verifyOrder', { id: 2940002 }, {
      ...withoutBilling,
      hardware: [{ hostname: 'db1', domain: 'example.com' }],
    } as never);
    expect(value).toMatchObject({ useHourlyPricing: false, packageId: 200 });
  });
});
