import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { refusedUrl } from '@sl/test-kit';
import { encodeFault, encodeMethodResponse } from '@sl/xmlrpc-codec';
import { afterEach, describe, expect, it } from 'vitest';
import {
  classifyFailure,
  createRetryBudget,
  createXmlRpcTransport,
  type FailureClass,
  type RetryEvent,
  TransportError,
  withDebug,
  withRetry,
} from '../src/index';

type Behaviour = (request: IncomingMessage, response: ServerResponse, seen: number) => void;

/** A real HTTP server on 127.0.0.1 that acts out `behaviour` for every request (counted, 1-based). */
async function startServer(
  behaviour: Behaviour,
): Promise<{ url: string; seen: () => number; server: Server }> {
  let seen = 0;
  const server = createServer((request, response) => behaviour(request, response, ++seen));
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen: () => seen, server };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

const ok = (response: ServerResponse): void => {
  response.writeHead(200, { 'content-type': 'text/xml' });
  response.end(encodeMethodResponse('ok'));
};
const afterBody =
  (act: (response: ServerResponse) => void): Behaviour =>
  (request, response) => {
    request.resume();
    request.on('end', () => act(response));
  };
const status =
  (code: number, headers: Record<string, string> = {}): Behaviour =>
  (request, response) =>
    afterBody(() => {
      response.writeHead(code, { 'content-type': 'text/plain', ...headers });
      response.end('failed');
    })(request, response, 0);

const BEHAVIOURS: ReadonlyArray<readonly [string, Behaviour | 'refused', FailureClass]> = [
  ['a refused connection', 'refused', 'not-executed'],
  ['HTTP 429 with Retry-After', status(429, { 'retry-after': '0' }), 'not-executed'],
  [
    'the rate-limit fault',
    afterBody((response) => {
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(
        encodeFault({
          faultCode: 'SoftLayer_Exception_WebService_RateLimitExceeded',
          faultString: 'Rate limit of 50 requests for every 1 second(s) exceeded.',
        }),
      );
    }),
    'not-executed',
  ],
  ['a reset before the body was read', (request) => request.socket.destroy(), 'maybe-executed'],
  ['a reset after the body was read', afterBody((response) => response.socket?.destroy()), 'maybe-executed'],
  ['HTTP 500', status(500), 'maybe-executed'],
  ['HTTP 502', status(502), 'maybe-executed'],
  ['HTTP 503', status(503), 'maybe-executed'],
  ['HTTP 504', status(504), 'maybe-executed'],
  ['a slow answer (timeout)', () => undefined, 'maybe-executed'],
  ['HTTP 404', status(404), 'permanent'],
  [
    'an API fault',
    afterBody((response) => {
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(encodeFault({ faultCode: 'SoftLayer_Exception_ObjectNotFound', faultString: 'gone' }));
    }),
    'permanent',
  ],
];

describe('classifyFailure against a real server', () => {
  it.each(BEHAVIOURS)('%s is %s', async (_name, behaviour, expected) => {
    const url = behaviour === 'refused' ? await refusedUrl() : (await startServer(behaviour)).url;
    const transport = createXmlRpcTransport({ endpointUrl: url, timeoutMs: 200 });
    try {
      const error = await transport({ service: 'SoftLayer_Account', method: 'getObject' }).catch(
        (caught: unknown) => caught,
      );
      expect(classifyFailure(error)).toBe(expected);
      if (behaviour === 'refused') expect((error as TransportError).requestSent).toBe(false);
    } finally {
      await transport.close();
    }
  });

  it('knows a timeout while connecting sent nothing, and an abort is final', () => {
    expect(classifyFailure(new TransportError(0, 'late', { code: 'SL_TIMEOUT', requestSent: false }))).toBe(
      'not-executed',
    );
    expect(classifyFailure(new TransportError(0, 'stop', { code: 'SL_ABORTED', requestSent: false }))).toBe(
      'permanent',
    );
    expect(classifyFailure(new Error('a bug'))).toBe('permanent');
  });
});

/** Fails the first `failures` requests with `behaviour`, then answers 'ok'. */
async function failingThenOk(failures: number, behaviour: Behaviour) {
  return startServer((request, response, seen) =>
    seen <= failures ? behaviour(request, response, seen) : afterBody(ok)(request, response, seen),
  );
}

async function attempt(
  url: string,
  method: string,
  options: Parameters<typeof withRetry>[1] = {},
  extra = {},
) {
  const transport = createXmlRpcTransport({ endpointUrl: url, timeoutMs: 200 });
  const events: RetryEvent[] = [];
  try {
    const retrying = withRetry(transport, {
      minDelayMs: 1,
      onRetry: (event) => events.push(event),
      ...options,
    });
    const outcome = await retrying({ service: 'SoftLayer_Virtual_Guest', method, ...extra }).then(
      (response) => response.value,
      (error: unknown) => error,
    );
    return { outcome, events };
  } finally {
    await transport.close();
  }
}

