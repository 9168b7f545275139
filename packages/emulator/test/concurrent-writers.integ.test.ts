// Many clients changing the same objects at once lose no update, in memory and after a restart from --state; a
// write refused halfway leaves the account as it was.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { faultOf, restCall, xmlrpcCall } from './call-api';

const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-concurrent-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const EDITS_PER_FIELD = 25;
const ZONE_CLIENTS = 8;
const RECORDS_PER_CLIENT = 15;

/** Runs `step(0)`, `step(1)`, … one after another. */
async function inSequence(count: number, step: (index: number) => Promise<unknown>): Promise<void> {
  for (let index = 0; index < count; index++) await step(index);
}

function guestFields(emulator: Emulator, id: number) {
  const guest = emulator.state.guests.get(id);
  return { hostname: guest?.hostname, domain: guest?.domain, notes: guest?.notes };
}

describe('concurrent writers on the same objects', () => {
  it('lose no update: edits of one guest’s different fields, records added to one zone', async () => {
    const file = join(directory, 'account.json');
    const emulator = await startEmulator({ stateFile: file, guests: 5, domains: 1, rateLimit: 0 });
    const guestId = emulator.state.guests.all()[0]!.id;
    const zone = emulator.state.domains.all()[0]!;
    const recordsBefore = emulator.state.resourceRecords.filter(
      (record) => record.domainId === zone.id,
    ).length;
    const edit = (template: Record<string, string>) =>
      restCall(emulator, 'PUT', `SoftLayer_Virtual_Guest/${guestId}/editObject`, [template]).then((result) =>
        expect(result.status).toBe(200),
      );
    await Promise.all([
      inSequence(EDITS_PER_FIELD, (index) => edit({ hostname: `host-${index}` })),
      inSequence(EDITS_PER_FIELD, (index) => edit({ domain: `d${index}.example.com` })),
      inSequence(EDITS_PER_FIELD, (index) =>
        xmlrpcCall(
          emulator,
          'SoftLayer_Virtual_Guest',
          'editObject',
          { id: guestId },
          { notes: `notes-${index}` },
        ),
      ),
      ...Array.from({ length: ZONE_CLIENTS }, (_, client) =>
        inSequence(RECORDS_PER_CLIENT, (index) =>
          xmlrpcCall(
            emulator,
            'SoftLayer_Dns_Domain',
            'createARecord',
            { id: zone.id },
            `c${client}-r${index}`,
            '10.1.2.3',
            600,
          ),
        ),
      ),
    ]);
    const last = EDITS_PER_FIELD - 1;
    const expected = { hostname: `host-${last}`, domain: `d${last}.example.com`, notes: `notes-${last}` };
    const hosts = () =>
      new Set(
        emulator.state.resourceRecords
          .filter((record) => record.domainId === zone.id)
          .map((record) => record.host),
      );
    expect(guestFields(emulator, guestId)).toEqual(expected);
    const added = [...hosts()].filter((host) => /^c\d+-r\d+$/.test(host));
    expect(added).toHaveLength(ZONE_CLIENTS * RECORDS_PER_CLIENT);
    expect(emulator.state.resourceRecords.filter((record) => record.domainId === zone.id)).toHaveLength(
      recordsBefore + ZONE_CLIENTS * RECORDS_PER_CLIENT,
    );
    await emulator.close();

    const reopened = await startEmulator({ stateFile: file });
    try {
      expect(guestFields(reopened, guestId)).toEqual(expected);
      const saved = reopened.state.resourceRecords.filter((record) => /^c\d+-r\d+$/.test(record.host));
      expect(saved).toHaveLength(ZONE_CLIENTS * RECORDS_PER_CLIENT);
    } finally {
      await reopened.close();
    }
  });

  it('leave the account as it was when a write is refused halfway (createObjects with a bad third template)', async () => {
    const emulator = await startEmulator({ guests: 2, domains: 1, rateLimit: 0 });
    try {
      const zoneId = emulator.state.domains.all()[0]!.id;
      const before = JSON.stringify(emulator.state.snapshot());
      const template = (host: string, data: string) => ({
        domainId: zoneId,
        host,
        data,
        type: 'a',
        ttl: 600,
      });
      const fault = await faultOf(
        xmlrpcCall(emulator, 'SoftLayer_Dns_Domain_ResourceRecord', 'createObjects', {}, [
          template('first', '10.0.0.1'),
          template('second', '10.0.0.2'),
          template('third', 'not an address'),
        ]),
      );
      expect(fault.faultString).toContain('not a valid IPv4 address');
      expect(JSON.stringify(emulator.state.snapshot())).toBe(before);
      // The ids the refused call allocated are free again: the next record takes the first of them.
      const created = await xmlrpcCall(
        emulator,
        'SoftLayer_Dns_Domain_ResourceRecord',
        'createObject',
        {},
        template('ok', '10.0.0.9'),
      );
      expect((created.value as { id: number }).id).toBe(JSON.parse(before).nextIds.resourceRecord);
    } finally {
      await emulator.close();
    }
  });
});
