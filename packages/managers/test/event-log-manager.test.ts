import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventLogManager } from '../src/event-log-manager';
import { SshKeyManager } from '../src/ssh-key-manager';
import { expectReferenceCalls, recordingClient, startTestEmulator } from './support';

// Recorded from the reference (softlayer 6.1.4, managers/event_log.py) with a recording transport.
const ALL_CRITERIA_FILTER = {
  eventCreateDate: {
    operation: 'betweenDate',
    options: [
      { name: 'startDate', value: ['2026-01-15T00:00:00.000000-06:00'] },
      { name: 'endDate', value: ['2026-02-01T00:00:00.000000-06:00'] },
    ],
  },
  eventName: { operation: 'Create' },
  objectId: { operation: 42 },
  objectName: { operation: 'Virtual Guest' },
};

describe('EventLogManager asks what the reference asks', () => {
  it('buildFilter makes the reference filters', () => {
    expect(
      EventLogManager.buildFilter({
        dateMin: '01/15/2026',
        dateMax: '02/01/2026',
        eventName: 'Create',
        objectId: 42,
        objectType: 'Virtual Guest',
        utcOffset: '-0600',
      }),
    ).toEqual(ALL_CRITERIA_FILTER);
    expect(EventLogManager.buildFilter({ dateMin: '01/15/2026' })).toEqual({
      eventCreateDate: {
        operation: 'greaterThanDate',
        options: [{ name: 'date', value: ['2026-01-15T00:00:00.000000+00:00'] }],
      },
    });
    expect(EventLogManager.buildFilter({ dateMax: '01/15/2026' })).toEqual({
      eventCreateDate: {
        operation: 'lessThanDate',
        options: [{ name: 'date', value: ['2026-01-15T00:00:00.000000+00:00'] }],
      },
    });
    expect(EventLogManager.buildFilter()).toEqual({});
  });

  it('getEventLogs (one page), iterEventLogs (every page, 20 a page) and getEventLogTypes', async () => {
    const { client, calls } = recordingClient({ 'Event_Log::getAllEventObjectNames': ['Virtual Guest'] });
    const events = new EventLogManager(client);
    await events.getEventLogs({ filter: ALL_CRITERIA_FILTER, pageSize: 5 });
    expectReferenceCalls(calls.splice(0), [
      { service: 'SoftLayer_Event_Log', method: 'getAllObjects', filter: ALL_CRITERIA_FILTER, limit: 5 },
    ]);
    for await (const _event of events.iterEventLogs()) break;
    expectReferenceCalls(calls.splice(0), [
      { service: 'SoftLayer_Event_Log', method: 'getAllObjects', limit: 20 },
    ]);
    // No `orderBy id` is added for stable pages: events have no id (the reference pages the same way).
    expect(calls).toEqual([]);
    expect(await events.getEventLogTypes()).toEqual(['Virtual Guest']);
    expectReferenceCalls(calls, [{ service: 'SoftLayer_Event_Log', method: 'getAllEventObjectNames' }]);
  });

  it('refuses bad criteria before sending anything', async () => {
    const { client, calls } = recordingClient();
    expect(() => EventLogManager.buildFilter({ objectId: -1 })).toThrow(/objectId/);
    expect(() => EventLogManager.buildFilter({ eventName: '' })).toThrow(/eventName/);
    await expect(new EventLogManager(client).getEventLogs({ pageSize: 0 })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    expect(calls).toEqual([]);
  });
});

describe('EventLogManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('finds the events of a change by name, object and date, newest first', async () => {
    const key = await new SshKeyManager(setup.client).addKey(
      'ssh-ed25519 AAAAevents events@example.com',
      'events',
    );
    const events = new EventLogManager(setup.client);
    const types = await events.getEventLogTypes();
    const created = await events.getEventLogs({
      filter: EventLogManager.buildFilter({ eventName: 'Create', objectId: key.id! }),
    });
    expect(created.length).toBe(1);
    expect(types).toContain(created[0]!.objectName);
    const today = new Date();
    const day = (date: Date) =>
      `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}`;
    const yesterday = day(new Date(today.getTime() - 86_400_000));
    const since = await events.getEventLogs({
      filter: EventLogManager.buildFilter({ dateMin: yesterday, objectId: key.id! }),
    });
    expect(since.map((event) => event.objectId)).toEqual([key.id]);
    const before = await events.getEventLogs({
      filter: EventLogManager.buildFilter({ dateMax: yesterday, objectId: key.id! }),
    });
    expect(before).toEqual([]);
    const walked: string[] = [];
    for await (const event of events.iterEventLogs({ pageSize: 2 })) walked.push(event.eventName ?? '');
    expect(walked.length).toBeGreaterThanOrEqual(1);
  });
});
