import { EmulatorError } from '../errors';
import { crc32 } from './crc32';

/**
 * The journal's bytes: an 8-byte magic, then records. A record is a 12-byte header — payload length, CRC-32 of
 * the payload, CRC-32 of those first 8 header bytes (all big-endian u32) — and the payload (UTF-8 JSON). A torn
 * append (the process or the machine stopped mid-write) leaves a short or unchecked record at the end: it is
 * dropped. A bad record with good records after it is damage, not a torn append: loading stops with an error.
 */
export const JOURNAL_MAGIC: Buffer = Buffer.from('SLJRNL01', 'latin1');
const HEADER_BYTES = 12;

export function encodeRecord(payload: string): Buffer {
  const body = Buffer.from(payload, 'utf8');
  const record = Buffer.allocUnsafe(HEADER_BYTES + body.length);
  record.writeUInt32BE(body.length, 0);
  record.writeUInt32BE(crc32(body), 4);
  record.writeUInt32BE(crc32(record.subarray(0, 8)), 8);
  body.copy(record, HEADER_BYTES);
  return record;
}

export interface JournalScan {
  /** The payloads of the whole records, in order. */
  payloads: string[];
  /** Bytes of a torn last record that were dropped (0 when the journal ended cleanly). */
  droppedBytes: number;
}

function isZero(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0);
}

/** Reads a journal's records; throws EMULATOR_JOURNAL_CORRUPT for damage before the end. */
export function scanJournal(bytes: Buffer, file: string): JournalScan {
  if (bytes.length < JOURNAL_MAGIC.length) {
    // Torn while the journal was being created: nothing was ever acknowledged from it.
    if (JOURNAL_MAGIC.subarray(0, bytes.length).equals(bytes))
      return { payloads: [], droppedBytes: bytes.length };
  }
  if (!bytes.subarray(0, JOURNAL_MAGIC.length).equals(JOURNAL_MAGIC)) {
    throw new EmulatorError('EMULATOR_STATE_INVALID', `${file} is not an sl-emulator journal`);
  }
  const payloads: string[] = [];
  let offset = JOURNAL_MAGIC.length;
  const torn = () => ({ payloads, droppedBytes: bytes.length - offset });
  const corrupt = (what: string) =>
    new EmulatorError(
      'EMULATOR_JOURNAL_CORRUPT',
      `the journal ${file} is damaged: record ${payloads.length + 1} at byte ${offset} ${what}, and more bytes follow it (a torn write is only ever the last record); restore the file or remove it to lose the changes since the last snapshot`,
    );
  while (offset < bytes.length) {
    const rest = bytes.subarray(offset);
    if (rest.length < HEADER_BYTES) return torn();
    const header = rest.subarray(0, HEADER_BYTES);
    if (crc32(header.subarray(0, 8)) !== header.readUInt32BE(8)) {
      if (isZero(rest)) return torn();
      throw corrupt('has a bad header checksum');
    }
    const length = header.readUInt32BE(0);
    const end = HEADER_BYTES + length;
    if (rest.length < end) return torn();
    const body = rest.subarray(HEADER_BYTES, end);
    if (crc32(body) !== header.readUInt32BE(4)) {
      if (rest.length === end) return torn();
      throw corrupt('has a bad checksum');
    }
    payloads.push(body.toString('utf8'));
    offset += end;
  }
  return { payloads, droppedBytes: 0 };
}
