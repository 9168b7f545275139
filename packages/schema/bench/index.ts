/**
 * `pnpm bench`: what the schema costs. Load time (read + JSON.parse + index) beside a bare JSON.parse of the same
 * text, and mask validation of the reference managers' masks beside parsing them alone, measured in the same run so
 * the ratios survive a slower machine. Numbers go in the README.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseMask } from '@sl/mask';
import { loadManagerCalls } from '@sl/test-kit';
import type { CompactSchema } from '../src/compact-schema';
import { createSchema } from '../src/schema';
import { validateMask } from '../src/validate-mask';

const schemaPath = new URL('../src/schema.generated.json', import.meta.url);
const text = readFileSync(schemaPath, 'utf8');

/** Runs `fn` in growing batches until `minimumMs` have passed; returns operations per second. */
function measure(fn: () => unknown, minimumMs = 400): number {
  for (let warm = 0; warm < 3; warm++) fn();
  let iterations = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsedMs >= minimumMs || iterations >= 1 << 20) return (iterations * 1000) / elapsedMs;
    iterations *= elapsedMs < minimumMs / 16 ? 8 : 2;
  }
}

const calls = loadManagerCalls()
  .flatMap((managerCase) => managerCase.calls)
  .filter((call) => typeof call.mask === 'string' && call.mask !== '');
const schema = createSchema(JSON.parse(text) as CompactSchema);

const loadOps = measure(() => {
  const fresh = createSchema(JSON.parse(readFileSync(schemaPath, 'utf8')) as CompactSchema);
  return fresh.property('SoftLayer_Hardware_Server', 'hostname');
});
const parseOps = measure(() => JSON.parse(text));
const validateOps = measure(() => {
  for (const call of calls) validateMask(schema, `${call.service}::${call.method}`, call.mask as string);
});
const maskParseOps = measure(() => {
  for (const call of calls) parseMask(call.mask as string);
});

const format = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
console.log(`schema.generated.json: ${statSync(schemaPath).size} bytes, ${gzipSync(text).length} gzipped`);
console.table([
  {
    measure: 'load (read + JSON.parse + first lookup)',
    'ms each': format(1000 / loadOps),
    baseline: `JSON.parse alone ${format(1000 / parseOps)} ms`,
    ratio: format(parseOps / loadOps),
  },
  {
    measure: `validateMask × ${calls.length} manager masks`,
    'ms each': format(1000 / validateOps),
    baseline: `parseMask alone ${format(1000 / maskParseOps)} ms`,
    ratio: format(maskParseOps / validateOps),
  },
]);
