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
    const tracking = await xmlrpcCall(emulator, 'SoftLayer_Virtual_Guest', 'getMetricTrackingObjectId', {
      id: 80000001,
    });
    const trackingId = tracking.value as number;
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

  it("an upgrade order to a preset (presetId, no prices) takes the preset's cores and memory", async () => {
    const presets = await xmlrpcCall(emulator, 'SoftLayer_Product_Package', 'getActivePresets', {
      id: 835,
      mask: 'id,keyName',
    });
    const preset = (presets.value as Array<{ id: number; keyName: string }>).find(
      (found) => found.keyName === 'B1_2X4X25',
    )!;
    const order = {
      complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest_Upgrade',
      virtualGuests: [{ id: 80000005 }],
      presetId: preset.id,
    };
    await xmlrpcCall(emulator, 'SoftLayer_Product_Order', 'placeOrder', {}, order);
    const guest = await xmlrpcCall(emulator, 'SoftLayer_Virtual_Guest', 'getObject', {
      id: 80000005,
      mask: 'maxCpu,maxMemory',
    });
    expect(guest.value).toEqual({ maxCpu: 2, maxMemory: 4096 });
    const unknown = await xmlrpcCall(
      emulator,
      'SoftLayer_Product_Order',
      'verifyOrder',
      {},
      {
        ...order,
        presetId: 1,
      },
    ).catch((error: unknown) => error);
    expect(String(unknown)).toMatch(/Preset # 1 is not an upgrade option/);
  });

  it("findByGuestId answers with each notification's guest and user without a mask", async () => {
    await xmlrpcCall(
      emulator,
      'SoftLayer_User_Customer_Notification_Virtual_Guest',
      'createObject',
      {},
      {
        guestId: 80000003,
        userId: 7000002,
      },
    );
    const { value } = await xmlrpcCall(
      emulator,
      'SoftLayer_User_Customer_Notification_Virtual_Guest',
      'findByGuestId',
      {},
      80000003,
    );
    const [found] = value as Array<{ guest?: { hostname?: string }; user?: { id?: number } }>;
    expect(found?.guest?.hostname).toBe('search03');
    expect(found?.user?.id).toBe(7000002);
  });
});
