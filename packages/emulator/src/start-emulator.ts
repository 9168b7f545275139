import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadSchemaSync } from '@sl/schema';
import { createApiGateway } from './api-gateway';
import { type AccountSizes, generateAccount } from './data/generate-account';
import { EmulatorState } from './data/state';
import { createDispatcher } from './dispatch';
import { EmulatorError } from './errors';
import { type FaultInjectionOptions, FaultInjector, type InjectedFaultKind } from './fault-injection';
import { createFcApi } from './fc/api';
import { createEmulatorServer } from './http/server';
import { type DurableState, openDurableState } from './persistence/durable-state';
import { RateLimiter } from './rate-limiter';
import { extendSchema } from './schema-extensions';
import { TokenStore } from './token-store';

export interface EmulatorOptions extends AccountSizes {
  /** Port on 127.0.0.1; default 0 (any free port). */
  port?: number;
  /** Seed of the generated account; default 1. The same seed gives the same account. */
  seed?: number;
  /** The demo user's name and API key (defaults derive from the seed). */
  username?: string;
  apiKey?: string;
  /**
   * Keep the account in this file and its journal `<file>.journal`: every change is on disk before its answer is
   * sent; reloaded (journal replayed) on start.
   */
  stateFile?: string;
  /** Fold the journal into the state file once it passes this many bytes; default 16 MiB. */
  journalCompactBytes?: number;
  /** How long a new guest provisions, in milliseconds; default 30 000. */
  provisioningMs?: number;
  /** How long an OS reload takes, in milliseconds; default 20 000. */
  reloadMs?: number;
  /** Requests per second per user before the rate-limit fault; default 50, 0 turns it off. */
  rateLimit?: number;
  /** Latency added to every API request, in milliseconds. */
  faultLatencyMs?: number;
  /** Probability (0..1) that an API request fails with one of `faultKinds`. */
  faultRate?: number;
  faultKinds?: readonly InjectedFaultKind[];
  /** The Flying Circus directory project and its API key (served under /fc/v1). */
  fcProject?: string;
  fcApiKey?: string;
  /** Clock in milliseconds since the epoch; tests move it. Default `Date.now`. */
  now?: () => number;
}

export interface Emulator {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `<url>/xmlrpc/v3.1/`: the endpoint_url for XML-RPC clients. */
  xmlrpcUrl: string;
  /** `<url>/rest/v3.1/`: the endpoint_url for REST clients. */
  restUrl: string;
  credentials: { username: string; apiKey: string };
  fcDirectory: { url: string; project: string; apiKey: string };
  /** The live account (for tests that look behind the API). */
  state: EmulatorState;
  /** With `stateFile`: what loading found (changes replayed from the journal, bytes of a torn last record dropped). */
  recovery?: DurableState['recovery'];
  /** Writes pending state, closes every connection and stops the server. */
  close(): Promise<void>;
}

function checkOptions(options: EmulatorOptions): void {
  const counts: Array<keyof EmulatorOptions> = [
    'guests',
    'hardware',
    'domains',
    'tickets',
    'sshKeys',
    'images',
    'users',
    'invoices',
    'storageVolumes',
    'loadBalancers',
    'securityGroups',
    'provisioningMs',
    'reloadMs',
    'rateLimit',
    'faultLatencyMs',
    'port',
    'journalCompactBytes',
  ];
  for (const key of counts) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) {
      throw new EmulatorError(
        'EMULATOR_INVALID_OPTION',
        `${key} must be a non-negative integer, got ${String(value)}`,
      );
    }
  }
  // Each datacenter's subnets hold 65,533 addresses; 500,000 guests spread over the datacenters fit.
  if (options.guests !== undefined && options.guests > 500_000) {
    throw new EmulatorError(
      'EMULATOR_INVALID_OPTION',
      `guests must be at most 500,000, got ${options.guests}`,
    );
  }
  if (options.faultRate !== undefined && !(options.faultRate >= 0 && options.faultRate <= 1)) {
    throw new EmulatorError(
      'EMULATOR_INVALID_OPTION',
      `faultRate must be between 0 and 1, got ${options.faultRate}`,
    );
  }
  if (options.apiKey !== undefined && !/^[A-Za-z0-9_-]{16,}$/.test(options.apiKey)) {
    throw new EmulatorError(
      'EMULATOR_INVALID_OPTION',
      'apiKey must be at least 16 letters, digits, "-" or "_"',
    );
  }
}

/** Keeps `apiKey` readable but out of `console.log` / `util.inspect` output. */
function redactedInInspect<T extends { apiKey: string }>(value: T): T {
  Object.defineProperty(value, Symbol.for('nodejs.util.inspect.custom'), {
    enumerable: false,
    value: () => ({ ...value, apiKey: '[redacted]' }),
  });
  return value;
}

/**
 * Starts a local SoftLayer API on 127.0.0.1: XML-RPC at `/xmlrpc/v3.1/`, REST at `/rest/v3.1/`, with a generated
 * account (or the one in `stateFile`). Close it when done.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  checkOptions(options);
  const now = options.now ?? Date.now;
  const generate = () => generateAccount({ ...options, now: now() });
  const durable = options.stateFile
    ? await openDurableState(options.stateFile, generate, {
        ...(options.journalCompactBytes === undefined ? {} : { compactBytes: options.journalCompactBytes }),
      })
    : undefined;
  const state = durable?.state ?? new EmulatorState(generate());

  const tokens = new TokenStore(now);
  const dispatcher = createDispatcher({
    state,
    schema: extendSchema(loadSchemaSync()),
    now,
    settings: {
      provisioningMs: options.provisioningMs ?? 30_000,
      reloadMs: options.reloadMs ?? 20_000,
      issueToken: (userId) => tokens.issue(userId, 'portal', 24 * 3600_000),
    },
  });
  const rateLimiter = new RateLimiter(options.rateLimit ?? 50, now);
  const gateway = createApiGateway({
    state,
    dispatcher,
    tokens,
    rateLimiter,
    now,
    whenDurable: durable ? () => durable.whenDurable() : () => Promise.resolve(),
  });
  const injectorOptions: FaultInjectionOptions = {
    latencyMs: options.faultLatencyMs ?? 0,
    rate: options.faultRate ?? 0,
    seed: options.seed ?? 1,
    ...(options.faultKinds ? { kinds: options.faultKinds } : {}),
  };
  const fc = createFcApi({
    project: options.fcProject ?? 'demo-project',
    apiKey: options.fcApiKey ?? randomBytes(24).toString('hex'),
    now,
  });
  const { server, pendingTimers } = createEmulatorServer({
    gateway,
    state,
    tokens,
    injector: new FaultInjector(injectorOptions),
    fc,
    rateLimit: rateLimiter.limit,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        new EmulatorError('EMULATOR_INVALID_OPTION', `cannot listen on 127.0.0.1:${options.port ?? 0}`, {
          cause: error,
        }),
      ),
    );
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const owner = state.users.all()[0];
  let closing: Promise<void> | undefined;
  return {
    url,
    xmlrpcUrl: `${url}/xmlrpc/v3.1/`,
    restUrl: `${url}/rest/v3.1/`,
    credentials: redactedInInspect({ username: owner?.username ?? '', apiKey: owner?.apiKey ?? '' }),
    fcDirectory: redactedInInspect({ url: `${url}/fc/v1`, project: fc.project, apiKey: fc.apiKey }),
    state,
    ...(durable ? { recovery: durable.recovery } : {}),
    close: () => {
      closing ??= (async () => {
        for (const timer of pendingTimers) clearTimeout(timer);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await durable?.close();
      })();
      return closing;
    },
  };
}
