import type { SoftLayer_Account, SoftLayer_Virtual_Guest } from '@sl/types';
import { describe, expectTypeOf, it } from 'vitest';
import { createClient, type ListResult, type SoftLayerClient, withOptions } from '../src/index';

// These checks run in `tsc` (typecheck); at run time they only build the client.
describe('typed calls', () => {
  it('types known services and methods, with or without the SoftLayer_ prefix, and leaves others unknown', () => {
    const client: SoftLayerClient = createClient({
      transport: async () => ({ value: null, status: 200, headers: {} }),
    });
    const typed = () => {
      expectTypeOf(client.call('Account', 'getObject')).resolves.toEqualTypeOf<SoftLayer_Account>();
      expectTypeOf(client.call('SoftLayer_Account', 'getObject')).resolves.toEqualTypeOf<SoftLayer_Account>();
      expectTypeOf(client.call('Account', 'getVirtualGuests')).resolves.toEqualTypeOf<
        ListResult<SoftLayer_Virtual_Guest>
      >();
      expectTypeOf(
        client.service('Account').getVirtualGuests(withOptions({ mask: 'id' })),
      ).resolves.toEqualTypeOf<ListResult<SoftLayer_Virtual_Guest>>();
      expectTypeOf(client.iterCall('Account', 'getVirtualGuests')).toEqualTypeOf<
        AsyncGenerator<SoftLayer_Virtual_Guest, void, undefined>
      >();
      expectTypeOf(client.call('Account', 'getMethodFromTheFuture')).resolves.toBeUnknown();
      expectTypeOf(client.call('Brand_New_Service', 'anything', { args: [1, 'x'] })).resolves.toBeUnknown();
      expectTypeOf(
        client.service('Brand_New_Service').call('anything', { args: [1, 2] }),
      ).resolves.toBeUnknown();
      expectTypeOf(client.service('Account').call('getMethodFromTheFuture')).resolves.toBeUnknown();
      // @ts-expect-error getObject takes no positional parameters
      client.call('Account', 'getObject', { args: [1] });
      // @ts-expect-error createObject needs a template object
      client.service('Virtual_Guest').createObject(42);
      // @ts-expect-error createObject has a required parameter, so `args` is required
      client.call('Virtual_Guest', 'createObject');
      // @ts-expect-error … and must be the template
      client.call('Virtual_Guest', 'createObject', { args: [42] });
      expectTypeOf(
        client.call('Virtual_Guest', 'createObject', { args: [{ hostname: 'h' }] }),
      ).resolves.toEqualTypeOf<SoftLayer_Virtual_Guest>();
    };
    expectTypeOf(typed).toBeFunction();
  });
});
