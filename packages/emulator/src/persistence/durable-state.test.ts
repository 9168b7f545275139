import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateAccount } from '../data/generate-account';
import { startEmulator } from '../start-emulator';
import { type DurableState, journalFileOf, openDurableState } from './durable-state';
import { encodeRecord, JOURNAL_MAGIC } from './journal-records';

const root = mkdtempSync(join(tmpdir(), 'sl-emulator-durable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let directories = 0;

function newFile(): string {
  const directory = join(root, String(++directories));
  mkdirSync(directory);
  return join(directory, 'state.json');
}

const generate = () => generateAccount({ guests: 4, domains: 1, now: Date.UTC(2026, 0, 1) });

/** What a crash right now would leave: a copy of the state file and its journal as they are on disk. */
function copyOfDisk(file: string): string {
  const copy = newFile();
  cpSync(file, copy);
  cpSync(journalFileOf(file), journalFileOf(copy));
  return copy;
}

function addKey(durable: DurableState, label: string): number {
  const { state } = durable;
  return state.mutate(() => {
    const id = state.allocateId('sshKey');
    state.sshKeys.insert({
      id,
      label,
      key: 'ssh-ed25519 AAAA',
      fingerprint: label,
      createdAt: 0,
      modifiedAt: 0,
    });
    return id;
  });
}

describe('openDurableState', () => {
  it('has every change on disk once whenDurable resolves, before any snapshot is written', async () => {
    const file = newFile();
    const durable = await openDurableState(file, generate);
    const guest = durable.state.guests.all()[0]!;
    durable.state.mutate(() => {
      guest.notes = 'journaled';
    });
    const id = addKey(durable, 'journaled-key');
    await durable.whenDurable();
    const crashed = await openDurableState(copyOfDisk(file), generate);
    expect(crashed.recovery).toEqual({ replayed: 2, droppedBytes: 0 });
    expect(crashed.state.guests.get(guest.id)?.notes).toBe('journaled');
    expect(crashed.state.sshKeys.get(id)?.label).toBe('journaled-key');
    expect(crashed.state.nextIds.sshKey).toBe(id + 1);
    await crashed.close();
    await durable.close();
  });

  it('writes the changes that arrive together with one flush (group commit)', async () => {
    const file = newFile();
    const durable = await openDurableState(file, generate);
    for (let index = 0; index < 50; index++) addKey(durable, `group-${index}`);
    await durable.whenDurable();
    expect(durable.flushes).toBe(1);
    const crashed = await openDurableState(copyOfDisk(file), generate);
    expect(crashed.recovery.replayed).toBe(50);
    await crashed.close();
    await durable.close();
  });

  it('folds the journal into the state file past the size limit and on close', async () => {
    const file = newFile();
    const durable = await openDurableState(file, generate, { compactBytes: 1 });
    const id = addKey(durable, 'compacted');
    await durable.whenDurable();
    await vi.waitFor(() => expect(statSync(journalFileOf(file)).size).toBe(JOURNAL_MAGIC.length));
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      journalSequence: number;
      sshKeys: Array<{ id: number }>;
    };
    expect(saved.journalSequence).toBe(1);
    expect(saved.sshKeys.map((key) => key.id)).toContain(id);
    addKey(durable, 'on-close');
    await durable.close();
    expect(statSync(journalFileOf(file)).size).toBe(JOURNAL_MAGIC.length);
    expect(readFileSync(file, 'utf8')).toContain('on-close');
  });

  it('skips journal records the state file already holds (a crash between compaction and truncation)', async () => {
    const file = newFile();
    const durable = await openDurableState(file, generate);
    addKey(durable, 'once');
    await durable.whenDurable();
    const journal = readFileSync(journalFileOf(file));
    await durable.close(); // the state file now holds change 1; put the old journal back
    writeFileSync(journalFileOf(file), journal);
    const reopened = await openDurableState(file, generate);
    expect(reopened.recovery.replayed).toBe(0);
    expect(reopened.state.sshKeys.all().filter((key) => key.label === 'once')).toHaveLength(1);
    await reopened.close();
  });

  it('refuses a journal damaged before its end, with a typed error naming the record', async () => {
    const file = newFile();
    const durable = await openDurableState(file, generate);
    addKey(durable, 'first');
    await durable.whenDurable();
    addKey(durable, 'second');
    await durable.whenDurable();
    const copy = copyOfDisk(file);
    await durable.close();
    const journal = readFileSync(journalFileOf(copy));
    journal.fill('#', JOURNAL_MAGIC.length + 20, JOURNAL_MAGIC.length + 22); // garbled inside record 1
    writeFileSync(journalFileOf(copy), journal);
    await expect(startEmulator({ stateFile: copy })).rejects.toMatchObject({
      name: 'EmulatorError',
      code: 'EMULATOR_JOURNAL_CORRUPT',
      message: expect.stringContaining('record 1 at byte 8'),
    });
  });

  it('refuses a journal whose state file is missing', async () => {
    const file = newFile();
    writeFileSync(
      journalFileOf(file),
      Buffer.concat([JOURNAL_MAGIC, encodeRecord('{"sequence":1,"change":{"tables":{}}}')]),
    );
    await expect(openDurableState(file, generate)).rejects.toMatchObject({ code: 'EMULATOR_STATE_INVALID' });
  });

  it('loads a state file written before the journal (version 1, no journalSequence)', async () => {
    const file = newFile();
    const old = generate();
    writeFileSync(file, JSON.stringify({ ...old, companyName: 'Written by an older emulator' }));
    const emulator = await startEmulator({ stateFile: file });
    try {
      expect(emulator.state.companyName).toBe('Written by an older emulator');
      expect(emulator.state.guests.size).toBe(4);
      expect(emulator.recovery).toEqual({ replayed: 0, droppedBytes: 0 });
    } finally {
      await emulator.close();
    }
  });
});
