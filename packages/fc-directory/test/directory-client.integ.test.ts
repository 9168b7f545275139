import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ApplyRecord,
  createDirectoryClient,
  DirectoryError,
  DirectoryFaultError,
  DirectoryRequestError,
  DirectoryValidationError,
} from '../src/index';
import { startDirectory } from './start-directory';

const directory = await startDirectory();
const { client } = directory;
afterAll(() => directory.close());

async function latestSerial(): Promise<number> {
  return (await client.log()).at(-1)?.serial ?? 0;
}

async function rejection(promise: Promise<unknown>): Promise<DirectoryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DirectoryError);
  return error as DirectoryError;
}

describe('createDirectoryClient against the emulated directory', () => {
  it('pings', async () => {
    expect(await client.ping()).toBe('pong');
  });

  it('creates, then updates sparsely, keeping untouched keys', async () => {
    const [created] = await client.apply([
      {
        __type__: 'virtualmachine',
        name: 'web00',
        resource_group: directory.project,
        memory: 1024,
        classes: ['role::web'],
      },
    ]);
    expect(created).toMatchObject({ __type__: 'virtualmachine', name: 'web00', cores: 1, memory: 1024 });
    const [updated] = await client.apply([{ __type__: 'virtualmachine', name: 'web00', cores: 4 }]);
    expect(updated).toMatchObject({ cores: 4, memory: 1024, classes: ['role::web'] });
    expect((updated as { creation_date: unknown }).creation_date).toBeInstanceOf(Date);
  });

  it('rolls the whole batch back when its last record is invalid', async () => {
    const before = await client.query('virtualmachine');
    const serial = await latestSerial();
    const error = await rejection(
      client.apply([
        { __type__: 'virtualmachine', name: 'web00', cores: 2 },
        { __type__: 'resourcegroup', name: 'staging', parent: directory.project },
        { __type__: 'virtualmachine', name: 'web01', resource_group: directory.project, cores: 9 },
      ]),
    );
    expect(error).toBeInstanceOf(DirectoryFaultError);
    expect(error.code).toBe('FC_FAULT');
    expect(error.message).toContain(
      "record 2 (virtualmachine name='web01'): 'cores' must be between 1 and 8, got 9",
    );
    expect(await client.query('virtualmachine')).toEqual(before);
    expect(await client.query('resourcegroup', { name: 'staging' })).toEqual([]);
    const [entry] = await client.log(serial);
    expect(entry).toMatchObject({
      method: 'apply',
      result: null,
      exception: expect.stringContaining("'cores'"),
    });
  });

  it('deletes: missing records are no error, VMs are scheduled and shown, permissions go at once', async () => {
    const permission = {
      __type__: 'permission',
      permission: 'login',
      resource_group: directory.project,
      uid: 'alice',
    } as const;
    await client.apply([permission]);
    expect(await client.apply([{ ...permission, __action__: 'delete' }])).toEqual([]);
    expect(await client.query('permission', { uid: 'alice' })).toEqual([]);
    expect(
      await client.apply([{ __type__: 'virtualmachine', __action__: 'delete', name: 'nothere' }]),
    ).toEqual([]);

    await client.apply([{ __type__: 'virtualmachine', name: 'old00', resource_group: directory.project }]);
    const [scheduled] = await client.apply([
      { __type__: 'virtualmachine', __action__: 'delete', name: 'old00' },
    ]);
    expect(scheduled?.__type__).toBe('virtualmachine');
    const [stillThere] = await client.query('virtualmachine', { name: 'old00' });
    expect(stillThere?.deletion?.deadline).toBeInstanceOf(Date);
    expect(stillThere?.deletion?.stages).toEqual(['soft', 'hard', 'purge']);
  });

  it('queries with exact-match filters, query-only types included', async () => {
    await client.apply([
      { __type__: 'resourcegroup', name: 'batch', parent: directory.project },
      { __type__: 'virtualmachine', name: 'job00', resource_group: 'batch', cores: 3 },
      { __type__: 'virtualmachine', name: 'job01', resource_group: 'batch', cores: 3, online: false },
    ]);
    const online = await client.query('virtualmachine', { resource_group: 'batch', online: true });
    expect(online.map((machine) => machine.name)).toEqual(['job00']);
    const [invoice] = await client.query('invoice');
    expect(invoice?.items.map((item) => item.product)).toEqual(['vm', 'backup']);
    expect(await client.query('maintenance', { machine: 'kvm00' })).toHaveLength(1);
  });

  it('reads the log: the latest 10 first, then only newer entries, args and result parsed', async () => {
    for (let index = 0; index < 11; index++) await client.ping();
    const first = await client.log();
    expect(first).toHaveLength(10);
    const last = first.at(-1)!;
    expect(last).toMatchObject({ method: 'ping', args: { args: [], kw: {} }, result: 'pong', exception: '' });
    expect(first.map((entry) => entry.serial)).toEqual(
      Array.from({ length: 10 }, (_, i) => last.serial - 9 + i),
    );
    expect(await client.log(last.serial)).toEqual([]);
    await client.query('virtualmachine', { name: 'web00' });
    const [next] = await client.log(last.serial);
    expect(next).toMatchObject({
      serial: last.serial + 1,
      method: 'query',
      args: { args: ['virtualmachine', { name: 'web00' }], kw: {} },
      result: [expect.objectContaining({ name: 'web00' })],
    });
  });
});

