import { describe, expectTypeOf, test } from 'vitest';
import type {
  CheckedMask,
  Masked,
  MaskedResult,
  MaskObject,
  MethodResult,
  SoftLayer_Account,
  SoftLayer_Container_Search_Result,
  SoftLayer_Hardware_Server,
  SoftLayer_Virtual_Guest,
} from './index';

/** A function constrained the way a client would be: the mask must fit the type. */
declare function select<const M extends MaskObject<SoftLayer_Virtual_Guest>>(
  mask: M & CheckedMask<SoftLayer_Virtual_Guest, M>,
): Masked<MethodResult<'SoftLayer_Account', 'getVirtualGuests'>, M>;

describe('Masked', () => {
  test('the mask of the issue: { id, datacenter: { name } }', () => {
    type Guest = Masked<SoftLayer_Virtual_Guest, { id: true; datacenter: { name: true } }>;
    expectTypeOf<Guest>().toEqualTypeOf<{ id?: number; datacenter?: { name?: string } }>();
  });

  test('exactly the selected fields, each still optional', () => {
    type Guest = Masked<SoftLayer_Virtual_Guest, { hostname: true; maxMemory: true }>;
    expectTypeOf<Guest>().toEqualTypeOf<{ hostname?: string; maxMemory?: number }>();
    expectTypeOf<Guest>().not.toHaveProperty('id');
  });

  test('arrays are mapped element-wise, at the root and below', () => {
    type Guests = Masked<SoftLayer_Virtual_Guest[], { id: true; networkComponents: { port: true } }>;
    expectTypeOf<Guests>().toEqualTypeOf<{ id?: number; networkComponents?: { port?: number }[] }[]>();
  });

  test('a relational property selected with true keeps its full type', () => {
    type Guest = Masked<SoftLayer_Virtual_Guest, { datacenter: true }>;
    expectTypeOf<Guest['datacenter']>().toEqualTypeOf<SoftLayer_Virtual_Guest['datacenter']>();
  });

  test('names the type does not have are dropped', () => {
    expectTypeOf<Masked<SoftLayer_Hardware_Server, { id: true; nope: true }>>().toEqualTypeOf<{
      id?: number;
    }>();
  });

  test('MaskObject rejects unknown names and nesting below scalars', () => {
    expectTypeOf(select({ id: true, datacenter: { name: true } })).toEqualTypeOf<
      { id?: number; datacenter?: { name?: string } }[]
    >();
    // @ts-expect-error: `hostnam` is not a property of SoftLayer_Virtual_Guest
    select({ hostnam: true });
    // @ts-expect-error: `hostname` is a string, nothing to select below it
    select({ hostname: { length: true } });
  });
});

describe('MaskedResult', () => {
  test('a method result narrowed by a mask', () => {
    expectTypeOf<MaskedResult<'SoftLayer_Account', 'getHardware', { hostname: true }>>().toEqualTypeOf<
      { hostname?: string }[]
    >();
  });
});

describe('Masked with typed casts', () => {
  test('a cast key selects the property as the subtype, arrays kept', () => {
    type Account = Masked<
      SoftLayer_Account,
      { id: true; 'hardware(SoftLayer_Hardware_Server)': { hostname: true; controlPanel: { id: true } } }
    >;
    expectTypeOf<Account>().toEqualTypeOf<{
      id?: number;
      hardware?: { hostname?: string; controlPanel?: { id?: number } }[];
    }>();
  });

  test('two casts of one polymorphic property give a union', () => {
    type Result = Masked<
      SoftLayer_Container_Search_Result,
      {
        'resource(SoftLayer_Hardware)': { hostname: true };
        'resource(SoftLayer_Virtual_Guest)': { maxMemory: true };
      }
    >;
    expectTypeOf<Result>().toEqualTypeOf<{ resource?: { hostname?: string } | { maxMemory?: number } }>();
  });

  test('MaskObject accepts cast keys and still rejects unknown plain names', () => {
    expectTypeOf(
      select({ id: true, 'datacenter(SoftLayer_Location_Datacenter)': { name: true } }),
    ).toEqualTypeOf<{ id?: number; datacenter?: { name?: string } }[]>();
    // @ts-expect-error: `hostnam` is not a property of SoftLayer_Virtual_Guest
    select({ hostnam: true, 'datacenter(SoftLayer_Location_Datacenter)': true });
    // @ts-expect-error: the cast names no datatype
    select({ 'datacenter(SoftLayer_Nope)': true });
    // @ts-expect-error: `nam` is not a property of the cast type
    select({ 'datacenter(SoftLayer_Location_Datacenter)': { nam: true } });
  });
});
