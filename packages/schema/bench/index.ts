/**
 * `pnpm bench`: what the schema costs. Load time (read + JSON.parse + index) beside a bare JSON.parse of the same
 * text, and mask validation of the reference managers' masks beside parsing them alone, measured in the same run so
 * the ratios survive a slower machine. Numbers go in the README.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseMask } from '@sl/mask';
import { loadManagerCalls, measureOpsPerSecond } from '@sl/test-kit';
import type { CompactSchema } from '../src/compact-schema';
import { createSchema } from '../src/schema';
import { validateMask } from '../src/validate-mask';

const schemaPath = new URL('../src/schema.generated.json', import.meta.url);
const text = readFileSync(schemaPath, 'utf8');

function measure(fn: () => unknown, minimumMs = 400): number {
  return measureOpsPerSecond(fn, minimumMs, 1 << 20);
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
