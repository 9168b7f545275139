import { type DebugCall, reproduce } from '@sl/transport';
import { formatOutput, type OutputFormat } from './output/format-output';
import { KeyValueTable, Table } from './output/table';

export interface VerboseReportInput {
  level: number;
  format: OutputFormat;
  elapsedMs: number;
  version: string;
  calls: readonly DebugCall[];
  endpoint: string;
  reproduce: (call: DebugCall) => string;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(6)}s`;
}

function callName(call: DebugCall): string {
  return `${call.request.service}::${call.request.method}`;
}

/**
 * What `-v`, `-vv` and `-vvv` print on stderr after the command, in the chosen format like slcli: the calls
 * with their timings; then each call's id, mask, filter, limit and offset; then a curl that repeats it, with
 * the credentials as `$SL_USERNAME` and `$SL_API_KEY`.
 */
export function verboseReport(input: VerboseReportInput): string {
  if (input.level < 1) return '';
  const parts: string[] = [];
  const calls = new Table(['API Calls'], { align: 'left' });
  for (const call of input.calls) calls.addRow([`${callName(call)} (${seconds(call.durationMs)})`]);
  const summary = new KeyValueTable();
  summary.addRow(['execution_time', seconds(input.elapsedMs)]);
  summary.addRow(['api_calls', calls]);
  summary.addRow(['version', `sl/${input.version}`]);
  summary.addRow(['node_version', process.version]);
  summary.addRow(['endpoint', input.endpoint]);
  parts.push(formatOutput(summary, input.format));
  if (input.level > 1) {
    for (const call of input.calls) {
      const table = new Table(['', callName(call)], { align: 'left' });
      const mask = call.request.mask;
      table.addRow(['id', call.request.id ?? null]);
      table.addRow([
        'mask',
        typeof mask === 'string' ? mask : mask === undefined ? '' : JSON.stringify(mask),
      ]);
      table.addRow([
        'filter',
        call.request.filter === undefined ? null : JSON.stringify(call.request.filter),
      ]);
      table.addRow(['limit', call.request.limit ?? null]);
      table.addRow(['offset', call.request.offset ?? null]);
      parts.push(formatOutput(table, input.format));
    }
  }
  if (input.level > 2) {
    for (const call of input.calls) parts.push(`${input.reproduce(call)}\n`);
  }
  return parts.join('');
}

/** The `curl` that repeats a call against `endpoint` (credentials as `$SL_USERNAME` / `$SL_API_KEY`). */
export function reproduceAt(endpoint: string): (call: DebugCall) => string {
  return (call) => reproduce(call.request, { endpoint });
}
