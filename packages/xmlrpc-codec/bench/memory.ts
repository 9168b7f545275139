// Run as: node --expose-gc --import tsx bench/memory.ts <ours|npm-xmlrpc|foxglove> <file>
// Prints the extra memory one decode of <file> needs: peak RSS growth and what stays after a forced GC.
import { readFileSync } from 'node:fs';
import { decodeMethodResponse } from '../src/index';
import { foxgloveDecode, npmXmlRpcDecode } from './peers';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');

const [implementation, path] = process.argv.slice(2);
const bytes = readFileSync(path!);
const decoders: Record<string, (input: Buffer) => unknown> = {
  ours: (input) => decodeMethodResponse(input),
  'npm-xmlrpc': npmXmlRpcDecode,
  foxglove: foxgloveDecode,
};
const decode = decoders[implementation!]!;

collect();
collect();
const before = process.memoryUsage();
const result = await decode(bytes);
const afterDecode = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024;
collect();
collect();
const retained = process.memoryUsage();
const heap = (usage: NodeJS.MemoryUsage) => usage.heapUsed + usage.external;
process.stdout.write(
  JSON.stringify({
    extraPeakBytes: Math.max(peakRss - before.rss, heap(afterDecode) - heap(before)),
    retainedBytes: heap(retained) - heap(before),
    items: Array.isArray(result) ? result.length : -1,
  }),
);
