import type { MaskTree } from '@sl/mask';
import type { SoftLayer_Account, SoftLayer_Hardware, SoftLayer_Virtual_Guest } from '@sl/types';
import { describe, expectTypeOf, test } from 'vitest';
import { type ListResult, type SoftLayerClient, withOptions } from '../src/index';

declare const client: SoftLayerClient;
declare const tree: MaskTree;

type SlimGuest = { id?: number; hostname?: string; datacenter?: { name?: string } };

describe('typed selection masks', () => {
  test('call narrows the result to what the mask selects', () => {
    expectTypeOf(
      client.call('Account', 'getVirtualGuests', {
        mask: { id: true, hostname: true, datacenter: { name: true } },
      }),
    ).resolves.toEqualTypeOf<ListResult<SlimGuest>>();
    expectTypeOf(
      client.call('Account', 'getVirtualGuests', { mask: { id: true }, iter: true, limit: 50 }),
    ).resolves.toEqualTypeOf<ListResult<{ id?: number }>>();
    expectTypeOf(
      client.call('SoftLayer_Virtual_Guest', 'getObject', { id: 1, mask: { id: true, maxMemory: true } }),
    ).resolves.toEqualTypeOf<{ id?: number; maxMemory?: number }>();
  });

  test('service methods narrow through withOptions', () => {
    expectTypeOf(
      client
        .service('Account')
        .getVirtualGuests(withOptions({ mask: { id: true, hostname: true, datacenter: { name: true } } })),
    ).resolves.toEqualTypeOf<ListResult<SlimGuest>>();
    expectTypeOf(
      client.service('Virtual_Guest').getObject(withOptions({ id: 1, mask: { hostname: true } })),
    ).resolves.toEqualTypeOf<{ hostname?: string }>();
    expectTypeOf(
      client.service('Account').call('getVirtualGuests', { mask: { id: true } }),
    ).resolves.toEqualTypeOf<ListResult<{ id?: number }>>();
  });

  test('iterCall yields narrowed items', () => {
    expectTypeOf(
      client.iterCall('Account', 'getVirtualGuests', {
        mask: { id: true, hostname: true, datacenter: { name: true } },
      }),
    ).toEqualTypeOf<AsyncGenerator<SlimGuest, void, undefined>>();
    expectTypeOf(
      client.service('Account').iterCall('getVirtualGuests', { mask: { id: true }, pageSize: 50 }),
    ).toEqualTypeOf<AsyncGenerator<{ id?: number }, void, undefined>>();
  });

  test('typed casts are keys', () => {
    expectTypeOf(
      client.call('Account', 'getObject', {
        mask: { id: true, 'hardware(SoftLayer_Hardware_Server)': { controlPanel: { id: true } } },
      }),
    ).resolves.toEqualTypeOf<{ id?: number; hardware?: { controlPanel?: { id?: number } }[] }>();
    expectTypeOf(client.call('Account', 'getHardware', { mask: { hostname: true } })).resolves.toEqualTypeOf<
      ListResult<{ hostname?: string }>
    >();
  });

  test('wrong names are compile errors at the key', () => {
    client.call('Account', 'getVirtualGuests', {
      mask: {
        id: true,
        // @ts-expect-error `hostnam` is not a property of SoftLayer_Virtual_Guest
        hostnam: true,
      },
    });
    client.call('Account', 'getVirtualGuests', {
      // @ts-expect-error `nam` is not a property of the datacenter
      mask: { datacenter: { nam: true } },
    });
    client.iterCall('Account', 'getVirtualGuests', {
      // @ts-expect-error `hostname` is a string: nothing to select below it
      mask: { hostname: { length: true } },
    });
    client.call('Account', 'getObject', {
      // @ts-expect-error no such datatype to cast to
      mask: { 'hardware(SoftLayer_Hardware_Servr)': { id: true } },
    });
    client
      .service('Account')
      // @ts-expect-error `hostnam` is not a property of SoftLayer_Virtual_Guest
      .getVirtualGuests(withOptions({ mask: { hostnam: true } }));
  });

  test('strings, trees and legacy objects keep the full types', () => {
    expectTypeOf(client.call('Account', 'getVirtualGuests', { mask: 'id,hostname' })).resolves.toEqualTypeOf<
      ListResult<SoftLayer_Virtual_Guest>
    >();
    expectTypeOf(client.call('Account', 'getVirtualGuests', { mask: tree })).resolves.toEqualTypeOf<
      ListResult<SoftLayer_Virtual_Guest>
    >();
    expectTypeOf(
      client.call('Account', 'getVirtualGuests', {
        mask: { datacenter: {}, operatingSystem: { passwords: {} } },
      }),
    ).resolves.toEqualTypeOf<ListResult<SoftLayer_Virtual_Guest>>();
    expectTypeOf(
      client.call('Account', 'getObject', { mask: 'id' }),
    ).resolves.toEqualTypeOf<SoftLayer_Account>();
    expectTypeOf(client.service('Account').getHardware(withOptions({ mask: 'id' }))).resolves.toEqualTypeOf<
      ListResult<SoftLayer_Hardware>
    >();
    expectTypeOf(client.iterCall('Account', 'getVirtualGuests', { mask: 'id' })).toEqualTypeOf<
      AsyncGenerator<SoftLayer_Virtual_Guest, void, undefined>
    >();
  });

  test('a mask of a wide type (not a literal) is sent but keeps the full type', () => {
    const wide: Record<string, true> = { id: true };
    expectTypeOf(client.call('Account', 'getVirtualGuests', { mask: wide })).resolves.toEqualTypeOf<
      ListResult<SoftLayer_Virtual_Guest>
    >();
  });

  test('methods the metadata does not know accept any mask and stay unknown', () => {
    expectTypeOf(
      client.call('Account', 'getMethodFromTheFuture', { mask: { anything: true } }),
    ).resolves.toBeUnknown();
    expectTypeOf(client.call('Brand_New_Service', 'x', { mask: { a: { b: true } } })).resolves.toBeUnknown();
  });
});
