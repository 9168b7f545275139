// L7 pools and policies of the IBM Cloud Load Balancers: createL7Pool / deleteObject on SoftLayer_Network_LBaaS_L7Pool,
// addL7Policies / deleteObject on SoftLayer_Network_LBaaS_L7Policy, the l7Pools and l7Policies relations, the
// faults of bad input (nothing changes), and what a state file keeps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadBalancerRecord } from '../src/data/records';
import { type Emulator, startEmulator } from '../src/index';
import { faultOf, xmlrpcCall } from './call-api';

const LB = 'SoftLayer_Network_LBaaS_LoadBalancer';
const POOL = 'SoftLayer_Network_LBaaS_L7Pool';
const POLICY = 'SoftLayer_Network_LBaaS_L7Policy';
const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-l7-'));
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 7, guests: 40, loadBalancers: 2, rateLimit: 0 });
});
afterAll(async () => {
  await emulator.close();
  rmSync(directory, { recursive: true, force: true });
});

type Json = Record<string, unknown>;
const first = (target = emulator) => target.state.loadBalancers.all()[0] as LoadBalancerRecord;
const pools = async (id: number, mask = 'l7Pools[l7Members,l7HealthMonitor,l7SessionAffinity,l7Policies]') =>
  ((await xmlrpcCall(emulator, LB, 'getObject', { id, mask })).value as Json).l7Pools as Json[];

describe('SoftLayer_Network_LBaaS_L7Pool', () => {
  it('createL7Pool adds a pool with its members, health monitor and stickiness; getObject reads it', async () => {
    const lb = first();
    expect(await pools(lb.id)).toEqual([]);
    const { value } = await xmlrpcCall(
      emulator,
      POOL,
      'createL7Pool',
      {},
      lb.uuid,
      { name: 'images', loadBalancingAlgorithm: 'WEIGHTED_RR', protocol: 'HTTP' },
      [
        { address: '10.0.0.5', port: '8080', weight: '40' },
        { address: '10.0.0.6', port: 8080, weight: 60 },
      ],
      { interval: 10, timeout: 3, maxRetries: 4, urlPath: '/healthz' },
      { type: 'SOURCE_IP' },
    );
    expect((value as Json).uuid).toBe(lb.uuid);
    const [pool] = await pools(lb.id);
    expect(pool).toMatchObject({
      name: 'images',
      loadBalancingAlgorithm: 'WEIGHTED_RR',
      protocol: 'HTTP',
      provisioningStatus: 'ACTIVE',
      l7HealthMonitor: { interval: 10, timeout: 3, maxRetries: 4, urlPath: '/healthz', monitorType: 'HTTP' },
      l7SessionAffinity: { type: 'SOURCE_IP' },
      l7Policies: [],
    });
    expect(
      ((pool?.l7Members ?? []) as Json[]).map((member) => [member.address, member.port, member.weight]),
    ).toEqual([
      ['10.0.0.5', 8080, 40],
      ['10.0.0.6', 8080, 60],
    ]);
    const { value: read } = await xmlrpcCall(emulator, POOL, 'getObject', { id: pool?.id as number });
    expect(read).toMatchObject({ id: pool?.id, name: 'images' });
  });

  it('refuses bad input without changing anything', async () => {
    const lb = first();
    const before = JSON.stringify(lb.l7Pools);
    for (const args of [
      [{ name: 'images' }, [], {}, {}],
      [{ name: 'x', protocol: 'TCP' }, [], {}, {}],
      [{ name: 'x' }, [{ address: 'nope', port: 80 }], {}, {}],
      [{ name: 'x' }, [{ address: '10.0.0.1', port: 80, weight: 500 }], {}, {}],
      [{ name: 'x' }, [], { interval: 0 }, {}],
      [{}, [], {}, {}],
    ]) {
      const fault = await faultOf(xmlrpcCall(emulator, POOL, 'createL7Pool', {}, lb.uuid, ...(args as [])));
      expect(fault.faultString).not.toBe('');
    }
    expect(JSON.stringify(first().l7Pools)).toBe(before);
    const unknown = await faultOf(
      xmlrpcCall(emulator, POOL, 'createL7Pool', {}, 'no-such-uuid', { name: 'a' }),
    );
    expect(unknown.faultCode).toBe('SoftLayer_Exception_ObjectNotFound');
  });
});