describe('bad input gets a clear error before anything is sent', () => {
  const cases: Array<[string, unknown, string, RegExp]> = [
    [
      'an unknown type',
      [{ __type__: 'spaceship', name: 'x' }],
      'FC_UNKNOWN_TYPE',
      /record 0: unknown __type__/,
    ],
    [
      'a query-only type',
      [{ __type__: 'invoice', customer_no: '1' }],
      'FC_QUERY_ONLY_TYPE',
      /'invoice' is query-only/,
    ],
    [
      'a missing primary key',
      [
        { __type__: 'virtualmachine', name: 'ok00' },
        { __type__: 'serviceuser', uid: 's-deploy' },
      ],
      'FC_MISSING_PRIMARY_KEY',
      /record 1 \(serviceuser uid='s-deploy'\): primary-key field 'resource_group' is missing/,
    ],
    [
      'a wrong value type',
      [{ __type__: 'virtualmachine', name: 'web00', cores: '2' }],
      'FC_INVALID_VALUE',
      /record 0 \(virtualmachine name='web00'\): 'cores' must be an integer, got string "2"/,
    ],
    [
      'a computed field',
      [{ __type__: 'virtualmachine', name: 'web00', kvm_host: 'kvm01' }],
      'FC_READ_ONLY_FIELD',
      /'kvm_host' is computed/,
    ],
    ['a missing __type__', [{ name: 'web00' }], 'FC_INVALID_RECORD', /__type__ is missing/],
    ['not an array', { __type__: 'virtualmachine', name: 'x' }, 'FC_INVALID_RECORD', /takes an array/],
  ];

  it.each(cases)('rejects %s', async (_name, records, code, message) => {
    const serial = await latestSerial();
    const error = await rejection(client.apply(records as ApplyRecord[]));
    expect(error).toBeInstanceOf(DirectoryValidationError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await client.log(serial)).toEqual([]);
  });

  it('rejects a bad query and a bad serial', async () => {
    const unknownType = await rejection(client.query('spaceship' as 'invoice'));
    expect(unknownType.code).toBe('FC_UNKNOWN_TYPE');
    const badFilter = await rejection(client.query('virtualmachine', { cores: 'many' as unknown as number }));
    expect(badFilter.message).toMatch(/query\('virtualmachine'\): filter 'cores' must be an integer/);
    const badField = await rejection(client.query('virtualmachine', { colour: 'red' } as never));
    expect(badField.code).toBe('FC_UNKNOWN_FIELD');
    expect((await rejection(client.log(-1))).code).toBe('FC_INVALID_VALUE');
  });

  it('reports refused credentials without the key', async () => {
    const wrong = createDirectoryClient({
      url: directory.url,
      project: directory.project,
      apiKey: 'not-the-key-42',
    });
    const error = await rejection(wrong.ping());
    expect(error).toBeInstanceOf(DirectoryRequestError);
    expect(error.code).toBe('FC_UNAUTHORIZED');
    expect((error as DirectoryRequestError).status).toBe(401);
    for (const text of [error.message, inspect(error, { depth: 10 }), inspect(wrong, { depth: 10 })]) {
      expect(text).not.toContain('not-the-key-42');
    }
  });

  it('refuses options that would leak or cannot work', () => {
    expect(() =>
      createDirectoryClient({ url: 'https://acme:key@api.example/v1', project: 'acme', apiKey: 'k' }),
    ).toThrow(/must not contain credentials/);
    expect(() => createDirectoryClient({ project: 'a:b', apiKey: 'k' })).toThrow(DirectoryValidationError);
    expect(() => createDirectoryClient({ project: 'acme', apiKey: '' })).toThrow(/apiKey/);
  });
});
