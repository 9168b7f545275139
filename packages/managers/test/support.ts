import { createClient, createClientFromEnv, type SoftLayerClient } from '@sl/client';
import { type Emulator, startEmulator } from '@sl/emulator';
import { masksEqual } from '@sl/mask';
import { loadManagerCalls, loadManagerCallsMore, type ManagerCallCase, untag } from '@sl/test-kit';
import type { TransportRequest } from '@sl/transport';
import { expect } from 'vitest';
import { ManagerError } from '../src/manager-error';

/** An answer for a recorded call: a value, or a function of the request. */
export type Answer = unknown | ((request: TransportRequest) => unknown);

/**
 * A client whose transport records every request and answers from `answers` (`'Service::method'`, without the
 * `SoftLayer_` prefix); unanswered calls resolve `true` (what most changing calls return), and lists `[]`.
 */
export function recordingClient(answers: Readonly<Record<string, Answer>> = {}): {
  client: SoftLayerClient;
  calls: TransportRequest[];
} {
  const calls: TransportRequest[] = [];
  const client = createClient({
    transport: async (request) => {
      calls.push(request);
      const key = `${request.service.replace(/^SoftLayer_/, '')}::${request.method}`;
      const answer = Object.hasOwn(answers, key) ? answers[key] : /^get.*s$/.test(request.method) ? [] : true;
      const value = typeof answer === 'function' ? await answer(request) : structuredClone(answer);
      return {
        value,
        status: 200,
        headers: {},
        ...(Array.isArray(value) ? { totalCount: value.length } : {}),
      };
    },
  });
  return { client, calls };
}

const cases = new Map(
  [...loadManagerCalls(), ...loadManagerCallsMore()].map((managerCase) => [managerCase.name, managerCase]),
);

/** A case of `conformance/manager-calls.json` or `manager-calls-more.json` by its name (`'sshkey.get_key(1)'`). */
export function managerCase(name: string): ManagerCallCase {
  const found = cases.get(name);
  if (!found) throw new Error(`no manager-calls.json case named ${name}`);
  return found;
}

/** Structs' null members dropped: the reference sends `None` options as nil, we leave them out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array)
  ) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== null && item !== undefined)
        .map(([key, item]) => [key, withoutNulls(item)]),
    );
  }
  return value;
}

/** Our filter without the `orderBy id` that paging adds for stable pages (the reference pages without one). */
export function withoutStableOrder(filter: unknown): unknown {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) return filter;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (
      key === 'id' &&
      value !== null &&
      typeof value === 'object' &&
      (value as { operation?: unknown }).operation === 'orderBy'
    ) {
      continue;
    }
    const inner = withoutStableOrder(value);
    if (inner !== null && typeof inner === 'object' && Object.keys(inner).length === 0) continue;
    out[key] = inner;
  }
  return out;
}

function maskText(mask: unknown): string | undefined {
  if (mask === undefined || mask === null) return undefined;
  if (typeof mask !== 'string') throw new Error(`expected a mask string, got ${JSON.stringify(mask)}`);
  return mask;
}

/** One call the reference made: as in `manager-calls.json` (tagged JSON values), `args` optional. */
export type ReferenceCall = Omit<ManagerCallCase['calls'][number], 'args'> & { args?: unknown[] };

/** How to compare calls. */
export interface CompareOptions {
  /** Compare filters whole, `orderBy` included (for cases where the reference sorts by id itself). */
  wholeFilter?: boolean;
}

/**
 * Checks that `recorded` asks the API what the reference managers asked in the case `name`: the same services and
 * methods in order, the same arguments (nulls aside), an id where the reference sent one, masks naming the same
 * properties, equal filters (our stable-order `orderBy` aside), and paging where the reference paged.
 */
export function expectSameCalls(
  name: string,
  recorded: readonly TransportRequest[],
  options: CompareOptions = {},
): void {
  expectReferenceCalls(recorded, managerCase(name).calls, name, options);
}

/**
 * `expectSameCalls` against calls recorded from the reference some other way (tagged JSON values are read as in
 * `manager-calls.json`); `name` labels the failures.
 */
