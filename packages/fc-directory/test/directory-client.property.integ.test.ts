import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createDirectoryClient,
  type DirectoryClient,
  DirectoryError,
  DirectoryValidationError,
} from '../src/index';
import { startDirectory } from './start-directory';

const directory = await startDirectory();
const { client } = directory;
afterAll(() => directory.close());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
}

/** Everything an error could show: message, stack, `inspect` with its whole `cause` chain. */
function everythingShown(error: unknown): string {
  return `${String(error)}\n${(error as Error).stack ?? ''}\n${inspect(error, { depth: null, showHidden: true })}`;
}

/** Keys long and random enough that finding one in a message cannot be chance. */
const apiKeys = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'.split('')),
  minLength: 16,
  maxLength: 40,
});

/** Text that survives XML-RPC both ways: printable ASCII (with XML's special characters) and some Unicode. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'äöü✓€ 日本'.split('')),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 16,
});

/** Sparse changes the emulator accepts for a virtual machine (its ranges and patterns included). */
const vmChanges = fc.record(
  {
    location: fc.constantFrom('rzob', 'whq'),
    classes: fc.array(text, { maxLength: 3 }),
    environment_class: fc.constantFrom('Puppet', 'NixOS'),
    environment: text,
    cores: fc.integer({ min: 1, max: 8 }),
    memory: fc.integer({ min: 256, max: 3072 }),
    disk: fc.integer({ min: 10, max: 1000 }),
    rbd_pool: fc.constantFrom('rbd.hdd', 'rbd.ssd'),
    online: fc.boolean(),
    frontend_ips_v4: fc.integer({ min: 0, max: 3 }),
    frontend_ips_v6: fc.integer({ min: 0, max: 100 }),
    production: fc.boolean(),
  },
  { requiredKeys: [] },
);

const timeOfDay = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);

/** Sparse changes the emulator accepts for a resource group; dates in whole seconds, as XML-RPC carries them. */
const groupChanges = fc.record(
  {
    production: fc.boolean(),
    in_maintenance: fc.boolean(),
    maintenance_start: timeOfDay,
    maintenance_end: timeOfDay,
    maintenance_until: fc.option(
      fc
        .integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2099, 0, 1) / 1000 })
        .map((s) => new Date(s * 1000)),
      { nil: null },
    ),
    notification_leadtime: fc.integer({ min: 0, max: 720 }),
    technical_contacts: fc.array(text, { maxLength: 3 }),
    timezone: fc.constantFrom('Europe/Berlin', 'UTC', 'America/New_York', 'Asia/Tokyo'),
  },
  { requiredKeys: [] },
);

describe('createDirectoryClient against the emulated directory (properties)', () => {
  it('a sparse apply changes exactly the fields it names and keeps every other key', async () => {
    let serial = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ type: fc.constant('virtualmachine' as const), first: vmChanges, second: vmChanges }),
          fc.record({
            type: fc.constant('resourcegroup' as const),
            first: groupChanges,
            second: groupChanges,
          }),
        ),
        async ({ type, first, second }) => {
          serial += 1;
          const [created] =
            type === 'virtualmachine'
              ? await client.apply([
                  { __type__: type, name: `prop${serial}`, resource_group: directory.project, ...first },
                ])
              : await client.apply([
                  { __type__: type, name: `prop-${serial}`, parent: directory.project, ...first },
                ]);
          expect(created).toMatchObject(first);
          const key = { __type__: type, name: (created as { name: string }).name };
          const [updated] = await client.apply([
            { ...key, ...second } as Parameters<DirectoryClient['apply']>[0][0],
          ]);
          expect(updated).toEqual({ ...created, ...second });
          expect(await client.query(type, { name: key.name })).toEqual([updated]);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('errors never show the API key: bad input, and wrong keys the server refuses', async () => {
    const junk = fc.oneof(
      fc.anything({ maxDepth: 2, withDate: true, withSparseArray: true, withNullPrototype: true }),
      fc.array(
        fc.dictionary(fc.constantFrom('__type__', 'name', 'cores', 'memory'), fc.anything({ maxDepth: 1 })),
      ),
    );
    await fc.assert(
      fc.asyncProperty(apiKeys, junk, fc.string({ maxLength: 12 }), async (apiKey, records, type) => {
        // The real key for bad input (found before sending), a random one for what the server refuses.
        const keyed = createDirectoryClient({ url: directory.url, project: directory.project, apiKey });
        const errors = [
          await rejection(client.apply(records as never)),
          await rejection(client.query(type as never, records as never)),
          await rejection(keyed.ping()),
        ];
        expect(errors[2]).toMatchObject({ code: 'FC_UNAUTHORIZED' });
        const secrets = [
          directory.apiKey,
          apiKey,
          Buffer.from(`${directory.project}:${apiKey}`).toString('base64'),
          Buffer.from(`${directory.project}:${directory.apiKey}`).toString('base64'),
        ];
        for (const error of errors) {
          if (error === undefined) continue;
          expect(error).toBeInstanceOf(DirectoryError);
          const shown = everythingShown(error);
          for (const secret of secrets) expect(shown).not.toContain(secret);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('a hole in the records is refused before sending, like any record that is not an object', async () => {
    const sparse: unknown[] = [{ __type__: 'virtualmachine', name: 'web00' }];
    sparse[2] = { __type__: 'virtualmachine', name: 'web01' };
    const error = await rejection(client.apply(sparse as never));
    expect(error).toBeInstanceOf(DirectoryValidationError);
    expect(error).toMatchObject({ code: 'FC_INVALID_RECORD', index: 1 });
  });
});
