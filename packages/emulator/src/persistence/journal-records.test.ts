import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmulatorError } from '../errors';
import { encodeRecord, JOURNAL_MAGIC, scanJournal } from './journal-records';

function journalOf(payloads: readonly string[]): Buffer {
  return Buffer.concat([JOURNAL_MAGIC, ...payloads.map(encodeRecord)]);
}

const payloadsArbitrary = fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), {
  minLength: 1,
  maxLength: 8,
});

/** Garbles one byte, as a bad disk would. */
function flipByte(bytes: Buffer, index: number): void {
  bytes.writeUInt8(bytes.readUInt8(index) ^ 0xff, index);
}

describe('the journal records', () => {
  it('read back every payload written', () => {
    fc.assert(
      fc.property(payloadsArbitrary, (payloads) => {
        expect(scanJournal(journalOf(payloads), 'j')).toEqual({ payloads, droppedBytes: 0 });
      }),
    );
  });

  it('drop a torn last record (cut anywhere inside it) and keep the ones before', () => {
    fc.assert(
      fc.property(payloadsArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (payloads, where) => {
        const whole = journalOf(payloads);
        const last = encodeRecord(payloads.at(-1) as string).length;
        const cut = whole.length - last + Math.floor(where * (last - 1));
        const scan = scanJournal(whole.subarray(0, cut), 'j');
        expect(scan.payloads).toEqual(payloads.slice(0, -1));
        expect(scan.droppedBytes).toBe(cut - (whole.length - last));
      }),
    );
  });

  it('drop a last record whose bytes never reached the disk (zeros) or were garbled', () => {
    const good = journalOf(['{"a":1}']);
    expect(scanJournal(Buffer.concat([good, Buffer.alloc(40)]), 'j')).toEqual({
      payloads: ['{"a":1}'],
      droppedBytes: 40,
    });
    const garbled = encodeRecord('{"b":2}');
    flipByte(garbled, garbled.length - 1);
    expect(scanJournal(Buffer.concat([good, garbled]), 'j').payloads).toEqual(['{"a":1}']);
  });

  it('refuse a damaged record with records after it, saying where', () => {
    const records = ['{"a":1}', '{"b":2}', '{"c":3}'].map(encodeRecord);
    flipByte(records[1] as Buffer, 14);
    const damaged = Buffer.concat([JOURNAL_MAGIC, ...records]);
    expect(() => scanJournal(damaged, 'state.json.journal')).toThrow(
      expect.objectContaining({
        code: 'EMULATOR_JOURNAL_CORRUPT',
        message: expect.stringContaining('record 2 at byte 27'),
      }),
    );
    const badHeader = Buffer.concat([JOURNAL_MAGIC, ...records.map((record) => Buffer.from(record))]);
    flipByte(badHeader, JOURNAL_MAGIC.length + 2);
    expect(() => scanJournal(badHeader, 'j')).toThrow(EmulatorError);
  });

  it('refuse a file that is not a journal, and accept one torn while it was being created', () => {
    expect(() => scanJournal(Buffer.from('{"format":"sl-emulator-state"}'), 'j')).toThrow(
      expect.objectContaining({ code: 'EMULATOR_STATE_INVALID' }),
    );
    expect(scanJournal(JOURNAL_MAGIC.subarray(0, 3), 'j')).toEqual({ payloads: [], droppedBytes: 3 });
  });
});
