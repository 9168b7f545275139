// A canned SoftLayer XML-RPC server for the benchmark, run in its own process so that neither client shares
// its event loop. It prints its URL on stdout. Every answer waits DELAY_MS (argv[2]) to model latency.
// Answers are encoded once, before the first request, and the same for both clients: a call to any service
// but getVirtualGuests gets the same account struct without its body being read or parsed. getVirtualGuests
// pages through TOTAL (argv[3]) guests: only `offset` and `limit` are picked out of its body, with SoftLayer-Total-Items.
import { createServer } from 'node:http';
import { encodeMethodResponse } from '@sl/xmlrpc-codec';

const delayMs = Number(process.argv[2] ?? 0);
const total = Number(process.argv[3] ?? 10_000);
const PAGE = 100;
const guests = Array.from({ length: total }, (_, index) => ({
  id: index + 1,
  hostname: `web${index + 1}`,
  domain: 'example.com',
  fullyQualifiedDomainName: `web${index + 1}.example.com`,
  maxMemory: 4096,
  startCpus: 2,
  datacenter: { name: 'dal13' },
}));

/** A pre-built answer: body bytes and the header list for writeHead. */
function answer(value, extraHeaders = []) {
  const body = Buffer.from(encodeMethodResponse(value));
  return {
    body,
    headers: ['content-type', 'text/xml', 'content-length', String(body.length), ...extraHeaders],
  };
}

const account = answer({ id: 1234, companyName: 'Your Company', email: 'ops@example.com' });
const totalHeader = ['softlayer-total-items', String(total)];
const pages = new Map();
for (let offset = 0; offset < total; offset += PAGE) {
  pages.set(offset, answer(guests.slice(offset, offset + PAGE), totalHeader));
}

function send(response, { body, headers }) {
  const write = () => {
    response.writeHead(200, headers);
    response.end(body);
  };
  if (delayMs > 0) setTimeout(write, delayMs);
  else write();
}

const server = createServer((request, response) => {
  if (!request.url.endsWith('_Account') || delayMs === 0) {
    request.resume();
    request.on('end', () => send(response, account));
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const text = Buffer.concat(chunks).toString('latin1');
    if (!text.includes('getVirtualGuests')) return send(response, account);
    const offset = Number(/<name>offset<\/name>\s*<value>\s*<(?:int|i4)>(\d+)/.exec(text)?.[1] ?? 0);
    send(response, pages.get(offset) ?? answer([], totalHeader));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
