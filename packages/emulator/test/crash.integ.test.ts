// `sl-emulator --state FILE` promises that an acknowledged write survives any crash. Concurrent writers (SSH keys over
// XML-RPC, guest edits and DNS records over REST) run against the command in a child process, which gets SIGKILL at
// a seeded random moment; after a restart every acknowledged write must be there. The journal is kept small so
// that it is also folded into the state file while the writers run.
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeMethodResponse, encodeMethodCall } from '@sl/xmlrpc-codec';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom } from '../src/data/random';
import { journalFileOf } from '../src/persistence/durable-state';
import { type CliEndpoint, type CliProcess, endpointOf, startCli } from './cli-process';

const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-crash-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const ROUNDS = 3;
/** Each request gives up after this long (a killed server refuses at once; this only bounds the test). */
const REQUEST_TIMEOUT_MS = 10_000;

function sshKey(label: string): string {
  return `ssh-ed25519 ${Buffer.from(`crash test ${label}`).toString('base64')} ${label}@crash`;
}

async function rest(endpoint: CliEndpoint, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${endpoint.restUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: endpoint.authorization },
    ...(body === undefined ? {} : { body: JSON.stringify({ parameters: body }) }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const parsed: unknown = await response.json();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(parsed)}`);
  return parsed;
}

async function createSshKeyOverXmlRpc(endpoint: CliEndpoint, label: string): Promise<void> {
  const body = encodeMethodCall('createObject', [
    { headers: { authenticate: { username: endpoint.username, apiKey: endpoint.apiKey } } },
    { label, key: sshKey(label) },
  ]);
  const response = await fetch(`${endpoint.xmlrpcUrl}SoftLayer_Security_Ssh_Key`, {
    method: 'POST',
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  decodeMethodResponse(await response.text()); // throws on a fault
}

/** What the writers were told was done, and what they sent without an answer. */
interface Acknowledged {
  sshKeys: string[];
  records: string[];
  /** Per guest: the last notes acknowledged, and the notes in flight when the server died. */
  notes: Map<number, { acknowledged?: string; inFlight?: string }>;
}

/** Resolves on the first acknowledged write of a round (the kill timer starts there, however slow the machine). */
let firstAcknowledged: () => void = () => undefined;

/** Runs `write(n)` for n = 0, 1, … until one fails (the server is gone); returns the acknowledged results. */
async function writeUntilFailure<T>(write: (n: number) => Promise<T>): Promise<T[]> {
  const done: T[] = [];
  for (let n = 0; n < 100_000; n++) {
    try {
      done.push(await write(n));
      firstAcknowledged();
    } catch {
      return done;
    }
  }
  return done;
}

async function runWriters(
  endpoint: CliEndpoint,
  round: number,
  guestIds: readonly number[],
  zoneId: number,
): Promise<Acknowledged> {
  const notes: Acknowledged['notes'] = new Map(guestIds.map((id) => [id, {}]));
  const keyWriters = [0, 1].map((writer) =>
    writeUntilFailure(async (n) => {
      const label = `r${round}-key${writer}-${n}`;
      await createSshKeyOverXmlRpc(endpoint, label);
      return label;
    }),
  );
  const recordWriters = [0, 1].map((writer) =>
    writeUntilFailure(async (n) => {
      const host = `r${round}-host${writer}-${n}`;
      await rest(endpoint, 'SoftLayer_Dns_Domain_ResourceRecord/createObject.json', [
        { domainId: zoneId, host, data: '10.0.0.1', type: 'a', ttl: 900 },
      ]);
      return host;
    }),
  );
  const guestEditors = guestIds.map((id) =>
    writeUntilFailure(async (n) => {
      const text = `r${round}-notes-${n}`;
      const seen = notes.get(id) as { acknowledged?: string; inFlight?: string };
      seen.inFlight = text;
      await rest(endpoint, `SoftLayer_Virtual_Guest/${id}/editObject.json`, [{ notes: text }]);
      seen.acknowledged = text;
      delete seen.inFlight;
    }),
  );
  const [keys, records] = await Promise.all([
    Promise.all(keyWriters),
    Promise.all(recordWriters),
    Promise.all(guestEditors),
  ]);
  return { sshKeys: keys.flat(), records: records.flat(), notes };
}

const ARGUMENTS = [
  '--guests',
  '4',
  '--domains',
  '1',
  '--rate-limit',
  '0',
  '--journal-compact-bytes',
  '65536',
];

async function start(file: string): Promise<{ cli: CliProcess; endpoint: CliEndpoint; printed: string }> {
  const cli = startCli([...ARGUMENTS, '--state', file]);
  const printed = await cli.ready;
  if (!printed.includes('Press Ctrl+C')) throw new Error(`sl-emulator did not start: ${cli.output().stderr}`);
  return { cli, endpoint: endpointOf(printed), printed };
}

describe('sl-emulator --state survives SIGKILL', () => {
  it('keeps every acknowledged write of concurrent writers across kill -9 and restart, round after round', async () => {
    const file = join(directory, 'crash.json');
    const random = createRandom(20261206);
    let server = await start(file);
    const guestIds = (
      (await rest(server.endpoint, 'SoftLayer_Account/getVirtualGuests.json')) as Array<{ id: number }>
    )
      .slice(0, 2)
      .map((guest) => guest.id);
    const zoneId = (
      (await rest(server.endpoint, 'SoftLayer_Account/getDomains.json')) as Array<{ id: number }>
    )[0]!.id;
    const totals = { acknowledged: 0, survived: 0 };
    for (let round = 1; round <= ROUNDS; round++) {
      const killAfterMs = random.int(300, 1200);
      const started = new Promise<void>((resolve) => {
        firstAcknowledged = resolve;
      });
      const writing = runWriters(server.endpoint, round, guestIds, zoneId);
      await started;
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      server.cli.child.kill('SIGKILL');
      const acknowledged = await writing;
      expect(await server.cli.exited).toBe('SIGKILL');

      server = await start(file);
      expect(server.printed).toMatch(/state file: .*journaled change/);
      const keys = new Set(
        ((await rest(server.endpoint, 'SoftLayer_Account/getSshKeys.json')) as Array<{ label: string }>).map(
          (key) => key.label,
        ),
      );
      const hosts = new Set(
        (
          (await rest(server.endpoint, `SoftLayer_Dns_Domain/${zoneId}/getResourceRecords.json`)) as Array<{
            host: string;
          }>
        ).map((record) => record.host),
      );
      const lostKeys = acknowledged.sshKeys.filter((label) => !keys.has(label));
      const lostRecords = acknowledged.records.filter((host) => !hosts.has(host));
      expect({ round, lostKeys, lostRecords }).toEqual({ round, lostKeys: [], lostRecords: [] });
      let edits = 0;
      for (const [id, seen] of acknowledged.notes) {
        if (seen.acknowledged === undefined) continue;
        edits++;
        const guest = (await rest(
          server.endpoint,
          `SoftLayer_Virtual_Guest/${id}.json?objectMask=mask[notes]`,
        )) as {
          notes: string;
        };
        // The acknowledged edit, or the one in flight at the kill (which may or may not have been written).
        expect([seen.acknowledged, seen.inFlight]).toContain(guest.notes);
      }
      const count = acknowledged.sshKeys.length + acknowledged.records.length + edits;
      expect(acknowledged.sshKeys.length).toBeGreaterThan(0);
      totals.acknowledged += count;
      totals.survived += count - lostKeys.length - lostRecords.length;
      console.info(
        `crash round ${round}: killed ${killAfterMs} ms after the first acknowledgement; acknowledged ${acknowledged.sshKeys.length} SSH keys, ${acknowledged.records.length} DNS records, the last edit of ${edits} guests; all survived`,
      );
    }
    console.info(
      `crash test: ${totals.acknowledged} acknowledged writes checked, ${totals.survived} survived`,
    );
    server.cli.child.kill('SIGTERM');
    expect(await server.cli.exited).toBe(0);
  }, 120_000);

  it('drops a torn last journal record (a crash mid-append) and loads the rest', async () => {
    const file = join(directory, 'torn.json');
    let server = await start(file);
    const labels = Array.from({ length: 5 }, (_, index) => `torn-${index}`);
    for (const label of labels) await createSshKeyOverXmlRpc(server.endpoint, label);
    server.cli.child.kill('SIGKILL');
    await server.cli.exited;

    // Cut the last record (the fifth key) in half, as a crash in the middle of its append would.
    const journal = journalFileOf(file);
    const lastRecordBytes =
      readFileSync(journal).length - readFileSync(journal).lastIndexOf('{"sequence"') + 12;
    truncateSync(journal, statSync(journal).size - Math.floor(lastRecordBytes / 2));

    server = await start(file);
    expect(server.printed).toMatch(/4 journaled changes replayed; a torn last record of \d+ bytes dropped/);
    const keys = (
      (await rest(server.endpoint, 'SoftLayer_Account/getSshKeys.json')) as Array<{ label: string }>
    ).map((key) => key.label);
    expect(keys).toEqual(expect.arrayContaining(labels.slice(0, 4)));
    expect(keys).not.toContain('torn-4');
    // The account goes on: a new write after the torn record is kept.
    await createSshKeyOverXmlRpc(server.endpoint, 'after-torn');
    server.cli.child.kill('SIGTERM');
    expect(await server.cli.exited).toBe(0);
    server = await start(file);
    const after = (
      (await rest(server.endpoint, 'SoftLayer_Account/getSshKeys.json')) as Array<{ label: string }>
    ).map((key) => key.label);
    expect(after).toEqual(expect.arrayContaining([...labels.slice(0, 4), 'after-torn']));
    server.cli.child.kill('SIGTERM');
    expect(await server.cli.exited).toBe(0);
  }, 60_000);
});
