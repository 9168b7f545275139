import { createApiKeyAuth } from '@sl/auth';
import {
  DEBIAN_PYTHON,
  hasReferenceClient,
  type RecordedRequest,
  runPythonAsync,
  startRecordingServer,
} from '@sl/test-kit';
import { createRestTransport, createXmlRpcTransport, type HttpTransport } from '@sl/transport';
import { decodeMethodCall } from '@sl/xmlrpc-codec';
import { describe, expect, it } from 'vitest';
import { type CallOptions, createClient } from '../src/index';

const EMPTY_STRUCT =
  '<?xml version="1.0"?><methodResponse><params><param><value><struct></struct></value></param></params></methodResponse>';

/** The same calls, written for each client. */
const CALLS: Array<{ python: string; ours: [string, string, CallOptions] }> = [
  {
    python: "client.call('Account', 'getObject', mask='id, companyName')",
    ours: ['Account', 'getObject', { mask: 'id, companyName' }],
  },
  {
    python:
      "client.call('Account', 'getVirtualGuests', filter={'virtualGuests': {'hostname': {'operation': '^= web'}}}, limit=10, offset=20)",
    ours: [
      'Account',
      'getVirtualGuests',
      { filter: { virtualGuests: { hostname: { operation: '^= web' } } }, limit: 10, offset: 20 },
    ],
  },
  {
    python: "client.call('Ticket', 'addUpdate', {'entry': 'Hello!'}, id=123456)",
    ours: ['Ticket', 'addUpdate', { args: [{ entry: 'Hello!' }], id: 123456 }],
  },
  {
    python: "client.call('Dns_Domain', 'createARecord', 'myhost', '127.0.0.1', 86400, id=98765)",
    ours: ['Dns_Domain', 'createARecord', { args: ['myhost', '127.0.0.1', 86400], id: 98765 }],
  },
];

const SCRIPT = `
import json, sys, SoftLayer
settings = json.load(sys.stdin)
client = SoftLayer.create_client_from_env(username='SL123456', api_key='k', endpoint_url=settings['url'])
for line in settings['calls']:
    eval(line)
`;

/** Runs the reference client without blocking this process (our server answers it). */
async function runReference(url: string): Promise<void> {
  const input = JSON.stringify({ url, calls: CALLS.map((call) => call.python) });
  const result = await runPythonAsync(SCRIPT, input, {
    python: DEBIAN_PYTHON,
    env: { HOME: '/nonexistent', NO_PROXY: '*' },
  });
  if (result.status !== 0) throw new Error(`reference client failed: ${result.stderr}`);
}

function xmlRpcView(request: RecordedRequest): Record<string, unknown> {
  const call = decodeMethodCall(request.body);
  return { httpMethod: request.method, url: request.url, methodName: call.methodName, params: call.params };
}

function restView(request: RecordedRequest): Record<string, unknown> {
  const url = new URL(request.url, 'http://x');
  const query: Record<string, unknown> = Object.fromEntries(url.searchParams);
  if (typeof query.objectFilter === 'string') query.objectFilter = JSON.parse(query.objectFilter);
  return {
    httpMethod: request.method,
    path: url.pathname,
    query,
    body: request.body.length > 0 ? (JSON.parse(request.body.toString('utf8')) as unknown) : null,
    authorization: request.headers.authorization,
  };
}

const reference = hasReferenceClient();

describe('the reference Python client and ours, against one local server', () => {
  it.skipIf(!reference)('send the same XML-RPC and REST requests', async () => {
    const server = await startRecordingServer((request) =>
      request.url.startsWith('/rest/') ? { body: '{}' } : { body: EMPTY_STRUCT },
    );
    const transports: HttpTransport[] = [];
    try {
      for (const [endpoint, view, makeTransport] of [
        [`${server.url}/xmlrpc/v3.1/`, xmlRpcView, createXmlRpcTransport],
        [`${server.url}/rest/v3.1/`, restView, createRestTransport],
      ] as const) {
        const start = server.requests.length;
        await runReference(endpoint);
        const theirs = server.requests.slice(start).map(view);
        const transport = makeTransport({ endpointUrl: endpoint });
        transports.push(transport);
        const client = createClient({
          transport,
          auth: createApiKeyAuth({ username: 'SL123456', apiKey: 'k' }),
        });
        const middle = server.requests.length;
        for (const [service, method, options] of CALLS.map((call) => call.ours))
          await client.call(service, method, options);
        const ours = server.requests.slice(middle).map(view);
        expect(theirs).toHaveLength(CALLS.length);
        expect(ours).toEqual(theirs);
      }
    } finally {
      for (const transport of transports) await transport.close();
      await server.close();
    }
  });

  it.runIf(!reference)(
    'is skipped: the reference client (python3-softlayer) is not installed for /usr/bin/python3',
    () => {
      expect(reference).toBe(false);
    },
  );
});
