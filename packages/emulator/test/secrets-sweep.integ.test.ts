// Issue 12: a run of the client and the managers with canary credentials in which every error, debug record,
// retry event, warning and reproduce() output is scanned — the canaries appear nowhere. (The demo's own run is
// scanned in demo.integ.test.ts.)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { type Auth, createBearerAuth, createIamAuth } from '@sl/auth';
import { createClient, createClientFromEnv, type SoftLayerClient } from '@sl/client';
import { refusedUrl } from '@sl/test-kit';
import { type DebugTransport, type RetryEvent, reproduce, withDebug } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @sl/managers depends on this package (its tests run against the emulator): its source is used here.
import { SshKeyManager, UserManager, VsManager } from '../../managers/src/index';
import { type Emulator, startEmulator } from '../src/index';

const CANARY_KEY = 'CanaryApiKey0000sweep1111secret2222canary3333';
const WRONG_KEY = 'CanaryWrongKey4444sweep5555secret6666canary';
const CANARY_PASSWORD = 'CanaryPassword7777sweep';
const CANARY_BEARER = 'CanaryBearer8888sweep9999token';

/** Everything that was printed, logged or thrown, as text. */
const texts: string[] = [];
const canaries = new Set([CANARY_KEY, WRONG_KEY, CANARY_PASSWORD, CANARY_BEARER]);

function remember(label: string, value: unknown): void {
  texts.push(
    `${label}: ${typeof value === 'string' ? value : inspect(value, { depth: 12, showHidden: true })}`,
  );
  try {
    texts.push(`${label} (JSON): ${JSON.stringify(value)}`);
  } catch {
    // A cycle: inspect above has it.
  }
}

/** An error, its cause chain, its request, `toJSON()` and what `reproduce` makes of its request. */
function rememberError(label: string, error: unknown, endpoint: string): void {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current !== undefined && current !== null; depth++) {
    const item = current as { message?: unknown; stack?: unknown; request?: unknown; toJSON?: () => unknown };
    remember(`${label} cause ${depth}`, current);
    texts.push(String(current), String(item.message), String(item.stack));
    if (typeof item.toJSON === 'function') remember(`${label} toJSON`, item.toJSON());
    if (item.request && typeof item.request === 'object') {
      texts.push(reproduce(item.request as Parameters<typeof reproduce>[0], { endpoint }));
    }
    current = (current as { cause?: unknown }).cause;
  }
}

async function failing(label: string, endpoint: string, work: () => Promise<unknown>): Promise<void> {
  const outcome = await work().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome, `${label} should fail`).toBeDefined();
  rememberError(label, outcome, endpoint);
}

let emulator: Emulator;
let flaky: Emulator;
const warnings: string[] = [];
const onWarning = (warning: Error): void => void warnings.push(`${warning.name} ${warning.message}`);

beforeAll(async () => {
  process.on('warning', onWarning);
  emulator = await startEmulator({ guests: 30, apiKey: CANARY_KEY, rateLimit: 0 });
  flaky = await startEmulator({ guests: 30, apiKey: CANARY_KEY, rateLimit: 0, faultRate: 0.5, seed: 3 });
  emulator.state.users.all()[0]!.password = CANARY_PASSWORD;
});
afterAll(async () => {
  process.off('warning', onWarning);
  await emulator.close();
  await flaky.close();
});

/** A client over the default transport of `createClientFromEnv`, with a debug record of every call. */
function debuggedClient(
  endpointUrl: string,
  settings: { apiKey?: string; auth?: Auth },
): { client: SoftLayerClient; debug: DebugTransport; close: () => Promise<void> } {
  const fromEnv = createClientFromEnv({
    endpointUrl,
    username: emulator.credentials.username,
    ...settings,
    env: {},
    homeDir: '/nonexistent',
    systemConfigFile: false,
    retry: { minDelayMs: 1, onRetry: (event: RetryEvent) => remember('onRetry', event) },
    onWarning: (message) => warnings.push(message),
  });
  const debug = withDebug(fromEnv.transport);
  const client = createClient({ transport: debug, ...(fromEnv.auth ? { auth: fromEnv.auth } : {}) });
  return { client, debug, close: () => fromEnv.close() };
}

function rememberDebug(label: string, debug: DebugTransport, endpoint: string): void {
  for (const call of debug.lastCalls()) {
    remember(`${label} debug`, call);
    texts.push(reproduce(call.request, { endpoint }));
    if (call.error) rememberError(`${label} debug error`, call.error, endpoint);
  }
}

