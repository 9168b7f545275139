import { describe, expect, it } from 'vitest';
import { callFromXmlRpc } from './xmlrpc-endpoint';

describe('callFromXmlRpc', () => {
  it('reads the headers struct the reference client sends', () => {
    const call = callFromXmlRpc(
      'SoftLayer_Virtual_Guest',
      'getObject',
      [
        {
          headers: {
            authenticate: { username: 'u', apiKey: 'k' },
            SoftLayer_Virtual_GuestInitParameters: { id: 1234 },
            SoftLayer_ObjectMask: { mask: 'mask[id,hostname]' },
            SoftLayer_Virtual_GuestObjectFilter: { x: { operation: '_= a' } },
            resultLimit: { limit: 10, offset: 20 },
          },
        },
        'arg1',
        5,
      ],
      undefined,
    );
    expect(call).toEqual({
      protocol: 'xmlrpc',
      service: 'SoftLayer_Virtual_Guest',
      method: 'getObject',
      id: 1234,
      mask: 'mask[id,hostname]',
      filter: { x: { operation: '_= a' } },
      limit: 10,
      offset: 20,
      args: ['arg1', 5],
      credentials: { kind: 'apikey', username: 'u', apiKey: 'k' },
    });
  });

  it('reads portal tokens, legacy masks and HTTP basic credentials', () => {
    const token = callFromXmlRpc(
      'SoftLayer_Account',
      'getObject',
      [{ headers: { authenticate: { complexType: 'PortalLoginToken', userId: 7, authToken: 'abc' } } }],
      undefined,
    );
    expect(token.credentials).toEqual({ kind: 'token', userId: 7, authToken: 'abc' });
    const legacy = callFromXmlRpc(
      'SoftLayer_Account',
      'getDomains',
      [{ headers: { SoftLayer_AccountObjectMask: { mask: { resourceRecords: [] } } } }],
      `Basic ${Buffer.from('apikey:secret').toString('base64')}`,
    );
    expect(legacy).toMatchObject({
      mask: { resourceRecords: [] },
      credentials: { kind: 'apikey', username: 'apikey', apiKey: 'secret' },
    });
  });

  it('takes every param as an argument when the first is not a headers struct', () => {
    expect(callFromXmlRpc('SoftLayer_Account', 'getObject', [1, 2], undefined)).toMatchObject({
      args: [1, 2],
      credentials: { kind: 'none' },
    });
  });
});
