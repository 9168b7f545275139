// A canned SoftLayer XML-RPC server for the benchmark, run in its own process so that neither client shares
// its event loop. It prints its URL on stdout. Every answer waits DELAY_MS (argv[2]) to model latency.
// getVirtualGuests pages through TOTAL (argv[3]) guests, honouring resultLimit, with SoftLayer-Total-Items.
import { createServer } from 'node:http';
import { encodeMethodResponse } from '@sl/xmlrpc-codec';

const delayMs = Number(process.argv[2] ?? 0);
const total = Number(process.argv[3] ?? 10_000);
const guests = Array.from({ length: total }, (_, index) => ({
  id: index + 1,
  hostname: `web${index + 1}`,
  domain: 'example.com',
  fullyQualifiedDomainName: `web${index + 1}.example.com`,
  maxMemory: 4096,
  startCpus: 2,
  datacenter: { name: 'dal13' },
}));
const account = encodeMethodResponse({ id: 1234, companyName: 'Your Company', email: 'ops@example.com' });
// Pages are encoded once, so the server's own cost stays small and equal for both clients.
const pages = new Map();
function page(offset, limit) {
  const key = `${offset},${limit}`;
  if (!pages.has(key)) pages.set(key, encodeMethodResponse(guests.slice(offset, offset + limit)));
  return pages.get(key);
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    // Canned answers: read only the method name and resultLimit (a regex is enough for the two clients'
    // well-formed requests), so the server's cost stays small next to the clients'.
    const text = Buffer.concat(chunks).toString('utf8');
    const methodName = /<methodName>([^<]*)<\/methodName>/.exec(text)?.[1];
    let body = account;
    const extra = {};
    if (methodName === 'getVirtualGuests') {
      const offset = Number(/<name>offset<\/name>\s*<value>\s*<(?:int|i4)>(\d+)/.exec(text)?.[1] ?? 0);
      const limit = Number(/<name>limit<\/name>\s*<value>\s*<(?:int|i4)>(\d+)/.exec(text)?.[1] ?? total);
      body = page(offset, limit);
      extra['softlayer-total-items'] = String(total);
    }
    const send = () => {
      response.writeHead(200, { 'content-type': 'text/xml', ...extra });
      response.end(body);
    };
    if (delayMs > 0) setTimeout(send, delayMs);
    else send();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
