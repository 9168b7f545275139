// Image template locations and exports over XML-RPC: getStorageLocations, addLocations, removeLocations (the
// image's datacenters relation follows), copyToIcos and copyToExternalSource, and their faults.
import type { XmlRpcValue } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { xmlrpcCall as call, faultOf as fault } from './call-api';

let emulator: Emulator;
const TYPE = 'SoftLayer_Virtual_Guest_Block_Device_Template_Group';
const PRIVATE = 5000009;
const PUBLIC = 5000001;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: 0 });
});
afterAll(async () => {
  await emulator.close();
});

async function run(method: string, id: number, ...args: XmlRpcValue[]): Promise<unknown> {
  return (await call(emulator, TYPE, method, { id }, ...args)).value;
}

async function datacenterNames(id: number): Promise<string[]> {
  const locations = (await run('getDatacenters', id)) as { name: string }[];
  return locations.map((location) => location.name).sort();
}

async function location(name: string): Promise<XmlRpcValue> {
  const all = (await run('getStorageLocations', PRIVATE)) as { id: number; name: string }[];
  const found = all.find((candidate) => candidate.name === name);
  expect(found).toBeDefined();
  return found as unknown as XmlRpcValue;
}

it('adds and removes locations: the datacenters relation follows', async () => {
  const before = await datacenterNames(PRIVATE);
  expect(await run('addLocations', PRIVATE, [await location('dal13'), await location('ams03')])).toBe(true);
  expect(await datacenterNames(PRIVATE)).toEqual([...new Set([...before, 'dal13', 'ams03'])].sort());
  expect(await run('removeLocations', PRIVATE, [await location('dal13')])).toBe(true);
  expect(await datacenterNames(PRIVATE)).toEqual([...new Set([...before, 'ams03'])].sort());
  expect(await run('removeLocations', PRIVATE, [await location('ams03')])).toBe(true);
  expect(await datacenterNames(PRIVATE)).toEqual(before);
});

it('refuses unknown locations, public images and removing the last location', async () => {
  expect((await fault(run('addLocations', PRIVATE, [{ id: 42 }]))).faultCode).toBe(
    'SoftLayer_Exception_InvalidValue',
  );
  expect((await fault(run('addLocations', PRIVATE, []))).faultCode).toBe(
    'SoftLayer_Exception_MissingParameter',
  );
  const publicFault = await fault(run('addLocations', PUBLIC, [await location('dal13')]));
  expect(publicFault.faultString).toMatch(/public image/);
  const all = (await run('getDatacenters', PRIVATE)) as XmlRpcValue[];
  expect((await fault(run('removeLocations', PRIVATE, all))).faultString).toMatch(/at least one location/);
});

it('exports to cos:// with an API key and to swift://, refusing bad URIs and public images', async () => {
  expect(await run('copyToIcos', PRIVATE, { uri: 'cos://us-south/bucket/db.vhd', ibmApiKey: 'key' })).toBe(
    true,
  );
  expect(await run('copyToExternalSource', PRIVATE, { uri: 'swift://acct@dal05/cont/db.vhd' })).toBe(true);
  expect(
    (await fault(run('copyToIcos', PRIVATE, { uri: 'cos://us-south/bucket/db.vhd' }))).faultString,
  ).toMatch(/API key/);
  expect(
    (await fault(run('copyToIcos', PRIVATE, { uri: 'swift://a@b/c/d', ibmApiKey: 'k' }))).faultCode,
  ).toBe('SoftLayer_Exception_InvalidValue');
  expect((await fault(run('copyToExternalSource', PRIVATE, { uri: 'swift://bad' }))).faultCode).toBe(
    'SoftLayer_Exception_InvalidValue',
  );
  expect((await fault(run('copyToExternalSource', PUBLIC, { uri: 'swift://a@b/c/d' }))).faultString).toMatch(
    /public image/,
  );
});
