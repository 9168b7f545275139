import type { XmlRpcDecoded, XmlRpcValue } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomSource } from './random-source';
import { type DirectoryServer, startDirectory } from './start-directory';

// Generated batches, valid and invalid mixed, against the server side: a batch that faults changes nothing; one
// that succeeds leaves every field it set as its last record for that resource said.

const PROJECT = 'acme';
let directory: DirectoryServer;

beforeAll(async () => {
  directory = await startDirectory({
    project: PROJECT,
    apiKey: 'key-0123456789',
    now: () => Date.UTC(2026, 10, 23),
  });
});

afterAll(() => directory.close());

async function call(
  method: string,
  ...params: XmlRpcValue[]
): Promise<{ value?: XmlRpcDecoded; fault?: string }> {
  try {
    return { value: await directory.call(method, ...params) };
  } catch (error) {
    return { fault: (error as Error).message };
  }
}

const random = randomSource(463);
/** Mostly valid choices; `bad` about one time in 20. */
const either = <T>(good: readonly T[], bad: T): T => (random.next() < 0.05 ? bad : random.pick(good));
const group = () => either([PROJECT, PROJECT, 'g1', 'g2'], 'missing');

function generateRecord(): Record<string, XmlRpcValue> {
  const remove = random.next() < 0.2;
  const action = remove ? { __action__: 'delete' } : {};
  switch (random.pick(['vm', 'vm', 'vm', 'group', 'group', 'user', 'permission', 'junk'])) {
    case 'vm':
      return {
        __type__: 'virtualmachine',
        name: random.pick(['v1', 'v2', 'v3']),
        ...action,
        ...(remove
          ? {}
          : {
              resource_group: group(),
              cores: either([1, 2, 8], 9),
              ...(random.next() < 0.5 ? { memory: either([512, 1024], 4096) } : {}),
            }),
      };
    case 'group':
      return {
        __type__: 'resourcegroup',
        name: either(['g1', 'g2'], PROJECT),
        ...action,
        ...(remove ? {} : { parent: either([PROJECT], 'missing'), production: random.next() < 0.5 }),
      };
    case 'user':
      return {
        __type__: 'serviceuser',
        uid: random.pick(['s-a', 's-b']),
        resource_group: group(),
        ...action,
        ...(remove ? {} : { description: random.pick(['one', 'two']) }),
      };
    case 'permission':
      return {
        __type__: 'permission',
        permission: either(['login', 'stats'], 'root'),
        resource_group: group(),
        uid: 'alice',
        ...action,
      };
    default:
      return random.next() < 0.5
        ? { __type__: 'virtualmachine', name: 'v1', online: random.next() < 0.5 }
        : random.pick([
            { __type__: 'invoice', customer_no: '1' },
            { __type__: 'virtualmachine' },
            { name: 'x' },
          ]);
  }
}

const SETTABLE = ['resourcegroup', 'serviceuser', 'permission', 'virtualmachine'];
const PRIMARY_KEYS: Record<string, string[]> = {
  resourcegroup: ['name'],
  serviceuser: ['uid', 'resource_group'],
  permission: ['permission', 'resource_group', 'uid'],
  virtualmachine: ['name'],
};
const keyOf = (record: Record<string, unknown>) =>
  JSON.stringify([
    record.__type__,
    ...(PRIMARY_KEYS[record.__type__ as string] ?? []).map((field) => record[field]),
  ]);

async function snapshot(): Promise<XmlRpcDecoded[]> {
  return Promise.all(SETTABLE.map(async (type) => (await call('query', type)).value ?? null));
}

it('applies 150 generated batches all or nothing', async () => {
  let faults = 0;
  for (let run = 0; run < 150; run++) {
    const batch = Array.from({ length: 1 + Math.floor(random.next() * 4) }, generateRecord);
    const before = await snapshot();
    const { fault } = await call('apply', batch);
    const after = await snapshot();
    if (fault !== undefined) {
      faults++;
      expect(after, `batch ${run} faulted (${fault}) but changed the directory`).toEqual(before);
      continue;
    }
    const expected = new Map<string, Record<string, XmlRpcValue>>();
    for (const record of batch) {
      const key = keyOf(record);
      if (record.__action__ === 'delete') expected.delete(key);
      else expected.set(key, { ...expected.get(key), ...record });
    }
    const rows = (after as Array<Array<Record<string, XmlRpcValue>>>).flat();
    for (const [key, fields] of expected) {
      expect(
        rows.find((row) => keyOf(row) === key),
        `batch ${run}: ${key}`,
      ).toMatchObject(fields);
    }
  }
  // Both outcomes must be well represented for the test to mean anything.
  expect(faults).toBeGreaterThan(20);
  expect(faults).toBeLessThan(130);
});
