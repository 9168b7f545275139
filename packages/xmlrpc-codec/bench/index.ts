// The codec benchmark (`pnpm bench`): decode and encode throughput, same-run ratios against the peers, and the
// extra memory of a 20 MB decode. See the README for the table and the verdict on each target.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPython } from '@sl/test-kit';
import {
  decodeMethodResponse,
  encodeMethodCall,
  encodeMethodCallBytes,
  encodeMethodResponse,
  type XmlRpcValue,
} from '../src/index';
import { largeRequestParams, smallRequestParams, virtualGuests } from './fixtures';
import { type Measurement, type MeasureOptions, measure, median } from './measure';
import {
  fastXmlParserParse,
  foxgloveDecode,
  foxgloveEncodeCall,
  npmXmlRpcDecode,
  npmXmlRpcEncodeCall,
} from './peers';

const here = fileURLToPath(new URL('.', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'xmlrpc-codec-bench-'));
const MB = 1e6;
const OURS = '@sl/xmlrpc-codec';
const PYTHON = 'Python xmlrpc.client';
/** Rounds of alternating measurements of ours, the floor and Python. */
const ROUNDS = 3;
const FLOOR = "Buffer#toString('utf8') (floor)";

/** The conformance files' tagged JSON, for handing values to Python. */
function tag(value: XmlRpcValue): unknown {
  if (value === null || value === undefined) return { $nil: true };
  if (typeof value === 'number')
    return Number.isInteger(value) ? { $int: String(value) } : { $double: value };
  if (typeof value === 'bigint') return { $int: String(value) };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(tag);
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (value instanceof Date || value instanceof Map) throw new Error('not used by the benchmark requests');
  return Object.fromEntries(
    Object.entries(value as Record<string, XmlRpcValue>).map(([key, item]) => [key, tag(item)]),
  );
}

const SMALL: MeasureOptions = { minRuns: 9, maxRuns: 25, minMs: 800, batchMs: 40 };
const MEDIUM: MeasureOptions = { minRuns: 7, maxRuns: 25, minMs: 1000, batchMs: 0 };
const LARGE: MeasureOptions = { minRuns: 3, maxRuns: 9, minMs: 2500, batchMs: 0 };

interface Case {
  name: string;
  kind: 'decode' | 'encode';
  bytes: number;
  options: MeasureOptions;
  /** The implementations to time, by label. */
  runs: Record<string, () => unknown>;
  /** For Python: the file it reads (the document, or the tagged params) and the method name. */
  pythonPath: string;
  method?: string;
}

function documentCase(name: string, guests: number, options: MeasureOptions): Case {
  const bytes = Buffer.from(
    encodeMethodResponse(virtualGuests(guests), { dateFormat: 'softlayer', utcOffset: -360 }),
  );
  const pythonPath = join(work, `${name}.xml`);
  writeFileSync(pythonPath, bytes);
  return {
    name,
    kind: 'decode',
    bytes: bytes.length,
    options,
    pythonPath,
    runs: {
      '@sl/xmlrpc-codec': () => decodeMethodResponse(bytes),
      'npm xmlrpc': () => npmXmlRpcDecode(bytes),
      '@foxglove/xmlrpc': () => foxgloveDecode(bytes),
      'fast-xml-parser (XML tree only)': () => fastXmlParserParse(bytes),
      [FLOOR]: () => bytes.toString('utf8'),
    },
  };
}

function requestCase(name: string, method: string, params: XmlRpcValue[], options: MeasureOptions): Case {
  const pythonPath = join(work, `${name}.json`);
  writeFileSync(pythonPath, JSON.stringify(params.map(tag)));
  return {
    name,
    kind: 'encode',
    bytes: Buffer.byteLength(encodeMethodCall(method, params)),
    options,
    pythonPath,
    method,
    runs: {
      '@sl/xmlrpc-codec': () => encodeMethodCall(method, params),
      '@sl/xmlrpc-codec, to bytes': () => encodeMethodCallBytes(method, params),
      'npm xmlrpc': () => npmXmlRpcEncodeCall(method, params),
      '@foxglove/xmlrpc': () => foxgloveEncodeCall(method, params),
    },
  };
}