describe('secrets sweep: canary credentials appear in no error, record, log line or warning', () => {
  it('over XML-RPC and REST, with an API key, a login, a bearer token and IAM tokens', {
    timeout: 60_000,
  }, async () => {
    const refused = await refusedUrl();
    const echoing = await echoServerUrl();
    const issued: string[] = [];
    for (const endpoint of [emulator.xmlrpcUrl, emulator.restUrl]) {
      const { client, debug, close } = debuggedClient(endpoint, { apiKey: CANARY_KEY });
      const users = new UserManager(client);
      const servers = new VsManager(client);
      const keys = new SshKeyManager(client);
      await client.call('Account', 'getObject', { mask: 'id,companyName' });
      await client.call('Account', 'getCurrentUser', { mask: 'id,username,apiAuthenticationKeys' });
      const me = await users.getCurrentUser();
      const other = (await users.listUsers()).find((user) => user.id !== me.id);
      issued.push(await users.addApiAuthenticationKey(other!.id!));
      await keys.listKeys();
      await failing('not found', endpoint, () => servers.getInstance(987_654_321));
      await failing('bad method', endpoint, () => client.call('Account', 'getNothingAtAll'));
      await failing('bad key', endpoint, () => keys.addKey('not a key', 'x'));
      await failing('deadline', endpoint, () =>
        client.call('Account', 'getObject', { deadline: Date.now() - 1 }),
      );
      const controller = new AbortController();
      controller.abort(new Error('stopped by the sweep'));
      await failing('abort', endpoint, () =>
        client.call('Account', 'getObject', { signal: controller.signal }),
      );
      await failing('login', endpoint, () =>
        client.authenticateWithPassword(emulator.credentials.username, 'wrong'),
      );
      await client.authenticateWithPassword(emulator.credentials.username, CANARY_PASSWORD);
      const portal = await client.auth?.credentials();
      if (portal?.type === 'portalToken') issued.push(portal.authToken);
      remember('portal auth', client.auth);
      await client.call('Account', 'getObject', { mask: 'id' });
      rememberDebug(endpoint, debug, endpoint);
      await close();

      const wrong = debuggedClient(endpoint, { apiKey: WRONG_KEY });
      await failing('wrong key', endpoint, () => wrong.client.call('Account', 'getObject'));
      rememberDebug(`${endpoint} wrong`, wrong.debug, endpoint);
      await wrong.close();

      const bearer = debuggedClient(endpoint, { auth: createBearerAuth({ token: CANARY_BEARER }) });
      await failing('bad bearer', endpoint, () => bearer.client.call('Account', 'getObject'));
      rememberDebug(`${endpoint} bearer`, bearer.debug, endpoint);
      await bearer.close();

      const iam = createIamAuth({
        apiKey: CANARY_KEY,
        tokenUrl: `${emulator.url}/identity/token`,
        onTokens: (tokens) => {
          issued.push(tokens.accessToken, ...(tokens.refreshToken ? [tokens.refreshToken] : []));
        },
      });
      const iamClient = debuggedClient(endpoint, { auth: iam });
      await iamClient.client.call('Account', 'getObject', { mask: 'id' });
      await failing('iam bad method', endpoint, () => iamClient.client.call('Account', 'getNothingAtAll'));
      remember('iam auth', iam);
      rememberDebug(`${endpoint} iam`, iamClient.debug, endpoint);
      await iamClient.close();
      const badIam = createIamAuth({ apiKey: WRONG_KEY, tokenUrl: `${emulator.url}/identity/token` });
      await failing('iam wrong key', endpoint, () => badIam.credentials());
      await failing('iam refused', endpoint, () =>
        createIamAuth({ apiKey: CANARY_KEY, tokenUrl: `${refused}/identity/token` }).credentials(),
      );

      const faults = debuggedClient(endpoint.replace(emulator.url, flaky.url), { apiKey: CANARY_KEY });
      for (let index = 0; index < 12; index++) {
        await faults.client
          .call('Account', 'getVirtualGuests', { mask: 'id', limit: 5 })
          .catch((error: unknown) => {
            rememberError('faults', error, endpoint);
          });
        await faults.client
          .call('Security_Ssh_Key', 'createObject', {
            args: [{ label: `sweep-${index}`, key: 'ssh-rsa AAAAB3Nza sweep' }],
          })
          .catch((error: unknown) => rememberError('faults create', error, endpoint));
      }
      rememberDebug(`${endpoint} faults`, faults.debug, endpoint);
      await faults.close();

      const echo = debuggedClient(endpoint.replace(emulator.url, echoing), { apiKey: CANARY_KEY });
      await failing('echo', endpoint, () => echo.client.call('Account', 'getObject'));
      rememberDebug(`${endpoint} echo`, echo.debug, endpoint);
      await echo.close();

      const down = debuggedClient(endpoint.replace(emulator.url, refused), { apiKey: CANARY_KEY });
      await failing('refused', endpoint, () => down.client.call('Account', 'getObject'));
      rememberDebug(`${endpoint} refused`, down.debug, endpoint);
      await down.close();
    }
    expect(issued).toHaveLength(2 * 4); // per endpoint: an API key, a portal token, IAM access and refresh tokens
    for (const secret of issued) canaries.add(secret);
    remember('warnings', warnings);
    const forms = [...canaries].flatMap((canary) => [
      canary,
      Buffer.from(`${emulator.credentials.username}:${canary}`).toString('base64'),
    ]);
    const leaks = texts.flatMap((text) =>
      forms
        .filter((form) => text.includes(form))
        .map(
          (form) => `${text.slice(0, 60)} … ${text.slice(text.indexOf(form) - 200, text.indexOf(form) + 60)}`,
        ),
    );
    expect(leaks).toEqual([]);
    expect(texts.length).toBeGreaterThan(100);
  });
});

/** A server whose error page quotes the request (headers and body), as a misbehaving proxy's does. */
async function echoServerUrl(): Promise<string> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(502, { 'content-type': 'text/plain', connection: 'close' });
      response.end(
        `Bad gateway for ${JSON.stringify(request.headers)} ${Buffer.concat(chunks).toString('utf8')}`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  echoServers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const echoServers: ReturnType<typeof createServer>[] = [];
afterAll(async () => {
  for (const server of echoServers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
