import {
  decodeMethodResponse,
  encodeMethodCall,
  type XmlRpcDecoded,
  type XmlRpcValue,
} from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DirectoryServer, startDirectory } from './start-directory';

// The server side (`createFcApi` from `@sl/fc-directory/server`) spoken to in raw XML-RPC, a fresh directory per test.

const PROJECT = 'acme';
const API_KEY = 'secret-key-123';
const DAY = 86_400_000;

let clock = Date.UTC(2026, 10, 23, 12, 0, 0);
let directory: DirectoryServer;
let url: string;

beforeAll(async () => {
  directory = await startDirectory({ project: PROJECT, apiKey: API_KEY, now: () => clock });
  url = directory.url;
});

afterAll(() => directory.close());

beforeEach(() => {
  clock = Date.UTC(2026, 10, 23, 12, 0, 0);
  directory.reset();
});

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function post(body: string, authorization = basic(PROJECT, API_KEY), path = '/fc/v1') {
  const response = await fetch(url.replace('/fc/v1', path), {
    method: 'POST',
    headers: { 'content-type': 'text/xml', authorization },
    body,
  });
  return { status: response.status, text: await response.text() };
}

const call = (method: string, ...params: XmlRpcValue[]): Promise<XmlRpcDecoded> =>
  directory.call(method, ...params);

async function fault(method: string, ...params: XmlRpcValue[]) {
  return call(method, ...params).then(
    () => {
      throw new Error(`${method} succeeded`);
    },
    (error: { faultCode: number; faultString: string }) => ({
      faultCode: error.faultCode,
      faultString: error.faultString,
    }),
  );
}

type Row = Record<string, XmlRpcDecoded>;
const vm = (name: string, fields: Record<string, XmlRpcValue> = {}) => ({
  __type__: 'virtualmachine',
  name,
  ...fields,
});

describe('HTTP and auth', () => {
  it('answers ping with pong', async () => {
    expect(await call('ping')).toBe('pong');
  });

  it('refuses a wrong API key with 401 and does not log the call', async () => {
    const { status, text } = await post(encodeMethodCall('ping', []), basic(PROJECT, 'wrong'));
    expect(status).toBe(401);
    expect(text).not.toContain(API_KEY);
    expect(await call('log')).toEqual([]);
  });

  it('refuses other paths and methods', async () => {
    expect((await post(encodeMethodCall('ping', []), basic(PROJECT, API_KEY), '/fc/v2')).status).toBe(404);
    const get = await fetch(url, { headers: { authorization: basic(PROJECT, API_KEY) } });
    expect(get.status).toBe(405);
    await get.text();
  });

  it('answers a body that is not XML-RPC with a parse fault', async () => {
    const { text } = await post('<methodCall><methodName>ping');
    expect(() => decodeMethodResponse(text)).toThrow(/-32700|not an XML-RPC call/);
  });

  it('answers an unknown method with a fault naming the methods', async () => {
    expect(await fault('destroy')).toMatchObject({
      faultCode: -32601,
      faultString: expect.stringContaining('apply'),
    });
  });
});

