import { describe, expectTypeOf, test } from 'vitest';
import type {
  IsStaticMethod,
  MethodDescriptor,
  MethodName,
  MethodParameters,
  MethodResult,
  ServiceMap,
  ServiceName,
  ServiceNameOf,
  SoftLayer_Account,
  SoftLayer_Billing_Item,
  SoftLayer_Container_Hardware_Server_Request,
  SoftLayer_Dns_Domain_ResourceRecord,
  SoftLayer_Dns_Domain_ResourceRecord_MxType,
  SoftLayer_Hardware_Server_Service,
  SoftLayer_Hardware_Service,
  SoftLayer_Location,
  SoftLayer_Network_Bandwidth_Version1_Interface,
  SoftLayer_Network_Component,
  SoftLayer_Product_Package,
  SoftLayer_Virtual_Guest,
} from './index';

describe('service map', () => {
  test('declared methods: parameters as labelled tuples, results, static', () => {
    expectTypeOf<MethodResult<'SoftLayer_Account', 'getObject'>>().toEqualTypeOf<SoftLayer_Account>();
    expectTypeOf<IsStaticMethod<'SoftLayer_Account', 'getObject'>>().toEqualTypeOf<true>();
    expectTypeOf<MethodParameters<'SoftLayer_Virtual_Guest', 'createObject'>>().toEqualTypeOf<
      [templateObject: SoftLayer_Virtual_Guest]
    >();
    expectTypeOf<
      MethodResult<'SoftLayer_Virtual_Guest', 'createObject'>
    >().toEqualTypeOf<SoftLayer_Virtual_Guest>();
    expectTypeOf<IsStaticMethod<'SoftLayer_Virtual_Guest', 'getObject'>>().toEqualTypeOf<false>();
  });

  test('ORM getters derived from relational properties', () => {
    expectTypeOf<MethodResult<'SoftLayer_Account', 'getVirtualGuests'>>().toEqualTypeOf<
      SoftLayer_Virtual_Guest[]
    >();
    expectTypeOf<MethodParameters<'SoftLayer_Account', 'getVirtualGuests'>>().toEqualTypeOf<[]>();
    expectTypeOf<
      MethodResult<'SoftLayer_Virtual_Guest', 'getDatacenter'>
    >().toEqualTypeOf<SoftLayer_Location>();
    expectTypeOf<'getVirtualGuestCount'>().not.toMatchTypeOf<MethodName<'SoftLayer_Account'>>();
  });

  test('optional parameters: only a trailing run of defaulted ones (massSparePool)', () => {
    expectTypeOf<MethodParameters<'SoftLayer_Hardware_Server', 'massSparePool'>>().toEqualTypeOf<
      [hardwareIds: string[], action: string, newOrder?: boolean]
    >();
    expectTypeOf<MethodResult<'SoftLayer_Hardware_Server', 'massSparePool'>>().toEqualTypeOf<
      SoftLayer_Container_Hardware_Server_Request[]
    >();
  });

  test('enum parameters are string-literal unions', () => {
    type Parameters = MethodParameters<'SoftLayer_Virtual_Guest', 'getBandwidthImage'>;
    expectTypeOf<Parameters[0]>().toEqualTypeOf<'public' | 'private'>();
  });

  test('service inheritance: methods of the base service, covariant overrides', () => {
    expectTypeOf<SoftLayer_Hardware_Server_Service>().toMatchTypeOf<SoftLayer_Hardware_Service>();
    expectTypeOf<'getDatacenter' | 'getObject' | 'massSparePool'>().toMatchTypeOf<
      MethodName<'SoftLayer_Hardware_Server'>
    >();
    expectTypeOf<MethodParameters<'SoftLayer_Dns_Domain_ResourceRecord', 'createObject'>>().toEqualTypeOf<
      [templateObject: SoftLayer_Dns_Domain_ResourceRecord]
    >();
    expectTypeOf<
      MethodParameters<'SoftLayer_Dns_Domain_ResourceRecord_MxType', 'createObject'>
    >().toEqualTypeOf<[templateObject: SoftLayer_Dns_Domain_ResourceRecord_MxType]>();
  });

  test('every method of every service is a MethodDescriptor', () => {
    type Misfits = {
      [S in ServiceName]: ServiceMap[S] extends Record<MethodName<S>, MethodDescriptor> ? never : S;
    }[ServiceName];
    expectTypeOf<Misfits>().toBeNever();
  });

  test('order containers carry complexType (not in the metadata, read by the API)', () => {
    type Order = MethodParameters<'SoftLayer_Product_Order', 'placeOrder'>[0];
    const order: Order = { complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest', quantity: 1 };
    expectTypeOf(order.complexType).toEqualTypeOf<string | undefined>();
  });

  test('service names, with or without the SoftLayer_ prefix', () => {
    expectTypeOf<ServiceNameOf<'Account'>>().toEqualTypeOf<'SoftLayer_Account'>();
    expectTypeOf<ServiceNameOf<'SoftLayer_Account'>>().toEqualTypeOf<'SoftLayer_Account'>();
    expectTypeOf<ServiceNameOf<'NoSuchService'>>().toBeNever();
    expectTypeOf<'SoftLayer_Account'>().toMatchTypeOf<ServiceName>();
    expectTypeOf<ServiceMap['SoftLayer_Account']['getHardware']['returns']>().toBeArray();
  });

  test('datatypes: optional properties, inheritance, reserved words as property names', () => {
    expectTypeOf<SoftLayer_Virtual_Guest['hostname']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SoftLayer_Account['virtualGuestCount']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SoftLayer_Billing_Item['package']>().toEqualTypeOf<SoftLayer_Product_Package | undefined>();
    expectTypeOf<SoftLayer_Network_Component['interface']>().toEqualTypeOf<
      SoftLayer_Network_Bandwidth_Version1_Interface | undefined
    >();
    expectTypeOf<Record<never, never>>().toMatchTypeOf<SoftLayer_Virtual_Guest>();
  });
});