export function expectReferenceCalls(
  recorded: readonly TransportRequest[],
  expected: readonly ReferenceCall[],
  name = 'reference calls',
  options: CompareOptions = {},
): void {
  expect(
    recorded.map((call) => `${call.service}::${call.method}`),
    name,
  ).toEqual(expected.map((call) => `${call.service}::${call.method}`));
  expected.forEach((want, index) => {
    const got = recorded[index]!;
    const where = `${name}, call ${index + 1} (${want.method})`;
    expect(withoutNulls(got.args ?? []), `${where}: args`).toEqual(withoutNulls(untag(want.args ?? [])));
    if (want.id !== undefined && want.id !== null) expect(got.id, `${where}: id`).toEqual(untag(want.id));
    else expect(got.id, `${where}: id`).toBeUndefined();
    const wantMask = maskText(want.mask);
    const gotMask = maskText(got.mask);
    if (wantMask === undefined) expect(gotMask, `${where}: mask`).toBeUndefined();
    else {
      expect(gotMask, `${where}: mask`).toBeDefined();
      expect(masksEqual(gotMask!, wantMask), `${where}: mask ${gotMask} vs ${wantMask}`).toBe(true);
    }
    if (options.wholeFilter) expect(got.filter ?? {}, `${where}: filter`).toEqual(untag(want.filter ?? {}));
    else {
      // Both sides without `orderBy id`: ours adds it to every paged list; the reference sends it on some.
      const wantFilter = withoutStableOrder(untag(want.filter ?? {}));
      expect(withoutStableOrder(got.filter ?? {}), `${where}: filter`).toEqual(wantFilter);
    }
    if (want.limit !== undefined) expect(got.limit, `${where}: paged`).toBe(want.limit);
    else expect(got.limit, `${where}: not paged`).toBeUndefined();
  });
}

/** A small emulator (no rate limit, fast provisioning) and a client for it. */
export async function startTestEmulator(
  options: Parameters<typeof startEmulator>[0] = {},
): Promise<{ emulator: Emulator; client: SoftLayerClient; close: () => Promise<void> }> {
  const emulator = await startEmulator({
    seed: 7,
    guests: 30,
    provisioningMs: 200,
    rateLimit: 0,
    ...options,
  });
  const client = createClientFromEnv({
    endpointUrl: emulator.xmlrpcUrl,
    username: emulator.credentials.username,
    apiKey: emulator.credentials.apiKey,
    env: {},
    systemConfigFile: false,
    homeDir: '/nonexistent',
  });
  return {
    emulator,
    client,
    close: async () => {
      await client.close();
      await emulator.close();
    },
  };
}

/** A call a manager must refuse before sending anything: a label, the call, and what the message must say. */
export type Refusal = readonly [name: string, run: () => Promise<unknown>, message: RegExp];

/**
 * Checks that every refusal rejects with `ManagerError` `SL_INVALID_ARGUMENT` and a matching message, and that
 * nothing reached the transport (`calls` of the `recordingClient` the manager uses).
 */
export async function expectRefused(
  refusals: readonly Refusal[],
  calls: readonly TransportRequest[],
): Promise<void> {
  for (const [name, run, message] of refusals) {
    const error = await run().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error, name).toBeInstanceOf(ManagerError);
    expect((error as ManagerError).code, name).toBe('SL_INVALID_ARGUMENT');
    expect((error as ManagerError).message, name).toMatch(message);
  }
  expect(calls).toEqual([]);
}

/** A small guest by key name, from the emulator's catalog (`PUBLIC_CLOUD_SERVER`). */
export const SMALL_GUEST_ITEMS: readonly string[] = [
  'GUEST_CORE_1',
  'RAM_1_GB',
  'OS_UBUNTU_22_64',
  'GUEST_DISK_25_GB_SAN',
  '100_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS',
  'BANDWIDTH_0_GB_2',
  '1_IP_ADDRESS',
  'REBOOT_REMOTE_CONSOLE',
];

/**
 * The calls with each `placeOrder` container's location as a number: `OrderingManager` sends it as text, as the
 * metadata types it (the reference sends the number). Checks that it was text.
 */
export function withNumericLocation(calls: readonly TransportRequest[]): TransportRequest[] {
  return calls.map((call) => {
    if (call.method !== 'placeOrder') return call;
    const [container] = (call.args ?? []) as Array<{ orderContainers: Array<Record<string, unknown>> }>;
    const order = container!.orderContainers[0]!;
    expect(typeof order.location).toBe('string');
    return { ...call, args: [{ orderContainers: [{ ...order, location: Number(order.location) }] }] };
  });
}