describe('apply', () => {
  it('creates with defaults and returns full records', async () => {
    const [created] = (await call('apply', [vm('web00', { resource_group: PROJECT, cores: 2 })])) as Row[];
    expect(created).toMatchObject({
      __type__: 'virtualmachine',
      name: 'web00',
      cores: 2,
      memory: 512,
      deletion: null,
    });
    expect(created?.creation_date).toEqual(new Date(clock));
  });

  it('keeps untouched keys on a sparse update', async () => {
    await call('apply', [
      vm('web00', { resource_group: PROJECT, cores: 2, memory: 1024, classes: ['role::web'] }),
    ]);
    const [updated] = (await call('apply', [vm('web00', { cores: 4 })])) as Row[];
    expect(updated).toMatchObject({
      cores: 4,
      memory: 1024,
      classes: ['role::web'],
      resource_group: PROJECT,
    });
  });

  it('changes nothing when the last record of a batch is invalid', async () => {
    await call('apply', [vm('web00', { resource_group: PROJECT })]);
    const before = await call('query', 'virtualmachine');
    const result = await fault('apply', [
      vm('web00', { cores: 3 }),
      vm('web01', { resource_group: PROJECT }),
      { __type__: 'resourcegroup', name: 'staging', parent: PROJECT },
      vm('web02', { resource_group: PROJECT, memory: 4096 }),
    ]);
    expect(result.faultCode).toBe(1);
    expect(result.faultString).toContain("record 3 (virtualmachine name='web02')");
    expect(result.faultString).toContain("'memory' must be between 256 and 3072, got 4096");
    expect(await call('query', 'virtualmachine')).toEqual(before);
    expect(await call('query', 'resourcegroup', { name: 'staging' })).toEqual([]);
  });

  it('keeps every batch whole under concurrent calls, half of them failing', async () => {
    const batches = Array.from({ length: 20 }, (_, index) =>
      call('apply', [
        vm(`a${index}`, { resource_group: PROJECT }),
        vm(`b${index}`, { resource_group: PROJECT, cores: index % 2 === 0 ? 2 : 99 }),
      ]).catch(() => 'fault'),
    );
    const outcomes = await Promise.all(batches);
    expect(outcomes.filter((outcome) => outcome === 'fault')).toHaveLength(10);
    const names = ((await call('query', 'virtualmachine')) as Row[]).map((row) => row.name).sort();
    const expected = Array.from({ length: 10 }, (_, half) => [`a${half * 2}`, `b${half * 2}`])
      .flat()
      .sort();
    expect(names).toEqual(expected);
    const serials = ((await call('log', 0)) as Row[]).map((entry) => entry.serial);
    expect(serials).toEqual(Array.from({ length: 21 }, (_, index) => index + 1));
  });

  it('rejects bad records with clear faults', async () => {
    const cases: Array<[XmlRpcValue, RegExp]> = [
      [{ name: 'x' }, /__type__ is missing/],
      [
        { __type__: 'spaceship', name: 'x' },
        /unknown __type__ string "spaceship"; expected one of resourcegroup/,
      ],
      [{ __type__: 'invoice', customer_no: '1' }, /'invoice' is query-only/],
      [{ __type__: 'virtualmachine', cores: 1 }, /primary-key field 'name' is missing/],
      [{ __type__: 'serviceuser', uid: 's-app' }, /primary-key field 'resource_group' is missing/],
      [vm('web00', { resource_group: PROJECT, cores: '2' }), /'cores' must be an integer, got string "2"/],
      [vm('web00', { resource_group: PROJECT, colour: 'red' }), /has no field 'colour'/],
      // Regression: names of Object.prototype members were read off the prototype and called "computed".
      [vm('web00', { resource_group: PROJECT, constructor: 'x' }), /has no field 'constructor'/],
      [vm('web00', { resource_group: PROJECT, toString: 'x' }), /has no field 'toString'/],
      [vm('web00', { resource_group: PROJECT, id: 5 }), /'id' is computed by the directory/],
      [vm('web00'), /'resource_group' is required to create a virtualmachine/],
      [vm('web00', { resource_group: 'nowhere' }), /resource_group 'nowhere' does not exist/],
      [vm('web00', { __action__: 'rename' }), /__action__ must be 'set' or 'delete'/],
      ['not a record', /must be an object, got string "not a record"/],
    ];
    for (const [record, message] of cases) {
      const { faultString } = await fault('apply', [record]);
      expect(faultString).toMatch(message);
      expect(faultString).toContain('record 0');
    }
    expect((await fault('apply', 'x')).faultCode).toBe(-32602);
  });

  it('creates the resource types in their order of dependence', async () => {
    const rows = (await call('apply', [
      {
        __type__: 'resourcegroup',
        name: 'staging',
        parent: PROJECT,
        technical_contacts: ['ops@example.org'],
      },
      { __type__: 'serviceuser', uid: 's-app', resource_group: 'staging', description: 'deploys' },
      { __type__: 'permission', permission: 'sudo-srv', resource_group: 'staging', uid: 'alice' },
      vm('app00', { resource_group: 'staging' }),
    ])) as Row[];
    expect(rows.map((row) => row.__type__)).toEqual([
      'resourcegroup',
      'serviceuser',
      'permission',
      'virtualmachine',
    ]);
    expect(rows[0]).toMatchObject({ customer_no: '10042', timezone: 'Europe/Berlin' });
    expect(rows[1]).toMatchObject({ home_directory: '/srv/s-app', virtual_machines: ['app00'] });
  });
});

