import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom } from '../data/random';
import { JOURNAL_MAGIC, scanJournal } from './journal-records';
import { JournalWriter } from './journal-writer';

const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-journal-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function newJournal(name: string): Promise<{ file: string; handle: FileHandle }> {
  const file = join(directory, name);
  const handle = await open(file, 'a');
  await handle.write(JOURNAL_MAGIC);
  return { file, handle };
}

function writerFor(handle: FileHandle, file: string): JournalWriter {
  return new JournalWriter({
    handle,
    file,
    size: JOURNAL_MAGIC.length,
    sequence: 0,
    compactBytes: Number.POSITIVE_INFINITY,
    writeSnapshot: () => Promise.resolve(),
  });
}

describe('JournalWriter', () => {
  it('makes every change durable whenever it arrives: in a burst, on a microtask, on a later turn', async () => {
    const { file, handle } = await newJournal('timings.journal');
    const writer = writerFor(handle, file);
    const random = createRandom(7);
    const waits: Array<Promise<void>> = [];
    const appendOne = (index: number) => {
      writer.append(JSON.stringify({ index }));
      waits.push(writer.whenDurable());
    };
    for (let index = 0; index < 300; index++) {
      const when = random.int(0, 2);
      if (when === 0) appendOne(index);
      else if (when === 1) queueMicrotask(() => appendOne(index));
      else await new Promise<void>((resolve) => setImmediate(() => resolve(appendOne(index))));
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    await Promise.all(waits);
    expect(waits).toHaveLength(300);
    expect(writer.flushes).toBeLessThan(300);
    expect(scanJournal(readFileSync(file), file).payloads).toHaveLength(300);
    await writer.close(); // folds the journal into the (here imaginary) snapshot
    expect(readFileSync(file)).toEqual(JOURNAL_MAGIC);
  });

  it('starts a new flush for a change appended just as the previous run ends (no change is left waiting)', async () => {
    const { file, handle } = await newJournal('gap.journal');
    const writer = writerFor(handle, file);
    const stuck = () =>
      new Promise<never>((_, reject) => {
        const timer = setTimeout(() => reject(new Error('a change was left waiting for a flush')), 5000);
        timer.unref();
      });
    for (let index = 0; index < 40; index++) {
      writer.append(JSON.stringify({ index }));
      // Append again a few microtasks after the acknowledgement, and wait at once (as the gateway does): one of
      // these lands where the run is ending.
      const again = await writer.whenDurable().then(async () => {
        for (let tick = 0; tick < index % 10; tick++) await null;
        writer.append(JSON.stringify({ index, again: true }));
        return { durable: writer.whenDurable() };
      });
      await Promise.race([again.durable, stuck()]);
    }
    await writer.close();
  });

  it('acknowledges nothing after a failed write: that change and every later one are refused', async () => {
    const { file, handle } = await newJournal('failing.journal');
    const failing = Object.assign(Object.create(handle) as FileHandle, {
      write: () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })),
      close: () => handle.close(),
    });
    const writer = writerFor(failing, file);
    writer.append('{"a":1}');
    await expect(writer.whenDurable()).rejects.toMatchObject({
      name: 'EmulatorError',
      code: 'EMULATOR_STATE_WRITE_FAILED',
      cause: { code: 'ENOSPC' },
    });
    writer.append('{"b":2}');
    await expect(writer.whenDurable()).rejects.toMatchObject({ code: 'EMULATOR_STATE_WRITE_FAILED' });
    await expect(writer.close()).rejects.toMatchObject({ code: 'EMULATOR_STATE_WRITE_FAILED' });
  });
});
