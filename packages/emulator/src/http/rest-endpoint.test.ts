import { describe, expect, it } from 'vitest';
import { callFromRest } from './rest-endpoint';

const parse = (method: string, path: string, query = '', body = '') =>
  callFromRest(method, path, new URLSearchParams(query), Buffer.from(body), 'Basic dTpr');

describe('callFromRest', () => {
  it('maps verbs without a method to the default methods', () => {
    expect(parse('GET', '/SoftLayer_Virtual_Guest/12.json').call).toMatchObject({
      method: 'getObject',
      id: 12,
    });
    expect(
      parse('POST', '/SoftLayer_Virtual_Guest.json', '', '{"parameters":[{"hostname":"a"}]}').call,
    ).toMatchObject({
      method: 'createObject',
      args: [{ hostname: 'a' }],
    });
    expect(parse('PUT', '/SoftLayer_Virtual_Guest/12.json').call.method).toBe('editObject');
    expect(parse('DELETE', '/SoftLayer_Virtual_Guest/12.json').call.method).toBe('deleteObject');
  });

  it('reads masks, filters, resultLimit and basic credentials', () => {
    const { call } = parse(
      'GET',
      '/SoftLayer_Account/getVirtualGuests.json',
      'objectMask=mask[id]&objectFilter={"virtualGuests":{}}&resultLimit=20,10',
    );
    expect(call).toMatchObject({
      mask: 'mask[id]',
      filter: { virtualGuests: {} },
      offset: 20,
      limit: 10,
      credentials: { kind: 'apikey', username: 'u', apiKey: 'k' },
    });
    expect(parse('GET', '/SoftLayer_Account/getVirtualGuests.json', 'resultLimit=5').call).toMatchObject({
      offset: 0,
      limit: 5,
    });
  });

  it('splits drilling steps from scalar parameters', () => {
    expect(parse('GET', '/SoftLayer_Account/getHardware/7/getNetworkComponents.json')).toMatchObject({
      call: { service: 'SoftLayer_Account', method: 'getHardware', args: [] },
      drill: [{ id: 7, method: 'getNetworkComponents' }],
    });
    expect(parse('GET', '/SoftLayer_Dns_Domain/getByDomainName/example.com.json').call.args).toEqual([
      'example.com',
    ]);
  });

  it('rejects what it cannot read with the API faults', () => {
    expect(() => parse('GET', '/SoftLayer_Account.xml')).toThrow(/Only \.json/);
    expect(() => parse('GET', '/SoftLayer_Account.json', 'resultLimit=1,-2')).toThrow(/resultLimit/);
    expect(() => parse('POST', '/SoftLayer_Account.json', '', '{oops')).toThrow(/not valid JSON/);
    expect(() => parse('GET', '/SoftLayer_Account.json', 'objectFilter={oops')).toThrow(/objectFilter/);
  });
});