describe('delete', () => {
  it('is not an error for records that do not exist, and they have no result', async () => {
    expect(
      await call('apply', [
        {
          __type__: 'permission',
          __action__: 'delete',
          permission: 'login',
          resource_group: PROJECT,
          uid: 'nobody',
        },
      ]),
    ).toEqual([]);
    expect(await call('apply', [vm('ghost', { __action__: 'delete' })])).toEqual([]);
  });

  it('deletes a permission at once', async () => {
    const permission = { __type__: 'permission', permission: 'login', resource_group: PROJECT, uid: 'alice' };
    await call('apply', [permission]);
    expect(await call('query', 'permission')).toHaveLength(1);
    expect(await call('apply', [{ ...permission, __action__: 'delete' }])).toEqual([]);
    expect(await call('query', 'permission')).toEqual([]);
  });

  it('schedules a VM deletion, shows it, cancels it on set, and removes the VM after the deadline', async () => {
    await call('apply', [vm('web00', { resource_group: PROJECT, memory: 1024 })]);
    const [scheduled] = (await call('apply', [vm('web00', { __action__: 'delete' })])) as Row[];
    expect(scheduled?.deletion).toEqual({
      deadline: new Date(clock + 7 * DAY),
      stages: ['soft', 'hard', 'purge'],
    });
    const [cancelled] = (await call('apply', [vm('web00')])) as Row[];
    expect(cancelled).toMatchObject({ deletion: null, memory: 1024 });
    await call('apply', [vm('web00', { __action__: 'delete' })]);
    clock += 7 * DAY;
    expect(await call('query', 'virtualmachine', { name: 'web00' })).toEqual([]);
  });

  it('refuses to delete the own project or a project that holds resources', async () => {
    const own = await fault('apply', [{ __type__: 'resourcegroup', __action__: 'delete', name: PROJECT }]);
    expect(own).toMatchObject({ faultCode: 3, faultString: expect.stringContaining('your own project') });
    await call('apply', [
      { __type__: 'resourcegroup', name: 'staging', parent: PROJECT },
      vm('app00', { resource_group: 'staging' }),
    ]);
    const busy = await fault('apply', [{ __type__: 'resourcegroup', __action__: 'delete', name: 'staging' }]);
    expect(busy.faultString).toMatch(/still holds 1 resource/);
  });
});

describe('query', () => {
  it('filters by exact match, across fields and types', async () => {
    await call('apply', [
      vm('web00', { resource_group: PROJECT, cores: 2 }),
      vm('web01', { resource_group: PROJECT, cores: 2, online: false }),
      vm('db00', { resource_group: PROJECT, cores: 4 }),
    ]);
    const names = async (filter: XmlRpcValue) =>
      ((await call('query', 'virtualmachine', filter)) as Row[]).map((row) => row.name);
    expect(await names({ cores: 2 })).toEqual(['web00', 'web01']);
    expect(await names({ cores: 2, online: true })).toEqual(['web00']);
    expect(await names({ name: 'web' })).toEqual([]);
    expect(await names(null)).toEqual(['web00', 'web01', 'db00']);
  });

  it('matches dates exactly as clients received them (whole seconds)', async () => {
    clock += 1234;
    const [created] = (await call('apply', [vm('web00', { resource_group: PROJECT })])) as Row[];
    expect(created?.creation_date).toEqual(new Date(clock - 234));
    const found = (await call('query', 'virtualmachine', {
      creation_date: created?.creation_date ?? null,
    })) as Row[];
    expect(found.map((row) => row.name)).toEqual(['web00']);
  });

  it('serves the query-only types, invoice amounts as doubles', async () => {
    const [invoice] = (await call('query', 'invoice')) as Row[];
    expect(invoice).toMatchObject({ total: 49.5, status: 'paid' });
    expect(await call('query', 'maintenance')).toHaveLength(1);
    expect(await call('query', 'consumption', { type: 'virtualmachine' })).toHaveLength(1);
  });

  it('rejects an unknown type, a filter on an unknown field and a filter that is not a struct', async () => {
    expect((await fault('query', 'spaceship')).faultString).toMatch(/unknown type string "spaceship"/);
    expect((await fault('query', 'virtualmachine', { colour: 'red' })).faultString).toMatch(
      /has no field 'colour'/,
    );
    expect((await fault('query', 'virtualmachine', ['x'])).faultCode).toBe(-32602);
  });
});

describe('log', () => {
  it('returns the latest 10 entries first, then only newer ones; log calls are not logged', async () => {
    for (let index = 0; index < 12; index++) await call('ping');
    await fault('query', 'spaceship');
    const first = (await call('log')) as Row[];
    expect(first.map((entry) => entry.serial)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(first.at(-1)).toMatchObject({
      method: 'query',
      args: '{"args":["spaceship"],"kw":{}}',
      result: '',
      exception: expect.stringContaining('unknown type'),
      ipaddress: '127.0.0.1',
      resource_group: PROJECT,
      timestamp: '2026-11-23 12:00:00',
    });
    expect(await call('log', 13)).toEqual([]);
    await call('apply', [vm('web00', { resource_group: PROJECT })]);
    const next = (await call('log', 13)) as Row[];
    expect(next.map((entry) => [entry.serial, entry.method])).toEqual([[14, 'apply']]);
    expect(JSON.parse(next[0]?.result as string)[0]).toMatchObject({
      name: 'web00',
      creation_date: '2026-11-23T12:00:00.000Z',
    });
  });

  it('keeps entries 30 days', async () => {
    await call('ping');
    clock += 20 * DAY;
    await call('ping');
    clock += 11 * DAY;
    expect(((await call('log', 0)) as Row[]).map((entry) => entry.serial)).toEqual([2]);
  });

  it('rejects a serial that is not an integer', async () => {
    expect(await fault('log', 'x')).toMatchObject({ faultCode: -32602 });
  });
});