describe('SoftLayer_Network_LBaaS_L7Policy', () => {
  it('addL7Policies adds policies with rules to a listener; a pool a policy uses cannot be deleted', async () => {
    const lb = first();
    const listener = lb.listeners[0]!;
    const [pool] = await pools(lb.id);
    await xmlrpcCall(emulator, POLICY, 'addL7Policies', {}, listener.uuid, [
      {
        l7Policy: {
          name: 'to-images',
          action: 'REDIRECT_POOL',
          priority: 10,
          redirectL7PoolId: pool?.id as number,
        },
        l7Rules: [{ type: 'PATH', comparisonType: 'STARTS_WITH', value: '/images' }],
      },
      { l7Policy: { name: 'old', action: 'REDIRECT_URL', priority: 5, redirectUrl: 'https://example.com/' } },
    ]);
    const { value: policies } = await xmlrpcCall(
      emulator,
      'SoftLayer_Network_LBaaS_Listener',
      'getL7Policies',
      {
        id: listener.id,
        mask: 'mask[l7Rules]',
      },
    );
    expect(policies).toMatchObject([
      {
        name: 'to-images',
        action: 'REDIRECT_POOL',
        redirectL7PoolId: pool?.id,
        redirectL7PoolUuid: pool?.uuid,
        l7Rules: [{ type: 'PATH', comparisonType: 'STARTS_WITH', value: '/images', invert: 0 }],
      },
      { name: 'old', action: 'REDIRECT_URL', redirectUrl: 'https://example.com/', l7Rules: [] },
    ]);
    expect((await pools(lb.id))[0]?.l7Policies).toMatchObject([{ name: 'to-images' }]);

    const inUse = await faultOf(xmlrpcCall(emulator, POOL, 'deleteObject', { id: pool?.id as number }));
    expect(inUse.faultString).toContain('to-images');
    const bad = await faultOf(
      xmlrpcCall(emulator, POLICY, 'addL7Policies', {}, listener.uuid, [
        { l7Policy: { name: 'x', action: 'REDIRECT_POOL', redirectL7PoolId: 1 } },
      ]),
    );
    expect(bad.faultString).toContain('redirectL7PoolId');

    const toImages = (policies as Json[])[0]?.id as number;
    await xmlrpcCall(emulator, POLICY, 'deleteObject', { id: toImages });
    await xmlrpcCall(emulator, POOL, 'deleteObject', { id: pool?.id as number });
    expect(await pools(lb.id)).toEqual([]);
    const gone = await faultOf(xmlrpcCall(emulator, POOL, 'getObject', { id: pool?.id as number }));
    expect(gone.faultCode).toBe('SoftLayer_Exception_ObjectNotFound');
  });
});

describe('--state FILE', () => {
  it('keeps L7 pools and policies across a restart', async () => {
    const file = join(directory, 'l7.json');
    const one = await startEmulator({ stateFile: file, guests: 40, loadBalancers: 1, rateLimit: 0 });
    const lb = first(one);
    await xmlrpcCall(one, POOL, 'createL7Pool', {}, lb.uuid, { name: 'kept' }, [], {}, {});
    await xmlrpcCall(one, POLICY, 'addL7Policies', {}, lb.listeners[0]!.uuid, [
      { l7Policy: { name: 'deny', action: 'REJECT', priority: 1 } },
    ]);
    await one.close();
    const two = await startEmulator({ stateFile: file, loadBalancers: 0 });
    try {
      const reloaded = first(two);
      expect(reloaded.l7Pools?.map((pool) => pool.name)).toEqual(['kept']);
      expect(reloaded.listeners[0]?.l7Policies?.map((policy) => policy.name)).toEqual(['deny']);
    } finally {
      await two.close();
    }
  });
});
