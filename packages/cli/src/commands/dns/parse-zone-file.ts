import { CliError } from '../../cli-error';

export interface ZoneFileRecord {
  record: string;
  type: string;
  data: string;
  /** Absent when the line has none. */
  ttl: number | undefined;
}

export interface ParsedZoneFile {
  zone: string;
  records: ZoneFileRecord[];
  /** Lines that are not records (comments, the SOA's continuation lines, `IN` class lines). */
  badLines: string[];
}

// The reference's record pattern: [name] [ttl] [class] type data.
const RECORD =
  /^((?<domain>(([\w-]+|\*)(\.)?)*|@)?\s+(?<ttl>\d+)?\s+(?<class>\w+)?)?\s+(?<type>\w+)\s+(?<data>.*)/;

/** Reads a BIND zone file the way `slcli dns import` does: `$ORIGIN name.` first, then one record per line. */
export function parseZoneFile(contents: string): ParsedZoneFile {
  const lines = contents.split('\n').map((line) => line.trim());
  const origin = /^\$ORIGIN (?<zone>.*)\./.exec(lines[0] ?? '');
  if (!origin?.groups?.zone) throw new CliError('Argument Error: Invalid Zone File');
  const records: ZoneFileRecord[] = [];
  const badLines: string[] = [];
  for (const line of lines.slice(1)) {
    const match = RECORD.exec(line);
    const groups = match?.groups;
    if (!groups?.type) {
      badLines.push(line);
      continue;
    }
    const type = groups.type.toUpperCase();
    if (type === 'IN') {
      badLines.push(line);
      continue;
    }
    let data = groups.data ?? '';
    if (type === 'MX') data = /(?<weight>\d+)\s+(?<data>.*)/.exec(data)?.groups?.data ?? data;
    records.push({
      record: groups.domain ?? '@',
      type,
      data,
      ttl: groups.ttl === undefined ? undefined : Number(groups.ttl),
    });
  }
  return { zone: origin.groups.zone, records, badLines };
}

/** `type=A, record=www, data=1.2.3.4, ttl=900` (ttl `None` when absent, as the reference prints it). */
export function describeZoneRecord(record: ZoneFileRecord): string {
  return `type=${record.type}, record=${record.record}, data=${record.data}, ttl=${record.ttl ?? 'None'}`;
}