function timePython(cases: Case[]): Record<string, { medianSeconds: number; samples: number[] } | undefined> {
  const job = {
    cases: cases.map((item) => ({
      name: item.name,
      kind: item.kind,
      path: item.pythonPath,
      method: item.method,
      minRuns: item.options.minRuns,
      maxRuns: item.options.maxRuns,
      minSeconds: item.options.minMs / 1000,
      batchSeconds: item.options.batchMs / 1000,
    })),
  };
  const result = runPython(readPythonTimer(), JSON.stringify(job), { timeoutMs: 600_000 });
  if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

function readPythonTimer(): string {
  return readFileSync(join(here, 'python-timer.py'), 'utf8');
}

interface MemoryResult {
  extraPeakBytes: number;
  retainedBytes: number;
}

function memoryOf(implementation: string, path: string): MemoryResult {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(here, 'memory.ts'), implementation, path],
    { encoding: 'utf8', cwd: join(here, '..'), timeout: 300_000 },
  );
  if (result.status !== 0) throw new Error(`memory child failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

function pythonMemory(path: string): MemoryResult {
  const job = { cases: [{ name: 'memory', kind: 'memory', path }] };
  const result = runPython(readPythonTimer(), JSON.stringify(job), { timeoutMs: 300_000 });
  if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
  return JSON.parse(result.stdout).memory;
}

const format = {
  mbps: (bytes: number, ms: number) => (bytes / MB / (ms / 1000)).toFixed(1),
  ops: (ms: number) => Math.round(1000 / ms).toLocaleString('en-US'),
  ratio: (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`,
  size: (bytes: number) =>
    bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1000).toFixed(1)} KB`,
};

async function main(): Promise<void> {
  const began = performance.now();
  console.log(
    `# @sl/xmlrpc-codec benchmark — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})\n`,
  );
  const guestBytes = Buffer.byteLength(encodeMethodResponse(virtualGuests(10))) / 10;
  const cases: Case[] = [
    documentCase('decode 15 KB response', Math.max(1, Math.round(15_000 / guestBytes)), SMALL),
    documentCase('decode 1 MB response', Math.round(1_000_000 / guestBytes), MEDIUM),
    documentCase('decode 20 MB response', Math.round(20_000_000 / guestBytes), LARGE),
    requestCase('encode small request', 'getVirtualGuests', smallRequestParams(), SMALL),
    requestCase('encode large request (10,000 structs)', 'createObjects', largeRequestParams(), LARGE),
  ];

  const results = new Map<string, Map<string, Measurement>>();
  for (const item of cases) {
    // The machine is shared, so its load drifts: ours, the floor and Python are timed in alternating rounds and
    // their medians taken over all rounds; the JS peers (an order of magnitude slower) are timed once after.
    const row = new Map<string, Measurement>();
    const entries = Object.entries(item.runs);
    const alternating = entries.filter(([label]) => label === OURS || label === FLOOR);
    const round: MeasureOptions = {
      ...item.options,
      minRuns: Math.ceil(item.options.minRuns / ROUNDS),
      maxRuns: Math.ceil(item.options.maxRuns / ROUNDS),
      minMs: item.options.minMs / ROUNDS,
    };
    const samples = new Map<string, number[]>();
    const add = (label: string, values: number[]) =>
      samples.set(label, [...(samples.get(label) ?? []), ...values]);
    for (let index = 0; index < ROUNDS; index++) {
      for (const [label, run] of alternating) add(label, (await measure(run, round)).samples);
      const python = timePython([{ ...item, options: round }])[item.name];
      if (python)
        add(
          PYTHON,
          python.samples.map((seconds) => seconds * 1000),
        );
    }
    for (const [label, values] of samples) row.set(label, { medianMs: median(values), samples: values });
    for (const [label, run] of entries) if (!row.has(label)) row.set(label, await measure(run, item.options));
    results.set(item.name, row);
  }

  for (const item of cases) {
    const row = results.get(item.name)!;
    const ours = row.get('@sl/xmlrpc-codec')!;
    console.log(`## ${item.name} (${format.size(item.bytes)})\n`);
    console.log('| implementation | median MB/s | ops/s | @sl/xmlrpc-codec is |');
    console.log('|---|---:|---:|---:|');
    for (const [label, measurement] of row) {
      const speedup = measurement.medianMs / ours.medianMs;
      const versus =
        label === '@sl/xmlrpc-codec'
          ? '—'
          : speedup >= 1
            ? `${format.ratio(speedup)} faster`
            : `${(100 * speedup).toFixed(0)}% of its speed`;
      console.log(
        `| ${label} | ${format.mbps(item.bytes, measurement.medianMs)} | ${format.ops(measurement.medianMs)} | ${versus} |`,
      );
    }
    console.log('');
  }

  const twenty = cases[2]!;
  console.log(`## extra memory of one ${format.size(twenty.bytes)} decode\n`);
  console.log('| implementation | peak extra | × input | retained after GC | × input |');
  console.log('|---|---:|---:|---:|---:|');
  const memories: Array<[string, MemoryResult]> = [
    ['@sl/xmlrpc-codec', memoryOf('ours', twenty.pythonPath)],
    ['npm xmlrpc', memoryOf('npm-xmlrpc', twenty.pythonPath)],
    ['@foxglove/xmlrpc', memoryOf('foxglove', twenty.pythonPath)],
    ['Python xmlrpc.client', pythonMemory(twenty.pythonPath)],
  ];
  for (const [label, memory] of memories) {
    const times = (bytes: number) => `${(bytes / twenty.bytes).toFixed(2)}×`;
    console.log(
      `| ${label} | ${format.size(memory.extraPeakBytes)} | ${times(memory.extraPeakBytes)} | ${format.size(memory.retainedBytes)} | ${times(memory.retainedBytes)} |`,
    );
  }

  const ratio = (name: string, label: string) => {
    const row = results.get(name)!;
    return row.get(label)!.medianMs / row.get('@sl/xmlrpc-codec')!.medianMs;
  };
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\n## targets (same-run ratios)\n');
  for (const name of ['decode 1 MB response', 'decode 20 MB response']) {
    const vsPython = ratio(name, PYTHON);
    console.log(
      `- ${name}: ${format.ratio(vsPython)} Python (target ≥ 5×, stretch 8×): ${verdict(vsPython >= 5)}${vsPython >= 8 ? ', stretch met' : ''}`,
    );
  }
  for (const item of cases.slice(0, 3)) {
    const share = ratio(item.name, FLOOR);
    console.log(
      `- ${item.name}: ${(100 * share).toFixed(0)}% of Buffer#toString('utf8') speed (target ≥ 20%): ${verdict(share >= 0.2)}`,
    );
  }
  const smallOps = 1000 / results.get(cases[0]!.name)!.get('@sl/xmlrpc-codec')!.medianMs;
  console.log(
    `- ${cases[0]!.name}: ${Math.round(smallOps).toLocaleString('en-US')} decodes/s (target ≥ 6,000): ${verdict(smallOps >= 6000)}`,
  );
  const smallEncode = ratio(cases[3]!.name, PYTHON);
  const largeEncode = ratio(cases[4]!.name, PYTHON);
  console.log(
    `- encode small request: ${format.ratio(smallEncode)} Python (target ≥ 3×): ${verdict(smallEncode >= 3)}`,
  );
  console.log(
    `- encode large request: ${format.ratio(largeEncode)} Python (target ≥ 1.5×): ${verdict(largeEncode >= 1.5)}`,
  );
  const peak = memories[0]![1].extraPeakBytes / twenty.bytes;
  console.log(
    `- 20 MB decode peak extra memory: ${peak.toFixed(2)}× input (target ≤ 3.5×): ${verdict(peak <= 3.5)}`,
  );
  console.log(`\n(total ${((performance.now() - began) / 1000).toFixed(0)} s)`);
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
