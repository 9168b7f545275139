// What slcli's `vs` commands need from the emulator: getItems answers with prices without a mask
// (`vs os-available`), and getBandwidthData takes a null rollup as the default hour (`vs bandwidth`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { xmlrpcCall } from './call-api';

describe('emulator support for slcli vs commands', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('Product_Package::getItems without a mask gives each item its prices', async () => {
    const { value } = await xmlrpcCall(emulator, 'SoftLayer_Product_Package', 'getItems', {
      id: 835,
      filter: { items: { prices: { categories: { categoryCode: { operation: 'os' } } } } },
    });
    const items = value as Array<{ keyName: string; prices?: Array<{ id: number }> }>;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.keyName).toMatch(/^OS_/);
      expect(item.prices?.length).toBeGreaterThan(0);
    }
  });

  it('Metric_Tracking_Object::getBandwidthData takes a null rollup as 3600 seconds', async () => {
    const guests = await xmlrpcCall(emulator, 'SoftLayer_Account', 'getVirtualGuests', {
      mask: 'id,metricTrackingObjectId',
      limit: 1,
    });
    const trackingId = (guests.value as Array<{ metricTrackingObjectId: number }>)[0]!.metricTrackingObjectId;
    const call = (rollup: number | null) =>
      xmlrpcCall(
        emulator,
        'SoftLayer_Metric_Tracking_Object',
        'getBandwidthData',
        { id: trackingId },
        '2025-01-01T00:00:00',
        '2025-01-01T06:00:00',
        null,
        rollup,
      );
    const [withNull, withHour] = await Promise.all([call(null), call(3600)]);
    expect((withNull.value as unknown[]).length).toBeGreaterThan(0);
    expect(withNull.value).toEqual(withHour.value);
  });
});
