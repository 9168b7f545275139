// IBM Cloud Load Balancers (LBaaS) over XML-RPC and REST: lists with masks, filters and limits, details, member
// health, and every change method (description, members, protocols, health monitors, ciphers, cancellation), with
// what a state file keeps of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { XmlRpcValue } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressAt, subnetsOf } from '../src/data/network';
import type { GuestRecord, LoadBalancerRecord } from '../src/data/records';
import { type Emulator, startEmulator } from '../src/index';
import { type CallOptions, faultOf, restCall, xmlrpcCall } from './call-api';

const LB = 'SoftLayer_Network_LBaaS_LoadBalancer';
const MEMBER = 'SoftLayer_Network_LBaaS_Member';
const LISTENER = 'SoftLayer_Network_LBaaS_Listener';
const HEALTH = 'SoftLayer_Network_LBaaS_HealthMonitor';
/** The reference's `get_lb` mask (`slcli loadbal detail`). */
const DETAIL_MASK =
  'mask[healthMonitors, l7Pools,  members, sslCiphers, listeners[defaultPool[healthMonitor, members, sessionAffinity],l7Policies]]';

const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-lbaas-'));
let clock = Date.UTC(2026, 5, 1, 12);
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: 21,
    guests: 200,
    loadBalancers: 5,
    rateLimit: 0,
    provisioningMs: 60_000,
    now: () => clock,
  });
});
afterAll(async () => {
  await emulator.close();
  rmSync(directory, { recursive: true, force: true });
});

type Json = Record<string, unknown>;

async function value<T>(service: string, method: string, options: CallOptions = {}, ...args: XmlRpcValue[]) {
  return (await xmlrpcCall(emulator, service, method, options, ...args)).value as T;
}

function privateAddress(guest: GuestRecord): string {
  return addressAt(subnetsOf(guest.datacenterId).private, guest.ipIndex);
}

function loadBalancers(): readonly LoadBalancerRecord[] {
  return emulator.state.loadBalancers.all();
}

/** A guest in the load balancer's datacenter that is not one of its members yet. */
function newMemberFor(loadBalancer: LoadBalancerRecord): GuestRecord {
  const taken = new Set(loadBalancer.members.map((member) => member.address));
  return emulator.state.guests
    .all()
    .find((guest) => guest.datacenterId === loadBalancer.datacenterId && !taken.has(privateAddress(guest)))!;
}

