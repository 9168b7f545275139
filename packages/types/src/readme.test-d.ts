import { expectTypeOf, test } from 'vitest';
import type { Masked, MethodParameters, MethodResult, SoftLayer_Virtual_Guest } from './index';

test('README example', () => {
  type Guests = MethodResult<'SoftLayer_Account', 'getVirtualGuests'>;
  type CreateArgs = MethodParameters<'SoftLayer_Virtual_Guest', 'createObject'>;
  type Slim = Masked<Guests, { id: true; datacenter: { name: true } }>;
  const template: SoftLayer_Virtual_Guest = {
    hostname: 'web1',
    domain: 'example.com',
    startCpus: 1,
    maxMemory: 1024,
  };

  expectTypeOf<Guests>().toEqualTypeOf<SoftLayer_Virtual_Guest[]>();
  expectTypeOf<CreateArgs>().toEqualTypeOf<[templateObject: SoftLayer_Virtual_Guest]>();
  expectTypeOf<Slim>().toEqualTypeOf<{ id?: number; datacenter?: { name?: string } }[]>();
  expectTypeOf(template).toMatchTypeOf<CreateArgs[0]>();
});
