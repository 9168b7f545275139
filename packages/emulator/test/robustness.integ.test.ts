import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRandom } from '../src/data/random';
import { type Emulator, startEmulator } from '../src/index';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ guests: 30, rateLimit: 0, seed: 4 });
});
afterAll(() => emulator.close());

const SERVICES = [
  'SoftLayer_Account',
  'SoftLayer_Virtual_Guest',
  'SoftLayer_Dns_Domain',
  'SoftLayer_Ticket',
  'SoftLayer_Product_Order',
  'SoftLayer_Billing_Item',
  'SoftLayer_Nope',
];
const METHODS = [
  'getObject',
  'getVirtualGuests',
  'createObject',
  'editObject',
  'deleteObject',
  'placeOrder',
  'verifyOrder',
  'addUpdate',
  'cancelItem',
  'getResourceRecords',
  'setTags',
  'nope',
];
const MASKS = [
  '',
  'mask[id]',
  'mask[id,,]',
  'mask[nope]',
  'mask(SoftLayer_Hardware_Server)[id]',
  'filteredMask[networkComponents]',
  'id;datacenter.name',
  '[',
  'mask[datacenter[name]]',
];
const FILTERS = [
  '',
  '{}',
  '"x"',
  '{"virtualGuests":{"id":{"operation":"> 5"}}}',
  '{"id":{"operation":"orderBy","options":[{"name":"sort","value":["SIDEWAYS"]}]}}',
  '{"a":{"b":{"c":{"operation":"~ ["}}}}',
  'not json',
];
const BODIES = [
  '',
  '{"parameters":[]}',
  '{"parameters":[{}]}',
  '{"parameters":[null,5,"x"]}',
  '{"parameters":{}}',
  '{oops',
  '{"parameters":[{"hostname":"a","domain":"b.com","startCpus":-1}]}',
];

it('answers any mix of services, methods, ids, masks, filters and bodies with a result or an API fault, never a crash', async () => {
  const random = createRandom(2026);
  const authorization = `Basic ${Buffer.from(`${emulator.credentials.username}:${emulator.credentials.apiKey}`).toString('base64')}`;
  const someId = String(emulator.state.guests.all()[0]!.id);
  for (let attempt = 0; attempt < 150; attempt++) {
    const id = random.pick(['', '', someId, '1', 'abc']);
    const path = [random.pick(SERVICES), id, random.pick(METHODS)].filter(Boolean).join('/');
    const query = new URLSearchParams();
    const mask = random.pick(MASKS);
    const filter = random.pick(FILTERS);
    if (mask) query.set('objectMask', mask);
    if (filter) query.set('objectFilter', filter);
    if (random.chance(0.3)) query.set('resultLimit', random.pick(['0,2', '5', 'x', '1,-1']));
    const method = random.pick(['GET', 'POST', 'PUT', 'DELETE']);
    const body = method === 'GET' ? undefined : random.pick(BODIES);
    const response = await fetch(`${emulator.restUrl}${path}.json?${query}`, {
      method,
      headers: { authorization },
      ...(body === undefined ? {} : { body }),
    });
    const answer = (await response.json()) as unknown;
    const where = `${method} ${path}?${query} ${body ?? ''}`;
    if (response.status === 200) continue;
    expect(answer, where).toMatchObject({
      error: expect.any(String),
      code: expect.stringMatching(/^SoftLayer_Exception/),
    });
    expect((answer as { error: string }).error, where).not.toBe('Internal Error');
  }
});