describe('withRetry by failure class', () => {
  it('retries a create after a failure that did not execute it (rate limit, 429, refused)', async () => {
    const limited = await failingThenOk(2, status(429, { 'retry-after': '0' }));
    const created = await attempt(limited.url, 'createObject');
    expect([created.outcome, limited.seen()]).toEqual(['ok', 3]);
    expect(created.events.map((event) => [event.attempt, event.classification])).toEqual([
      [2, 'not-executed'],
      [3, 'not-executed'],
    ]);
    const refused = await attempt(await refusedUrl(), 'createObject', { retries: 2 });
    expect(refused.events.map((event) => event.classification)).toEqual(['not-executed', 'not-executed']);
    expect((refused.outcome as TransportError).code).toBe('SL_NETWORK');
  });

  it.each([
    ['HTTP 500', status(500)],
    ['a reset after the body was read', afterBody((response) => response.socket?.destroy())],
    ['a slow answer', () => undefined],
  ] as const)('after %s retries a read but never a create', async (_name, behaviour) => {
    const reads = await failingThenOk(1, behaviour);
    expect((await attempt(reads.url, 'getObject')).outcome).toBe('ok');
    const creates = await failingThenOk(1, behaviour);
    const created = await attempt(creates.url, 'createObject');
    expect(created.outcome).toBeInstanceOf(TransportError);
    expect([creates.seen(), created.events]).toEqual([1, []]);
  });

  it('lets a call say it is (or is not) safe to repeat, and a client decide for all', async () => {
    const server = await failingThenOk(1, status(500));
    expect((await attempt(server.url, 'createObject', {}, { idempotent: true })).outcome).toBe('ok');
    const reads = await failingThenOk(1, status(500));
    expect((await attempt(reads.url, 'getObject', {}, { idempotent: false })).outcome).toBeInstanceOf(
      TransportError,
    );
    const edits = await failingThenOk(1, status(500));
    const everything = { isSafeToRepeat: () => true };
    expect((await attempt(edits.url, 'editObject', everything)).outcome).toBe('ok');
  });

  it('spends a retry budget that successes refill, so an outage does not multiply the load', async () => {
    const down = await startServer(status(503));
    const budget = createRetryBudget({ capacity: 12, retryCost: 5, successRefill: 1 });
    const first = await attempt(down.url, 'getObject', { budget, retries: 5 });
    expect([first.events.length, down.seen(), budget.available]).toEqual([2, 3, 2]);
    expect(first.events.map((event) => event.budgetLeft)).toEqual([7, 2]);
    await attempt(down.url, 'getObject', { budget, retries: 5 });
    expect(down.seen()).toBe(4); // no tokens: one attempt, no retry
    const up = await startServer(afterBody(ok));
    for (let call = 0; call < 3; call++) await attempt(up.url, 'getObject', { budget });
    expect(budget.available).toBe(5);
    const back = await failingThenOk(1, status(503));
    expect((await attempt(back.url, 'getObject', { budget })).outcome).toBe('ok');
    expect(budget.available).toBe(5); // the retry that succeeded gave its cost back
  });

  it('waits what Retry-After asks (seconds or an HTTP date), within the cap', async () => {
    const date = new Date(Date.now() + 60_000).toUTCString();
    const server = await failingThenOk(2, (request, response, seen) =>
      status(503, { 'retry-after': seen === 1 ? '0' : date })(request, response, seen),
    );
    const { outcome, events } = await attempt(server.url, 'getObject', { maxDelayMs: 30, random: () => 0 });
    expect(outcome).toBe('ok');
    expect(events.map((event) => event.delayMs)).toEqual([0, 30]);
  });

  it('never waits past the call deadline, and sends nothing once it passed', async () => {
    const server = await startServer(status(500));
    const late = await attempt(
      server.url,
      'getObject',
      { minDelayMs: 60_000, random: () => 0.5 },
      { deadline: Date.now() + 5_000 },
    );
    expect([(late.outcome as TransportError).status, late.events, server.seen()]).toEqual([500, [], 1]);
    const passed = await attempt(server.url, 'getObject', {}, { deadline: Date.now() - 1 });
    expect([(passed.outcome as TransportError).code, (passed.outcome as TransportError).requestSent]).toEqual(
      ['SL_TIMEOUT', false],
    );
    expect(server.seen()).toBe(1);
  });

  it('shows every retry in withDebug: a call with its retries outside, each attempt inside', async () => {
    const server = await failingThenOk(2, status(500));
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      const outside = withDebug(withRetry(transport, { minDelayMs: 1 }));
      await outside({ service: 'SoftLayer_Account', method: 'getObject' });
      const [call] = outside.lastCalls();
      expect(call?.retries?.map((event) => [event.attempt, event.classification])).toEqual([
        [2, 'maybe-executed'],
        [3, 'maybe-executed'],
      ]);
      const again = await failingThenOk(1, status(500));
      const innerTransport = createXmlRpcTransport({ endpointUrl: again.url });
      const inner = withDebug(innerTransport);
      await withRetry(inner, { minDelayMs: 1 })({ service: 'SoftLayer_Account', method: 'getObject' });
      await innerTransport.close();
      expect(inner.lastCalls().map((record) => [record.request.attempt, record.error !== undefined])).toEqual(
        [
          [undefined, true],
          [2, false],
        ],
      );
    } finally {
      await transport.close();
    }
  });
});
