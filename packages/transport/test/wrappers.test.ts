import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createFixtureTransport,
  mapFault,
  reproduce,
  type SoftLayerError,
  type TransportRequest,
  withDebug,
  withRecording,
  withTiming,
} from '../src/index';

const SECRET = 'abcdefabcdefabcdefabcdef';
const request: TransportRequest = {
  service: 'SoftLayer_Account',
  method: 'getVirtualGuests',
  limit: 2,
  credentials: { type: 'apiKey', username: 'SL1', apiKey: SECRET },
};
const fixtures = createFixtureTransport({
  'Account::getVirtualGuests': [{ id: 1 }, { id: 2 }, { id: 3 }],
  'User_Customer::getPortalLoginToken': { userId: 1, hash: SECRET },
  'SoftLayer_Account::getObject': { id: 9, created: new Date('2024-01-02T03:04:05Z'), big: 2n ** 60n },
  'Account::getBroken': () => {
    throw mapFault('SoftLayer_Exception_ObjectNotFound', 'gone');
  },
});

describe('createFixtureTransport', () => {
  it('answers from the map, paging lists, and names a missing fixture', async () => {
    expect(await fixtures(request)).toMatchObject({ value: [{ id: 1 }, { id: 2 }], totalCount: 3 });
    expect((await fixtures({ service: 'SoftLayer_Account', method: 'getObject' })).value).toMatchObject({
      id: 9,
    });
    await expect(fixtures({ service: 'SoftLayer_Ticket', method: 'getObject' })).rejects.toMatchObject({
      code: 'SL_FIXTURE_MISSING',
    });
  });
});

describe('withDebug and withTiming', () => {
  it('keep the last calls with timings, redacted', async () => {
    const debug = withDebug(fixtures, { limit: 2 });
    await debug(request);
    await debug({ service: 'SoftLayer_Account', method: 'getObject' });
    await debug({ service: 'SoftLayer_Account', method: 'getBroken' }).catch(() => undefined);
    const calls = debug.lastCalls();
    expect(calls.map((call) => call.request.method)).toEqual(['getObject', 'getBroken']);
    expect(calls[1]?.error).toMatchObject({ code: 'SL_OBJECT_NOT_FOUND' });
    expect(calls.every((call) => call.durationMs >= 0)).toBe(true);
    await debug(request);
    await debug({ service: 'SoftLayer_User_Customer', method: 'getPortalLoginToken', args: ['me', SECRET] });
    expect(JSON.stringify(debug.lastCalls())).not.toContain(SECRET);
    expect(debug.lastCalls().at(-1)?.response?.value).toEqual({ userId: 1, hash: '[REDACTED]' });
    const command = reproduce(debug.lastCalls()[0]!.request, {
      endpoint: 'https://api.softlayer.com/xmlrpc/v3.1/',
    });
    expect(command).toContain('$SL_API_KEY');
    expect(command).not.toContain('[REDACTED]');
    debug.clear();
    expect(debug.lastCalls()).toEqual([]);

    const seen: string[] = [];
    const timing = withTiming(fixtures, { onTiming: (entry) => seen.push(`${entry.method}:${entry.ok}`) });
    await timing(request);
    await timing({ service: 'SoftLayer_Account', method: 'getBroken' }).catch(() => undefined);
    expect(seen).toEqual(['getVirtualGuests:true', 'getBroken:false']);
    expect(timing.takeTimings()).toHaveLength(2);
    expect(timing.takeTimings()).toHaveLength(0);
  });
});

describe('withRecording', () => {
  it('records answers and faults without credentials, then replays them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-recording-'));
    try {
      const recorder = withRecording(fixtures, { dir, mode: 'record' });
      const live = await recorder({
        service: 'SoftLayer_Account',
        method: 'getObject',
        credentials: request.credentials,
      });
      await recorder(request);
      await recorder({ service: 'SoftLayer_Account', method: 'getBroken' }).catch(() => undefined);
      expect(readdirSync(dir)).toHaveLength(3);
      for (const file of readdirSync(dir))
        expect(readFileSync(join(dir, file), 'utf8')).not.toContain(SECRET);

      const replay = withRecording(
        async () => {
          throw new Error('replay must not call the transport');
        },
        { dir, mode: 'replay' },
      );
      expect((await replay({ service: 'SoftLayer_Account', method: 'getObject' })).value).toEqual(live.value);
      expect(await replay(request)).toMatchObject({ value: [{ id: 1 }, { id: 2 }], totalCount: 3 });
      await expect(replay({ service: 'SoftLayer_Account', method: 'getBroken' })).rejects.toMatchObject({
        code: 'SL_OBJECT_NOT_FOUND',
      });
      const missing = (await replay({ ...request, limit: 3 }).catch(
        (caught: unknown) => caught,
      )) as SoftLayerError;
      expect(missing.code).toBe('SL_RECORDING_MISSING');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