describe('listing and reading load balancers', () => {
  it("getAllObjects answers the reference's get_lbaas mask with every load balancer", async () => {
    const { value: items, total } = await xmlrpcCall(emulator, LB, 'getAllObjects', {
      mask: 'mask[datacenter,listenerCount,memberCount]',
    });
    const list = items as Json[];
    expect(total).toBe(5);
    expect(list.map((item) => item.id)).toEqual(loadBalancers().map((item) => item.id));
    for (const [index, item] of list.entries()) {
      const stored = loadBalancers()[index]!;
      expect(item).toMatchObject({
        id: stored.id,
        uuid: stored.uuid,
        name: stored.name,
        description: stored.description,
        address: `${stored.name}-${emulator.state.accountId}-${(item.datacenter as Json).name}.clb.appdomain.cloud`,
        isPublic: stored.type === 0 ? 0 : 1,
        type: stored.type,
        operatingStatus: 'ONLINE',
        provisioningStatus: 'ACTIVE',
        createDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-06:00$/),
        datacenter: { id: stored.datacenterId, name: expect.stringMatching(/^[a-z]{3}\d\d$/) },
        listenerCount: stored.listeners.length,
        memberCount: stored.members.length,
      });
      expect(item).not.toHaveProperty('listeners');
    }
  });

  it('masks reach listeners, pools, health monitors, members and ciphers', async () => {
    const stored = loadBalancers()[0]!;
    const detail = await value<Json>(LB, 'getObject', {
      id: stored.id,
      mask: 'mask[id,listeners[uuid,protocol,protocolPort,defaultPool[protocol,protocolPort,loadBalancingAlgorithm,healthMonitor[uuid,monitorType,urlPath],members[address]]],members[uuid,address,weight],healthMonitors[uuid],sslCiphers,l7Pools]',
    });
    expect(detail.id).toBe(stored.id);
    expect(detail.datacenter).toMatchObject({ id: stored.datacenterId });
    expect(detail.listeners).toEqual(
      stored.listeners.map((listener) => ({
        uuid: listener.uuid,
        protocol: listener.protocol,
        protocolPort: listener.protocolPort,
        defaultPool: {
          protocol: listener.pool.protocol,
          protocolPort: listener.pool.protocolPort,
          loadBalancingAlgorithm: listener.pool.loadBalancingAlgorithm,
          healthMonitor: {
            uuid: listener.pool.healthMonitor.uuid,
            monitorType: listener.pool.protocol,
            ...(listener.pool.healthMonitor.urlPath === null
              ? {}
              : { urlPath: listener.pool.healthMonitor.urlPath }),
          },
          members: stored.members.map((member) => ({ address: member.address })),
        },
      })),
    );
    expect(detail.members).toEqual(
      stored.members.map((member) => ({ uuid: member.uuid, address: member.address, weight: member.weight })),
    );
    expect(detail.healthMonitors).toEqual(
      stored.listeners.map((listener) => ({ uuid: listener.pool.healthMonitor.uuid })),
    );
    expect(detail.l7Pools).toEqual([]);
    expect((detail.sslCiphers as Json[]).map((cipher) => cipher.id)).toEqual(stored.sslCipherIds);
    const guests = new Map(emulator.state.guests.all().map((guest) => [privateAddress(guest), guest]));
    for (const member of stored.members)
      expect(guests.get(member.address)?.datacenterId).toBe(stored.datacenterId);
  });

  it('filters by name, type and datacenter, orders, and pages with resultLimit', async () => {
    const sample = loadBalancers()[2]!;
    const byName = await value<Json[]>(LB, 'getAllObjects', {
      mask: 'id,name',
      filter: { name: { operation: sample.name } },
    });
    expect(byName).toEqual([{ id: sample.id, name: sample.name, datacenter: expect.any(Object) }]);
    const privateOnes = await value<Json[]>(LB, 'getAllObjects', {
      mask: 'id',
      filter: { type: { operation: 0 } },
    });
    expect(privateOnes.map((item) => item.id)).toEqual(
      loadBalancers()
        .filter((item) => item.type === 0)
        .map((item) => item.id),
    );
    const datacenter = (await value<Json>(LB, 'getObject', { id: sample.id, mask: 'id' })).datacenter as Json;
    const inDatacenter = await value<Json[]>(LB, 'getAllObjects', {
      mask: 'id',
      filter: { datacenter: { name: { operation: datacenter.name as string } } },
    });
    expect(inDatacenter.map((item) => item.id)).toEqual(
      loadBalancers()
        .filter((item) => item.datacenterId === sample.datacenterId)
        .map((item) => item.id),
    );
    const ordered = await value<Json[]>(LB, 'getAllObjects', {
      mask: 'id,name',
      filter: { name: { operation: 'orderBy', options: [{ name: 'sort', value: ['DESC'] }] } },
    });
    const names = ordered.map((item) => item.name as string);
    expect(names).toEqual([...names].sort().reverse());
    const page = await xmlrpcCall(emulator, LB, 'getAllObjects', { mask: 'id', limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect((page.value as Json[]).map((item) => item.id)).toEqual(
      loadBalancers()
        .slice(1, 3)
        .map((item) => item.id),
    );
  });

  it('getLoadBalancer by uuid, member health from the servers, statistics, ORM getters and the parts', async () => {
    const stored = loadBalancers()[1]!;
    const detail = await value<Json & { listeners: Json[] }>(LB, 'getObject', {
      id: stored.id,
      mask: DETAIL_MASK,
    });
    expect(detail).toMatchObject({
      id: stored.id,
      uuid: stored.uuid,
      l7Pools: [],
      datacenter: expect.any(Object),
    });
    expect(detail.listeners.map((listener) => (listener.defaultPool as Json).uuid)).toEqual(
      stored.listeners.map((listener) => listener.pool.uuid),
    );
    expect(detail.listeners[0]).toMatchObject({ l7Policies: [], provisioningStatus: 'ACTIVE' });
    expect(detail.members).toHaveLength(stored.members.length);
    const byUuid = await value<Json>(LB, 'getLoadBalancer', { mask: 'mask[id,uuid]' }, stored.uuid);
    expect(byUuid).toEqual({ id: stored.id, uuid: stored.uuid, datacenter: expect.any(Object) });
    const health = await value<Array<{ poolUuid: string; membersHealth: Json[] }>>(
      LB,
      'getLoadBalancerMemberHealth',
      {},
      stored.uuid,
    );
    expect(health.map((pool) => pool.poolUuid)).toEqual(
      stored.listeners.map((listener) => listener.pool.uuid),
    );
    const guests = new Map(emulator.state.guests.all().map((guest) => [privateAddress(guest), guest]));
    for (const pool of health) {
      expect(pool.membersHealth).toEqual(
        stored.members.map((member) => ({
          uuid: member.uuid,
          status: guests.get(member.address)?.powerState === 'RUNNING' ? 'UP' : 'DOWN',
        })),
      );
    }
    const statistics = await value<Json>(LB, 'getLoadBalancerStatistics', {}, stored.uuid);
    expect((statistics.numberOfMembersUp as number) + (statistics.numberOfMembersDown as number)).toBe(
      stored.members.length,
    );
    const listeners = await value<Json[]>(LB, 'getListeners', { id: stored.id, mask: 'id,uuid' });
    expect(listeners).toEqual(stored.listeners.map((listener) => ({ id: listener.id, uuid: listener.uuid })));
    const member = stored.members[0]!;
    const members = await value<Json[]>(LB, 'getMembers', {
      id: stored.id,
      mask: 'uuid',
      filter: { members: { address: { operation: member.address } } },
    });
    expect(members).toEqual([{ uuid: member.uuid }]);
    const listener = stored.listeners[0]!;
    expect(await value<Json>(LISTENER, 'getObject', { id: listener.id, mask: 'uuid' })).toEqual({
      uuid: listener.uuid,
    });
    expect(await value<Json>(LISTENER, 'getDefaultPool', { id: listener.id, mask: 'uuid' })).toEqual({
      uuid: listener.pool.uuid,
    });
    expect(await value<Json>(MEMBER, 'getObject', { id: member.id })).toMatchObject({
      uuid: member.uuid,
      address: member.address,
      provisioningStatus: 'ACTIVE',
    });
    expect(
      await value<Json>(HEALTH, 'getObject', { id: listener.pool.healthMonitor.id, mask: 'uuid,interval' }),
    ).toEqual({ uuid: listener.pool.healthMonitor.uuid, interval: listener.pool.healthMonitor.interval });
    const ciphers = await value<Json[]>('SoftLayer_Network_LBaaS_SSLCipher', 'getAllObjects');
    expect(ciphers).toContainEqual({ id: 2, name: 'ECDHE-RSA-AES256-GCM-SHA384' });
  });

  it("answers the API's not-found faults for unknown ids and uuids, over XML-RPC and REST", async () => {
    expect(await faultOf(value(LB, 'getObject', { id: 1 }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
      faultString: "Unable to find object with id of '1'.",
    });
    for (const method of ['getLoadBalancer', 'getLoadBalancerMemberHealth', 'cancelLoadBalancer']) {
      expect(await faultOf(value(LB, method, {}, 'no-such-uuid'))).toMatchObject({
        faultCode: 'SoftLayer_Exception_ObjectNotFound',
        faultString: "Unable to find object with global identifier of 'no-such-uuid'.",
      });
    }
    expect(
      await faultOf(
        value(MEMBER, 'addLoadBalancerMembers', {}, 'no-such-uuid', [{ privateIpAddress: '10.0.0.1' }]),
      ),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_ObjectNotFound' });
    expect(await faultOf(value(MEMBER, 'getObject', { id: 2 }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
    const missing = await restCall(
      emulator,
      'GET',
      `${LB}/getLoadBalancer/1a1aa111-4474-4e16-9f02-4de959229b85`,
    );
    expect(missing).toMatchObject({
      status: 404,
      body: {
        code: 'SoftLayer_Exception_ObjectNotFound',
        error: "Unable to find object with global identifier of '1a1aa111-4474-4e16-9f02-4de959229b85'.",
      },
    });
    expect((await restCall(emulator, 'GET', `${LB}/3`)).status).toBe(404);
  });
});

describe('changing load balancers over XML-RPC', () => {
  it('updateLoadBalancer changes the description and answers the load balancer with its parts', async () => {
    const stored = loadBalancers()[0]!;
    clock += 60_000;
    const updated = await value<Json>(LB, 'updateLoadBalancer', {}, stored.uuid, 'Changed by the test');
    expect(updated).toMatchObject({ id: stored.id, description: 'Changed by the test' });
    expect((updated.listeners as Json[])[0]).toMatchObject({
      defaultPool: { healthMonitor: expect.any(Object), members: expect.any(Array) },
    });
    expect(updated.members).toHaveLength(stored.members.length);
    expect(updated.healthMonitors).toHaveLength(stored.listeners.length);
    const masked = await value<Json>(
      LB,
      'updateLoadBalancer',
      { mask: 'mask[id,description]' },
      stored.uuid,
      'Again',
    );
    expect(masked).toEqual({ id: stored.id, description: 'Again', datacenter: expect.any(Object) });
    expect(emulator.state.loadBalancers.get(stored.id)?.modifiedAt).toBe(clock);
    expect(await faultOf(value(LB, 'updateLoadBalancer', {}, stored.uuid, 42))).toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
  });

  it('members added appear (in every pool and in the health), reweighted ones change, deleted ones go', async () => {
    const stored = loadBalancers()[1]!;
    const guest = newMemberFor(stored);
    const address = privateAddress(guest);
    const answer = await value<Json>(
      MEMBER,
      'addLoadBalancerMembers',
      { mask: 'mask[id,members[uuid,address,weight]]' },
      stored.uuid,
      [{ privateIpAddress: address, weight: 30 }],
    );
    const added = (answer.members as Json[]).find((member) => member.address === address)!;
    expect(added).toMatchObject({ uuid: expect.stringMatching(/^[0-9a-f-]{36}$/), weight: 30 });
    const pools = await value<Json>(LB, 'getObject', {
      id: stored.id,
      mask: 'listeners.defaultPool.members.address',
    });
    for (const listener of pools.listeners as Array<{ defaultPool: { members: Json[] } }>) {
      expect(listener.defaultPool.members).toContainEqual({ address });
    }
    const health = await value<Array<{ membersHealth: Json[] }>>(
      LB,
      'getLoadBalancerMemberHealth',
      {},
      stored.uuid,
    );
    expect(health[0]?.membersHealth).toContainEqual({
      uuid: added.uuid,
      status: guest.powerState === 'RUNNING' ? 'UP' : 'DOWN',
    });

    expect(
      await faultOf(
        value(MEMBER, 'addLoadBalancerMembers', {}, stored.uuid, [{ privateIpAddress: address }]),
      ),
    ).toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
      faultString: expect.stringContaining('already'),
    });
    const noPrivate = await faultOf(
      value(MEMBER, 'addLoadBalancerMembers', {}, stored.uuid, [{ publicIpAddress: '158.80.0.9' }]),
    );
    // `slcli loadbal member-add --public` recognises this message.
    expect(noPrivate.faultString).toContain('privateIpAddress must be a string');
    expect(
      await faultOf(
        value(MEMBER, 'addLoadBalancerMembers', {}, stored.uuid, [{ privateIpAddress: '8.8.8.8' }]),
      ),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_InvalidValue' });

    await value(MEMBER, 'updateLoadBalancerMembers', {}, stored.uuid, [
      { uuid: added.uuid as string, weight: 90 },
    ]);
    expect(
      emulator.state.loadBalancers.get(stored.id)?.members.find((member) => member.address === address)
        ?.weight,
    ).toBe(90);

    const after = await value<Json>(
      MEMBER,
      'deleteLoadBalancerMembers',
      { mask: 'mask[members[uuid]]' },
      stored.uuid,
      [added.uuid as string],
    );
    expect((after.members as Json[]).map((member) => member.uuid)).not.toContain(added.uuid);
    expect(
      await faultOf(value(MEMBER, 'deleteLoadBalancerMembers', {}, stored.uuid, [added.uuid as string])),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_ObjectNotFound' });
  });

  it('updateLoadBalancerProtocols adds and edits listeners, deleteLoadBalancerProtocols removes them', async () => {
    const stored = loadBalancers()[2]!;
    const before = stored.listeners.length;
    // `slcli loadbal pool-add` sends what it was not given as nil.
    const added = await value<Json>(
      LISTENER,
      'updateLoadBalancerProtocols',
      {
        mask: 'mask[listeners[uuid,protocol,protocolPort,connectionLimit,defaultPool[protocol,protocolPort,loadBalancingAlgorithm,healthMonitor[monitorType,urlPath]]]]',
      },
      stored.uuid,
      [
        {
          backendPort: 9000,
          backendProtocol: 'HTTP',
          frontendPort: 9443,
          frontendProtocol: 'HTTP',
          loadBalancingMethod: 'LEASTCONNECTION',
          maxConn: null,
          sessionType: null,
          tlsCertificateId: null,
        },
      ],
    );
    const listeners = added.listeners as Json[];
    expect(listeners).toHaveLength(before + 1);
    const listener = listeners.find((item) => item.protocolPort === 9443)!;
    expect(listener).toEqual({
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      protocol: 'HTTP',
      protocolPort: 9443,
      defaultPool: {
        protocol: 'HTTP',
        protocolPort: 9000,
        loadBalancingAlgorithm: 'LEASTCONNECTION',
        healthMonitor: { monitorType: 'HTTP', urlPath: '/' },
      },
    });

    const edited = await value<Json>(
      LISTENER,
      'updateLoadBalancerProtocols',
      {
        mask: 'mask[listeners[uuid,protocolPort,connectionLimit,defaultPool[protocol,loadBalancingAlgorithm,sessionAffinity,healthMonitor[monitorType,urlPath]]]]',
      },
      stored.uuid,
      [
        {
          listenerUuid: listener.uuid as string,
          frontendPort: 9444,
          maxConn: 300,
          backendProtocol: 'TCP',
          sessionType: 'SOURCE_IP',
        },
      ],
    );
    expect((edited.listeners as Json[]).find((item) => item.uuid === listener.uuid)).toEqual({
      uuid: listener.uuid,
      protocolPort: 9444,
      connectionLimit: 300,
      defaultPool: {
        protocol: 'TCP',
        loadBalancingAlgorithm: 'LEASTCONNECTION',
        sessionAffinity: { type: 'SOURCE_IP' },
        healthMonitor: { monitorType: 'TCP' },
      },
    });

    const taken = stored.listeners[0]!.protocolPort;
    for (const [configuration, faultCode] of [
      [
        { frontendProtocol: 'TCP', frontendPort: taken, backendProtocol: 'TCP', backendPort: 1 },
        'SoftLayer_Exception_InvalidValue',
      ],
      [
        { frontendProtocol: 'HTTPS', frontendPort: 8443, backendProtocol: 'HTTP', backendPort: 80 },
        'SoftLayer_Exception_InvalidValue',
      ],
      [
        { frontendProtocol: 'FTP', frontendPort: 21, backendProtocol: 'TCP', backendPort: 21 },
        'SoftLayer_Exception_InvalidValue',
      ],
      [
        { frontendProtocol: 'TCP', frontendPort: 70000, backendProtocol: 'TCP', backendPort: 21 },
        'SoftLayer_Exception_InvalidValue',
      ],
      [{ listenerUuid: 'no-such-listener', maxConn: 5 }, 'SoftLayer_Exception_ObjectNotFound'],
    ] as const) {
      expect(
        await faultOf(value(LISTENER, 'updateLoadBalancerProtocols', {}, stored.uuid, [configuration])),
      ).toMatchObject({ faultCode });
    }
    expect(emulator.state.loadBalancers.get(stored.id)?.listeners).toHaveLength(before + 1);

    const removed = await value<Json>(
      LISTENER,
      'deleteLoadBalancerProtocols',
      { mask: 'mask[listeners[uuid]]' },
      stored.uuid,
      [listener.uuid as string],
    );
    expect((removed.listeners as Json[]).map((item) => item.uuid)).not.toContain(listener.uuid);
    expect(emulator.state.loadBalancers.get(stored.id)?.listeners).toHaveLength(before);
    expect(
      await faultOf(
        value(LISTENER, 'deleteLoadBalancerProtocols', {}, stored.uuid, [listener.uuid as string]),
      ),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_ObjectNotFound' });
  });

  it('updateLoadBalancerHealthMonitors changes a health check; ciphers and data logs change too', async () => {
    const stored = loadBalancers()[3]!;
    const listener = stored.listeners[0]!;
    const monitor = listener.pool.healthMonitor;
    // What `slcli loadbal health` sends: the pool's protocol and port, the monitor's settings over the current ones.
    const answer = await value<Json>(
      HEALTH,
      'updateLoadBalancerHealthMonitors',
      { mask: 'mask[healthMonitors[uuid,interval,maxRetries,timeout]]' },
      stored.uuid,
      [
        {
          backendProtocol: listener.pool.protocol,
          backendPort: listener.pool.protocolPort,
          healthMonitorUuid: monitor.uuid,
          interval: 20,
          maxRetries: 4,
          timeout: 9,
          urlPath: listener.pool.protocol === 'TCP' ? null : '/ping',
        },
      ],
    );
    expect((answer.healthMonitors as Json[]).find((item) => item.uuid === monitor.uuid)).toEqual({
      uuid: monitor.uuid,
      interval: 20,
      maxRetries: 4,
      timeout: 9,
    });
    expect(emulator.state.loadBalancers.get(stored.id)?.listeners[0]?.pool.healthMonitor).toMatchObject({
      interval: 20,
      maxRetries: 4,
      timeout: 9,
      urlPath: listener.pool.protocol === 'TCP' ? null : '/ping',
    });
    expect(
      await faultOf(
        value(HEALTH, 'updateLoadBalancerHealthMonitors', {}, stored.uuid, [
          { healthMonitorUuid: monitor.uuid, interval: 1 },
        ]),
      ),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_InvalidValue' });
    expect(
      await faultOf(
        value(HEALTH, 'updateLoadBalancerHealthMonitors', {}, stored.uuid, [
          { healthMonitorUuid: 'nope', interval: 10 },
        ]),
      ),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_ObjectNotFound' });

    const ciphers = await value<Json>(
      LB,
      'updateSslCiphers',
      { mask: 'mask[sslCiphers]' },
      stored.uuid,
      [2, 8],
    );
    expect(ciphers.sslCiphers).toEqual([
      { id: 2, name: 'ECDHE-RSA-AES256-GCM-SHA384' },
      { id: 8, name: 'AES256-GCM-SHA384' },
    ]);
    expect(await faultOf(value(LB, 'updateSslCiphers', {}, stored.uuid, [999]))).toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    const logs = await value<Json>(
      LB,
      'enableOrDisableDataLogs',
      { mask: 'mask[isDataLogEnabled]' },
      stored.uuid,
      true,
    );
    expect(logs.isDataLogEnabled).toBe(1);
  });

  it('cancelLoadBalancer: DELETE_PENDING, refusing changes, then gone', async () => {
    const stored = loadBalancers()[4]!;
    expect(await value(LB, 'cancelLoadBalancer', {}, stored.uuid)).toBe(true);
    expect(await value<Json>(LB, 'getObject', { id: stored.id, mask: 'provisioningStatus' })).toMatchObject({
      provisioningStatus: 'DELETE_PENDING',
    });
    expect(await faultOf(value(LB, 'updateLoadBalancer', {}, stored.uuid, 'x'))).toMatchObject({
      faultCode: 'SoftLayer_Exception_Public',
    });
    expect(await faultOf(value(LB, 'cancelLoadBalancer', {}, stored.uuid))).toMatchObject({
      faultCode: 'SoftLayer_Exception_Public',
    });
    clock += 60_000;
    const remaining = await value<Json[]>(LB, 'getAllObjects', { mask: 'id' });
    expect(remaining.map((item) => item.id)).not.toContain(stored.id);
    expect(await faultOf(value(LB, 'getObject', { id: stored.id }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
    expect(await faultOf(value(LB, 'getLoadBalancer', {}, stored.uuid))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
  });
});

describe('over REST', () => {
  it('lists, reads and changes load balancers with the REST forms', async () => {
    const list = await restCall(
      emulator,
      'GET',
      `${LB}/getAllObjects`,
      undefined,
      `?objectMask=${encodeURIComponent('mask[id,name,memberCount]')}&objectFilter=${encodeURIComponent(JSON.stringify({ id: { operation: loadBalancers()[0]!.id } }))}`,
    );
    expect(list).toMatchObject({
      status: 200,
      total: 1,
      body: [{ id: loadBalancers()[0]!.id, memberCount: loadBalancers()[0]!.members.length }],
    });
    const stored = loadBalancers()[1]!;
    expect((await restCall(emulator, 'GET', `${LB}/${stored.id}`)).body).toMatchObject({ uuid: stored.uuid });
    expect((await restCall(emulator, 'GET', `${LB}/getLoadBalancer/${stored.uuid}`)).body).toMatchObject({
      id: stored.id,
    });
    const guest = newMemberFor(stored);
    const address = privateAddress(guest);
    const added = await restCall(emulator, 'POST', `${MEMBER}/addLoadBalancerMembers`, [
      stored.uuid,
      [{ privateIpAddress: address, weight: 10 }],
    ]);
    expect(added.status).toBe(200);
    const member = (added.body as { members: Json[] }).members.find((item) => item.address === address)!;
    expect(member.weight).toBe(10);
    const deleted = await restCall(emulator, 'POST', `${MEMBER}/deleteLoadBalancerMembers`, [
      stored.uuid,
      [member.uuid],
    ]);
    expect((deleted.body as { members: Json[] }).members.map((item) => item.address)).not.toContain(address);

    const protocols = await restCall(emulator, 'POST', `${LISTENER}/updateLoadBalancerProtocols`, [
      stored.uuid,
      [{ frontendProtocol: 'TCP', frontendPort: 2222, backendProtocol: 'TCP', backendPort: 22 }],
    ]);
    const listener = (protocols.body as { listeners: Json[] }).listeners.find(
      (item) => item.protocolPort === 2222,
    )!;
    expect(listener).toBeDefined();
    const monitorUuid = ((listener.defaultPool as Json).healthMonitor as Json).uuid;
    const health = await restCall(emulator, 'POST', `${HEALTH}/updateLoadBalancerHealthMonitors`, [
      stored.uuid,
      [{ healthMonitorUuid: monitorUuid, interval: 45 }],
    ]);
    expect((health.body as { healthMonitors: Json[] }).healthMonitors).toContainEqual(
      expect.objectContaining({ uuid: monitorUuid, interval: 45 }),
    );
    const without = await restCall(emulator, 'POST', `${LISTENER}/deleteLoadBalancerProtocols`, [
      stored.uuid,
      [listener.uuid],
    ]);
    expect((without.body as { listeners: Json[] }).listeners.map((item) => item.uuid)).not.toContain(
      listener.uuid,
    );
    const described = await restCall(emulator, 'POST', `${LB}/updateLoadBalancer`, [
      stored.uuid,
      'over REST',
    ]);
    expect(described.body).toMatchObject({ description: 'over REST' });
    const bad = await restCall(emulator, 'POST', `${MEMBER}/deleteLoadBalancerMembers`, [
      stored.uuid,
      ['nope'],
    ]);
    expect(bad).toMatchObject({ status: 404, body: { code: 'SoftLayer_Exception_ObjectNotFound' } });
  });
});

describe('--state FILE', () => {
  it('keeps members, listeners, descriptions and cancellations across a restart', async () => {
    const file = join(directory, 'lbaas.json');
    const first = await startEmulator({ stateFile: file, guests: 40, loadBalancers: 2, rateLimit: 0 });
    const [kept, cancelled] = first.state.loadBalancers.all() as [LoadBalancerRecord, LoadBalancerRecord];
    const taken = new Set(kept.members.map((member) => member.address));
    const guest = first.state.guests
      .all()
      .find(
        (candidate) => candidate.datacenterId === kept.datacenterId && !taken.has(privateAddress(candidate)),
      );
    if (guest) {
      await xmlrpcCall(first, MEMBER, 'addLoadBalancerMembers', {}, kept.uuid, [
        { privateIpAddress: privateAddress(guest) },
      ]);
    }
    await xmlrpcCall(first, LISTENER, 'updateLoadBalancerProtocols', {}, kept.uuid, [
      { frontendProtocol: 'TCP', frontendPort: 4444, backendProtocol: 'TCP', backendPort: 4444 },
    ]);
    await xmlrpcCall(first, LB, 'updateLoadBalancer', {}, kept.uuid, 'kept across restarts');
    await xmlrpcCall(first, LB, 'cancelLoadBalancer', {}, cancelled.uuid);
    await first.close();

    const second = await startEmulator({ stateFile: file, loadBalancers: 0 });
    try {
      const reloaded = second.state.loadBalancers.get(kept.id)!;
      expect(reloaded.description).toBe('kept across restarts');
      expect(reloaded.listeners.map((listener) => listener.protocolPort)).toContain(4444);
      if (guest) expect(reloaded.members.map((member) => member.address)).toContain(privateAddress(guest));
      const { value: status } = await xmlrpcCall(second, LB, 'getObject', {
        id: cancelled.id,
        mask: 'provisioningStatus',
      });
      expect(status).toMatchObject({ provisioningStatus: 'DELETE_PENDING' });
    } finally {
      await second.close();
    }
  });
});
