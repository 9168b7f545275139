/**
 * `pnpm bench`: throughput of the mask parser, printer, merge and applyMask, each beside a naive baseline measured in
 * the same run (JSON.parse of the same tree; a JSON round-trip copy of the same objects), so the ratios survive a
 * slower or busier machine. Numbers go in the README.
 */
import { loadManagerCalls, measureOpsPerSecond } from '@sl/test-kit';
import { applyMask, mergeMasks, parseMask, printMask } from '../src/index';

interface Row {
  readonly name: string;
  readonly opsPerSecond: number;
  readonly baseline?: string;
  readonly ratio?: number;
}

function measure(fn: () => unknown, minimumMs = 400): number {
  return measureOpsPerSecond(fn, minimumMs);
}

const rows: Row[] = [];
function compare(name: string, fn: () => unknown, baselineName: string, baseline: () => unknown): void {
  const ops = measure(fn);
  const base = measure(baseline);
  rows.push({
    name,
    opsPerSecond: ops,
    baseline: `${baselineName} ${format(base)} ops/s`,
    ratio: ops / base,
  });
}

function format(n: number): string {
  if (n >= 100) return Math.round(n).toLocaleString('en-US');
  return n.toPrecision(3);
}

// Inputs: a short mask, the longest mask the reference managers send, and a big generated one.
const short = 'mask[id,hostname,datacenter.name]';
const managerMasks = loadManagerCalls().flatMap((c) =>
  c.calls.flatMap((call) => (typeof call.mask === 'string' ? [call.mask] : [])),
);
const managerSized = managerMasks.reduce((a, b) => (b.length > a.length ? b : a));
function generate(width: number, depth: number, prefix: string): string {
  const items: string[] = [];
  for (let i = 0; i < width; i++) {
    const name = `${prefix}${i}`;
    items.push(depth > 0 && i % 3 === 0 ? `${name}[${generate(width, depth - 1, `${name}_`)}]` : name);
  }
  return items.join(', ');
}
const big = `mask[${generate(12, 3, 'property')}]`;

for (const [label, text] of [
  [`parse short (${short.length} chars)`, short],
  [`parse manager-sized (${managerSized.length} chars)`, managerSized],
  [`parse big generated (${big.length} chars)`, big],
] as const) {
  const json = JSON.stringify(parseMask(text));
  compare(
    label,
    () => parseMask(text),
    'JSON.parse of the same tree',
    () => JSON.parse(json),
  );
}

const managerTree = parseMask(managerSized);
const managerJson = JSON.stringify(managerTree);
compare(
  'print manager-sized',
  () => printMask(managerTree),
  'JSON.stringify of the tree',
  () => JSON.stringify(managerTree),
);
const otherTree = parseMask(managerMasks.find((m) => m.includes('remoteManagementAccounts')) ?? short);
compare(
  'merge two manager-sized masks',
  () => mergeMasks(managerTree, otherTree),
  'JSON round-trip of one tree',
  () => JSON.parse(managerJson),
);

// applyMask over 100,000 objects shaped like SoftLayer_Hardware with relations.
const objects = Array.from({ length: 100_000 }, (_, i) => ({
  id: i,
  hostname: `host${i}`,
  domain: 'example.com',
  fullyQualifiedDomainName: `host${i}.example.com`,
  primaryIpAddress: `10.0.${i % 256}.${i % 200}`,
  maxCpu: 4,
  maxMemory: 8192,
  notes: null,
  datacenter: { id: 3, name: 'dal05', longName: 'Dallas 5' },
  networkComponents: [
    { id: i * 2, name: 'eth', port: 0, speed: 1000 },
    { id: i * 2 + 1, name: 'eth', port: 1, speed: 1000 },
  ],
  billingItem: { id: i, recurringFee: '10.00', orderItem: { id: i, order: { id: i } } },
}));
const reduceMask = parseMask('mask[id,hostname,datacenter.name,networkComponents[id,port]]');
const copy = () => JSON.parse(JSON.stringify(objects));
const copyOps = measure(copy, 1500);
const applyOps = measure(() => applyMask(objects, reduceMask), 1500);
const allLocalsOps = measure(() => applyMask(objects, 'mask[]'), 1500);
// The ceiling: the same reduction written by hand for this one mask.
const handWrittenOps = measure(
  () =>
    objects.map((o) => ({
      id: o.id,
      hostname: o.hostname,
      datacenter: { name: o.datacenter.name },
      networkComponents: o.networkComponents.map((n) => ({ id: n.id, port: n.port })),
    })),
  1500,
);
for (const [name, ops] of [
  ['applyMask 100,000 objects (mask[id,hostname,datacenter.name,networkComponents[id,port]])', applyOps],
  ['applyMask 100,000 objects (mask[]: every local, no relation)', allLocalsOps],
] as const) {
  rows.push({
    name,
    opsPerSecond: ops,
    baseline: `JSON.parse(JSON.stringify()) copy ${format(copyOps)} ops/s`,
    ratio: ops / copyOps,
  });
}

rows.push({
  name: 'hand-written pick for the same mask (ceiling)',
  opsPerSecond: handWrittenOps,
  baseline: `applyMask is ${(applyOps / handWrittenOps).toFixed(2)}× of it`,
});

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'benchmark'.padEnd(width)}  ${'ops/s'.padStart(12)}  ${'× baseline'.padStart(10)}  baseline`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(width)}  ${format(row.opsPerSecond).padStart(12)}  ${(row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`).padStart(10)}  ${row.baseline ?? ''}`,
  );
}
console.log(`\nNode ${process.version}; objects/s through applyMask: ${format(applyOps * objects.length)}`);
