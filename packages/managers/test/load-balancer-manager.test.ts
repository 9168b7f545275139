import type { TransportRequest } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadBalancerManager } from '../src/load-balancer-manager';
import { pollUntil } from '../src/poll-until';
import {
  expectReferenceCalls,
  expectRefused,
  expectSameCalls,
  type ReferenceCall,
  type Refusal,
  recordingClient,
  startTestEmulator,
} from './support';

const LBAAS = 'SoftLayer_Network_LBaaS_LoadBalancer';
const LISTENER = 'SoftLayer_Network_LBaaS_Listener';
const MEMBER = 'SoftLayer_Network_LBaaS_Member';
const UUID = '1a1aa111-4474-4e16-9f02-4de959229b85';
const LB_MASK =
  'mask[healthMonitors, l7Pools,  members, sslCiphers, listeners[defaultPool[healthMonitor, members, sessionAffinity],l7Policies]]';
const PACKAGE = {
  id: 805,
  keyName: 'LBAAS',
  itemPrices: [{ id: 1, locationGroupId: null }, { id: 2, locationGroupId: 5 }, { id: 3 }],
};
const LISTENER_CONFIG = {
  backendPort: 80,
  backendProtocol: 'HTTP',
  frontendPort: 8080,
  frontendProtocol: 'HTTP',
  loadBalancingMethod: 'ROUNDROBIN',
};

/** What the recording client answers, as the fake transport of the reference recordings did. */
const ANSWERS = {
  'Network_LBaaS_LoadBalancer::getObject': { id: 1234, uuid: UUID },
  'Network_LBaaS_LoadBalancer::getLoadBalancer': { id: 1234, uuid: UUID },
  'Network_LBaaS_LoadBalancer::getAllObjects': [
    { id: 1234, uuid: UUID, listeners: [{ id: 11, l7Policies: [{ id: 5 }] }, { id: 12 }] },
  ],
  'Network_LBaaS_LoadBalancer::getLoadBalancerMemberHealth': [],
  'Product_Package::getAllObjects': [PACKAGE],
  'Location::getDatacenters': [{ id: 1854895, name: 'dal13' }],
};

/** The calls `run` makes through a recording client answering `ANSWERS`. */
async function record(run: (lb: LoadBalancerManager) => Promise<unknown>): Promise<TransportRequest[]> {
  const { client, calls } = recordingClient(ANSWERS);
  await run(new LoadBalancerManager(client));
  return calls;
}

/** The reference's `get_lbaas_uuid_id(1234)`, which its CLI runs before every change by id. */
const UUID_BY_ID: ReferenceCall = { service: LBAAS, method: 'getObject', id: 1234, mask: 'mask[id,uuid]' };

describe('LoadBalancerManager asks what the reference asks', () => {
  it('the manager-calls.json case lb.get_lbaas()', async () => {
    expectSameCalls('lb.get_lbaas()', await record((lb) => lb.getLbaas()));
  });

  // Recorded from the reference (softlayer 6.1.4) with a fake recording transport answering as ANSWERS.
  const cases: Array<[string, (lb: LoadBalancerManager) => Promise<unknown>, ReferenceCall[]]> = [
    [
      'get_adcs()',
      (lb) => lb.getAdcs(),
      [
        {
          service: 'SoftLayer_Account',
          method: 'getApplicationDeliveryControllers',
          mask: 'mask[managementIpAddress,outboundPublicBandwidthUsage,primaryIpAddress,datacenter]',
        },
      ],
    ],
    [
      "get_adcs(mask='mask[id]')",
      (lb) => lb.getAdcs({ mask: 'mask[id]' }),
      [{ service: 'SoftLayer_Account', method: 'getApplicationDeliveryControllers', mask: 'mask[id]' }],
    ],
    [
      'get_adc(5)',
      (lb) => lb.getAdc(5),
      [
        {
          service: 'SoftLayer_Network_Application_Delivery_Controller',
          method: 'getObject',
          id: 5,
          mask: 'mask[networkVlans, password, managementIpAddress, primaryIpAddress, subnets, tagReferences, licenseExpirationDate, datacenter]',
        },
      ],
    ],
    [
      'get_lb(1234)',
      (lb) => lb.getLb(1234),
      [
        { service: LBAAS, method: 'getObject', id: 1234, mask: LB_MASK },
        { service: LBAAS, method: 'getLoadBalancerMemberHealth', args: [UUID] },
      ],
    ],
    [
      "get_lb(1234, mask='mask[id,uuid]')",
      (lb) => lb.getLb(1234, { mask: 'mask[id,uuid]' }),
      [
        { service: LBAAS, method: 'getObject', id: 1234, mask: 'mask[id,uuid]' },
        { service: LBAAS, method: 'getLoadBalancerMemberHealth', args: [UUID] },
      ],
    ],
    [
      "update_lb_health_monitors(UUID, [{'healthMonitorUuid': 'hm-1', 'interval': 10, 'maxRetries': 3}])",
      (lb) => lb.updateLbHealthMonitors(UUID, [{ healthMonitorUuid: 'hm-1', interval: 10, maxRetries: 3 }]),
      [
        {
          service: 'SoftLayer_Network_LBaaS_HealthMonitor',
          method: 'updateLoadBalancerHealthMonitors',
          args: [UUID, [{ healthMonitorUuid: 'hm-1', interval: 10, maxRetries: 3 }]],
        },
      ],
    ],
    ['get_lbaas_uuid_id(1234)', (lb) => lb.getLbaasUuidId(1234), [UUID_BY_ID]],
    [
      'get_lbaas_uuid_id(UUID)',
      (lb) => lb.getLbaasUuidId(UUID),
      [{ service: LBAAS, method: 'getLoadBalancer', args: [UUID], mask: 'mask[id,uuid]' }],
    ],
    [
      "get_lbaas_uuid_id('my-lb')",
      (lb) => lb.getLbaasUuidId('my-lb'),
      [
        {
          service: LBAAS,
          method: 'getAllObjects',
          mask: 'mask[id,uuid]',
          filter: { name: { operation: 'my-lb' } },
        },
      ],
    ],
    [
      "get_lbaas_by_name('my-lb')",
      (lb) => lb.getLbaasByName('my-lb'),
      [{ service: LBAAS, method: 'getAllObjects', filter: { name: { operation: 'my-lb' } } }],
    ],
    [
      "get_lbaas_by_name('my-lb', mask='mask[id]')",
      (lb) => lb.getLbaasByName('my-lb', { mask: 'mask[id]' }),
      [
        {
          service: LBAAS,
          method: 'getAllObjects',
          mask: 'mask[id]',
          filter: { name: { operation: 'my-lb' } },
        },
      ],
    ],
    [
      "delete_lb_member(UUID, 'member-1')",
      (lb) => lb.deleteLbMember(UUID, 'member-1'),
      [{ service: MEMBER, method: 'deleteLoadBalancerMembers', args: [UUID, ['member-1']] }],
    ],
    [
      "add_lb_member(UUID, {'privateIpAddress': '10.0.0.1', 'weight': 50})",
      (lb) => lb.addLbMember(UUID, { privateIpAddress: '10.0.0.1', weight: 50 }),
      [
        {
          service: MEMBER,
          method: 'addLoadBalancerMembers',
          args: [UUID, [{ privateIpAddress: '10.0.0.1', weight: 50 }]],
        },
      ],
    ],
    [
      'add_lb_listener(UUID, {...})',
      (lb) => lb.addLbListener(UUID, LISTENER_CONFIG),
      [{ service: LISTENER, method: 'updateLoadBalancerProtocols', args: [UUID, [LISTENER_CONFIG]] }],
    ],
    [
      'get_l7policies(11)',
      (lb) => lb.getL7Policies(11),
      [{ service: LISTENER, method: 'getL7Policies', id: 11 }],
    ],
    [
      'get_all_l7policies()',
      (lb) => lb.getAllL7Policies(),
      [{ service: LBAAS, method: 'getAllObjects', mask: 'mask[listeners[l7Policies]]' }],
    ],
    [
      'add_lb_l7_pool(UUID, pool, members, health, session)',
      (lb) =>
        lb.addLbL7Pool(
          UUID,
          { name: 'pool1', loadBalancingAlgorithm: 'ROUNDROBIN', protocol: 'HTTP' },
          [{ address: '10.0.0.1', port: 80, weight: 50 }],
          { interval: 5, timeout: 2, maxRetries: 2, urlPath: '/' },
          { type: 'SOURCE_IP' },
        ),
      [
        {
          service: 'SoftLayer_Network_LBaaS_L7Pool',
          method: 'createL7Pool',
          args: [
            UUID,
            { name: 'pool1', loadBalancingAlgorithm: 'ROUNDROBIN', protocol: 'HTTP' },
            [{ address: '10.0.0.1', port: 80, weight: 50 }],
            { interval: 5, timeout: 2, maxRetries: 2, urlPath: '/' },
            { type: 'SOURCE_IP' },
          ],
        },
      ],
    ],
    [
      'del_lb_l7_pool(77)',
      (lb) => lb.delLbL7Pool(77),
      [{ service: 'SoftLayer_Network_LBaaS_L7Pool', method: 'deleteObject', id: 77 }],
    ],
    [
      "remove_lb_listener(UUID, 'listener-1')",
      (lb) => lb.removeLbListener(UUID, 'listener-1'),
      [{ service: LISTENER, method: 'deleteLoadBalancerProtocols', args: [UUID, ['listener-1']] }],
    ],
    [
      "order_lbaas({'id': 1854895}, 'my-lb', 'a desc', [...], 50)",
      (lb) => lb.orderLbaas({ id: 1854895 }, 'my-lb', 'a desc', [LISTENER_CONFIG], 50),
      orderCalls('placeOrder', [LISTENER_CONFIG], false),
    ],
    [
      "order_lbaas({'id': 1854895}, 'my-lb', 'a desc', [], 50, public=True, verify=True)",
      (lb) => lb.orderLbaas({ id: 1854895 }, 'my-lb', 'a desc', [], 50, { public: true, verify: true }),
      orderCalls('verifyOrder', [], true),
    ],
    [
      'lbaas_order_options()',
      (lb) => lb.lbaasOrderOptions(),
      [
        {
          service: 'SoftLayer_Product_Package',
          method: 'getAllObjects',
          mask: 'mask[id,keyName,name,items[prices],regions[location[location[groups]]]]',
          filter: { keyName: { operation: 'LBAAS' } },
        },
      ],
    ],
    [
      'cancel_lbaas(UUID)',
      (lb) => lb.cancelLbaas(UUID),
      [{ service: LBAAS, method: 'cancelLoadBalancer', args: [UUID] }],
    ],
  ];

  it.each(cases)('%s', async (name, run, expected) => {
    expectReferenceCalls(await record(run), expected, name);
  });

  it('a load balancer given by id or name costs the lookup the reference CLI makes first (get_lbaas_uuid_id)', async () => {
    expectReferenceCalls(
      await record((lb) => lb.deleteLbMember(1234, 'member-1')),
      [UUID_BY_ID, { service: MEMBER, method: 'deleteLoadBalancerMembers', args: [UUID, ['member-1']] }],
      'deleteLbMember by id',
    );
    expectReferenceCalls(
      await record((lb) => lb.cancelLbaas('1234')),
      [UUID_BY_ID, { service: LBAAS, method: 'cancelLoadBalancer', args: [UUID] }],
      'cancelLbaas by id text',
    );
    expectReferenceCalls(
      await record((lb) => lb.removeLbListener('my-lb', 'listener-1')),
      [
        {
          service: LBAAS,
          method: 'getAllObjects',
          mask: 'mask[id,uuid]',
          filter: { name: { operation: 'my-lb' } },
        },
        { service: LISTENER, method: 'deleteLoadBalancerProtocols', args: [UUID, ['listener-1']] },
      ],
      'removeLbListener by name',
    );
  });

  it('getLb also takes a UUID (getLoadBalancer) or a name (the reference takes an id only)', async () => {
    expectReferenceCalls(
      await record((lb) => lb.getLb(UUID)),
      [
        { service: LBAAS, method: 'getLoadBalancer', args: [UUID], mask: LB_MASK },
        { service: LBAAS, method: 'getLoadBalancerMemberHealth', args: [UUID] },
      ],
      'getLb by UUID',
    );
    expectReferenceCalls(
      await record((lb) => lb.getLb('my-lb')),
      [
        { service: LBAAS, method: 'getAllObjects', mask: LB_MASK, filter: { name: { operation: 'my-lb' } } },
        { service: LBAAS, method: 'getLoadBalancerMemberHealth', args: [UUID] },
      ],
      'getLb by name',
    );
  });

  it('resolves what the reference returns', async () => {
    const { client } = recordingClient({
      ...ANSWERS,
      'Network_LBaaS_LoadBalancer::getLoadBalancerMemberHealth': [{ poolUuid: 'p1', membersHealth: [] }],
    });
    const lb = new LoadBalancerManager(client);
    expect(await lb.getLb(1234)).toEqual({
      id: 1234,
      uuid: UUID,
      health: [{ poolUuid: 'p1', membersHealth: [] }],
    });
    expect(await lb.getLbaasUuidId('my-lb')).toEqual({ uuid: UUID, id: 1234 });
    expect(await lb.getAllL7Policies()).toEqual({ 11: [{ id: 5 }] });
    expect(await lb.lbaasOrderOptions()).toEqual(PACKAGE);
  });

  it('getAllL7Policies skips load balancers without listeners (the reference fails on them)', async () => {
    const { client } = recordingClient({
      'Network_LBaaS_LoadBalancer::getAllObjects': [
        { id: 1 },
        {
          id: 2,
          listeners: [
            { id: 21, l7Policies: [] },
            { id: 22, l7Policies: [{ id: 9, name: 'p' }] },
          ],
        },
      ],
    });
    expect(await new LoadBalancerManager(client).getAllL7Policies()).toEqual({ 22: [{ id: 9, name: 'p' }] });
  });

  it('getLbaasByName: none is SL_NOT_FOUND; several are SL_AMBIGUOUS (the reference takes the first)', async () => {
    const none = recordingClient();
    await expect(new LoadBalancerManager(none.client).getLbaasByName('gone')).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
      message: 'Unable to find LBaaS with name: gone',
    });
    const two = recordingClient({
      'Network_LBaaS_LoadBalancer::getAllObjects': [
        { id: 1, uuid: 'a' },
        { id: 2, uuid: 'b' },
      ],
    });
    const lb = new LoadBalancerManager(two.client);
    await expect(lb.getLbaasByName('dup')).rejects.toMatchObject({ code: 'SL_AMBIGUOUS' });
    // Nothing is cancelled when the name is ambiguous.
    await expect(lb.cancelLbaas('dup')).rejects.toMatchObject({ code: 'SL_AMBIGUOUS' });
    expect(two.calls.map((call) => call.method)).toEqual(['getAllObjects', 'getAllObjects']);
  });

  it('orderLbaas takes a location id, or a datacenter short name looked up as the reference CLI does', async () => {
    const byId = await record((lb) => lb.orderLbaas(1854895, 'my-lb', 'a desc', [LISTENER_CONFIG], 50));
    expectReferenceCalls(byId, orderCalls('placeOrder', [LISTENER_CONFIG], false), 'by location id');
    const byName = await record((lb) =>
      lb.orderLbaas('dal13', 'my-lb', 'a desc', [], 50, { verify: true, public: true }),
    );
    expectReferenceCalls(
      byName,
      [
        {
          service: 'SoftLayer_Location',
          method: 'getDatacenters',
          filter: { name: { operation: 'dal13' } },
          limit: 1,
        },
        ...orderCalls('verifyOrder', [], true),
      ],
      'by datacenter name',
    );
    const nowhere = recordingClient({ 'Location::getDatacenters': [] });
    await expect(
      new LoadBalancerManager(nowhere.client).orderLbaas('xyz99', 'my-lb', undefined, [], 50),
    ).rejects.toMatchObject({ code: 'SL_NOT_FOUND', message: 'Datacenter xyz99 was not found' });
    expect(nowhere.calls.map((call) => call.method)).toEqual(['getDatacenters']);
  });

  it('lbaasOrderOptions without the package is SL_NOT_FOUND', async () => {
    const { client } = recordingClient();
    await expect(new LoadBalancerManager(client).lbaasOrderOptions()).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
  });

  it('getLb refuses a mask without uuid on a load balancer given by id (the reference sends a null uuid)', async () => {
    const { client, calls } = recordingClient({ 'Network_LBaaS_LoadBalancer::getObject': { id: 1234 } });
    await expect(new LoadBalancerManager(client).getLb(1234, { mask: 'mask[id]' })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    expect(calls.map((call) => call.method)).toEqual(['getObject']);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const lb = new LoadBalancerManager(client);
    const pool = { name: 'p' };
    const members = [{ address: '10.0.0.1', port: 80, weight: 50 }];
    const refused: Refusal[] = [
      ['adcs mask', () => lb.getAdcs({ mask: '' }), /mask/],
      ['adc id', () => lb.getAdc(0), /NetScaler id/],
      ['lbaas mask', () => lb.getLbaas({ mask: ' ' }), /mask/],
      ['lb id', () => lb.getLb(-1), /load balancer id/],
      ['lb empty', () => lb.getLb(''), /an id, a UUID or a name/],
      ['lb mask', () => lb.getLb(1, { mask: '' }), /mask/],
      ['uuid id', () => lb.getLbaasUuidId(1.5), /load balancer id/],
      ['by name', () => lb.getLbaasByName(''), /name/],
      ['no checks', () => lb.updateLbHealthMonitors(UUID, []), /checks must be a non-empty list/],
      ['check uuid', () => lb.updateLbHealthMonitors(UUID, [{ interval: 5 }]), /healthMonitorUuid/],
      [
        'check interval',
        () => lb.updateLbHealthMonitors(UUID, [{ healthMonitorUuid: 'h', interval: 0 }]),
        /interval/,
      ],
      ['member uuid', () => lb.deleteLbMember(UUID, ''), /member UUID/],
      ['member address', () => lb.addLbMember(UUID, { weight: 5 }), /privateIpAddress or a publicIpAddress/],
      ['member ip', () => lb.addLbMember(UUID, { privateIpAddress: '10.0.0' }), /IPv4 or IPv6/],
      [
        'member weight',
        () => lb.addLbMember(UUID, { publicIpAddress: '1.2.3.4', weight: 101 }),
        /weight must be a whole number from 0 to 100/,
      ],
      ['new listener', () => lb.addLbListener(UUID, { frontendPort: 80 }), /needs a frontendProtocol/],
      [
        'listener port',
        () => lb.addLbListener(UUID, { ...LISTENER_CONFIG, backendPort: 70000 }),
        /backendPort/,
      ],
      ['listener edit', () => lb.addLbListener(UUID, { listenerUuid: 'l1' }), /properties to change/],
      [
        'listener not an object',
        () => lb.addLbListener(UUID, 'x' as unknown as Record<string, never>),
        /must be an object/,
      ],
      ['l7 listener id', () => lb.getL7Policies(0), /listener id/],
      ['l7 pool name', () => lb.addLbL7Pool(UUID, {}, members, {}, {}), /pool name/],
      ['l7 members', () => lb.addLbL7Pool(UUID, pool, [], {}, {}), /members must be a non-empty list/],
      ['l7 member port', () => lb.addLbL7Pool(UUID, pool, [{ address: '10.0.0.1' }], {}, {}), /port/],
      [
        'l7 session',
        () => lb.addLbL7Pool(UUID, pool, members, {}, null as unknown as Record<string, never>),
        /session affinity/,
      ],
      ['l7 pool id', () => lb.delLbL7Pool(1.5), /L7 pool id/],
      ['listener uuid', () => lb.removeLbListener(UUID, ' '), /listener UUID/],
      ['order location', () => lb.orderLbaas(0, 'n', 'd', [], 5), /location id/],
      ['order name', () => lb.orderLbaas({ id: 1 }, '', 'd', [], 5), /name/],
      [
        'order protocols',
        () => lb.orderLbaas({ id: 1 }, 'n', 'd', [{ frontendPort: 80 }], 5),
        /orderLbaas: a new listener/,
      ],
      ['order subnet', () => lb.orderLbaas({ id: 1 }, 'n', 'd', [], 0), /subnet id/],
      [
        'order verify',
        () => lb.orderLbaas({ id: 1 }, 'n', 'd', [], 5, { verify: 'yes' as unknown as true }),
        /verify must be true or false/,
      ],
      ['cancel', () => lb.cancelLbaas(0), /load balancer id/],
    ];
    await expectRefused(refused, calls);
  });

  it('passes the signal through', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const signal = new AbortController().signal;
    const lb = new LoadBalancerManager(client);
    await lb.getLb(1234, { signal });
    await lb.addLbMember('my-lb', { privateIpAddress: '10.0.0.1' }, { signal });
    await lb.orderLbaas('dal13', 'n', undefined, [], 5, { verify: true, signal });
    await lb.getAllL7Policies({ signal });
    expect(calls.length).toBe(8);
    expect(calls.every((call) => call.signal === signal)).toBe(true);
  });
});

/** The reference's `order_lbaas` calls: the package, then the order (recorded with `{'id': 1854895}`). */
function orderCalls(
  method: 'placeOrder' | 'verifyOrder',
  protocols: unknown[],
  isPublic: boolean,
): ReferenceCall[] {
  return [
    {
      service: 'SoftLayer_Product_Package',
      method: 'getAllObjects',
      mask: 'mask[id,keyName,itemPrices]',
      filter: { keyName: { operation: 'LBAAS' } },
    },
    {
      service: 'SoftLayer_Product_Order',
      method,
      args: [
        {
          complexType: 'SoftLayer_Container_Product_Order_Network_LoadBalancer_AsAService',
          name: 'my-lb',
          description: 'a desc',
          locationObject: { id: 1854895 },
          packageId: 805,
          useHourlyPricing: true,
          prices: [{ id: 1 }, { id: 3 }],
          protocolConfigurations: protocols,
          subnets: [{ id: 50 }],
          isPublic,
        },
      ],
    },
  ];
}

describe('LoadBalancerManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  /** The emulator's load balancers, with what the tests need. */
  const list = (lb: LoadBalancerManager) =>
    lb.getLbaas({ mask: 'mask[id,uuid,name,type,datacenter,listenerCount,memberCount,provisioningStatus]' });

  it('lists the load balancers with their datacenter and counts', async () => {
    const all = await new LoadBalancerManager(setup.client).getLbaas();
    expect(all.length).toBeGreaterThan(0);
    expect(all.totalCount).toBe(all.length);
    for (const item of all) {
      expect(item).toMatchObject({
        id: expect.any(Number),
        uuid: expect.any(String),
        name: expect.any(String),
      });
      expect(item.datacenter?.name).toBeTruthy();
      expect(item.listenerCount).toBeGreaterThanOrEqual(0);
      expect(item.memberCount).toBeGreaterThanOrEqual(0);
    }
  });

  it('reads one load balancer by id, by UUID and by name, with its parts and member health', async () => {
    const lb = new LoadBalancerManager(setup.client);
    const [first] = await list(lb);
    const byId = await lb.getLb(first!.id!);
    expect(byId).toMatchObject({ id: first!.id, uuid: first!.uuid, name: first!.name });
    expect(byId.listeners?.length).toBe(first!.listenerCount);
    expect(byId.members?.length).toBe(first!.memberCount);
    expect(byId.listeners?.[0]?.defaultPool?.healthMonitor?.uuid).toBeTruthy();
    expect(Array.isArray(byId.health)).toBe(true);
    expect(byId.health.length).toBe(byId.listeners?.length);
    const byUuid = await lb.getLb(first!.uuid!);
    const byName = await lb.getLb(first!.name!);
    for (const other of [byUuid, byName]) {
      expect(other).toMatchObject({ id: first!.id, uuid: first!.uuid, name: first!.name });
      expect(other.listeners?.map((item) => item.uuid)).toEqual(byId.listeners?.map((item) => item.uuid));
    }
    const pair = { uuid: first!.uuid, id: first!.id };
    expect(await lb.getLbaasUuidId(first!.id!)).toEqual(pair);
    expect(await lb.getLbaasUuidId(String(first!.id))).toEqual(pair);
    expect(await lb.getLbaasUuidId(first!.uuid!)).toEqual(pair);
    expect(await lb.getLbaasUuidId(first!.name!)).toEqual(pair);
    expect((await lb.getLbaasByName(first!.name!)).id).toBe(first!.id);
    await expect(lb.getLbaasByName('no-such-load-balancer')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    await expect(lb.getLb('no-such-load-balancer')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
  });

  it('adds a member by name, which appears, and deletes it by id', async () => {
    const lb = new LoadBalancerManager(setup.client);
    const target = (await list(lb)).find((item) => item.type !== 2)!;
    expect(target, 'a load balancer with private members').toBeDefined();
    const members = async () => (await lb.getLb(target.id!)).members ?? [];
    const taken = new Set((await members()).map((member) => member.address));
    const guests = await setup.client.call('Account', 'getVirtualGuests', {
      mask: 'id,primaryBackendIpAddress',
    });
    const address = guests
      .map((guest) => guest.primaryBackendIpAddress)
      .find((ip): ip is string => typeof ip === 'string' && !taken.has(ip));
    expect(address, 'a guest private address not yet a member').toBeDefined();
    const changed = await lb.addLbMember(target.name!, { privateIpAddress: address!, weight: 30 });
    expect(changed.uuid).toBe(target.uuid);
    const added = (await members()).find((member) => member.address === address);
    expect(added).toMatchObject({ weight: 30, uuid: expect.any(String) });
    await lb.deleteLbMember(target.id!, added!.uuid!);
    expect((await members()).map((member) => member.address)).not.toContain(address);
  });

  it('adds a listener by UUID, which appears, and removes it by name', async () => {
    const lb = new LoadBalancerManager(setup.client);
    const [target] = await list(lb);
    const listeners = async () => (await lb.getLb(target!.uuid!)).listeners ?? [];
    const ports = new Set((await listeners()).map((listener) => listener.protocolPort));
    const port = [8181, 8282, 8383].find((candidate) => !ports.has(candidate))!;
    await lb.addLbListener(target!.uuid!, {
      frontendProtocol: 'HTTP',
      frontendPort: port,
      backendProtocol: 'HTTP',
      backendPort: 8080,
      loadBalancingMethod: 'ROUNDROBIN',
    });
    const added = (await listeners()).find((listener) => listener.protocolPort === port);
    expect(added).toMatchObject({ protocol: 'HTTP', uuid: expect.any(String) });
    expect(added!.defaultPool).toMatchObject({ protocol: 'HTTP', protocolPort: 8080 });
    // An existing listener changes when the configuration names it.
    await lb.addLbListener(target!.id!, { listenerUuid: added!.uuid!, backendPort: 9090 });
    expect(
      (await listeners()).find((listener) => listener.uuid === added!.uuid)?.defaultPool?.protocolPort,
    ).toBe(9090);
    await lb.removeLbListener(target!.name!, added!.uuid!);
    expect((await listeners()).map((listener) => listener.uuid)).not.toContain(added!.uuid);
  });

  it('updates a health monitor, and the change sticks', async () => {
    const lb = new LoadBalancerManager(setup.client);
    const [target] = await list(lb);
    const details = await lb.getLb(target!.id!);
    const monitor = details.listeners?.[0]?.defaultPool?.healthMonitor;
    expect(monitor?.uuid).toBeTruthy();
    const interval = monitor!.interval === 17 ? 18 : 17;
    await lb.updateLbHealthMonitors(target!.name!, [
      { healthMonitorUuid: monitor!.uuid!, interval, maxRetries: 4, timeout: 3 },
    ]);
    const after = (await lb.getLb(target!.id!)).listeners?.find(
      (listener) => listener.defaultPool?.healthMonitor?.uuid === monitor!.uuid,
    )?.defaultPool?.healthMonitor;
    expect(after).toMatchObject({ interval, maxRetries: 4, timeout: 3 });
  });

  it('reads the legacy NetScalers (the emulated account has two) and the layer 7 policies (none)', async () => {
    const lb = new LoadBalancerManager(setup.client);
    const adcs = await lb.getAdcs();
    expect(adcs.map((adc) => adc.id)).toEqual([81001, 81002]);
    expect(adcs[0]).toMatchObject({ datacenter: { name: 'dal13' }, outboundPublicBandwidthUsage: '.00365' });
    expect(await lb.getAdc(81002)).toMatchObject({ id: 81002, password: { username: 'root' } });
    expect(await lb.getAllL7Policies()).toEqual({});
    const [target] = await list(lb);
    const listener = (await lb.getLb(target!.id!)).listeners![0]!;
    expect(await lb.getL7Policies(listener.id!)).toEqual([]);
  });

  it('cancels a load balancer by name: it is deleted in the background, then gone', async () => {
    const lb = new LoadBalancerManager(setup.client);
    const before = await list(lb);
    const victim = before[before.length - 1]!;
    expect(await lb.cancelLbaas(victim.name!)).toBe(true);
    // Until the billing system has deleted it, it is DELETE_PENDING.
    const right = (await list(lb)).find((item) => item.id === victim.id);
    if (right !== undefined) expect(right.provisioningStatus).toBe('DELETE_PENDING');
    await pollUntil(
      () => list(lb),
      (left) => !left.some((item) => item.id === victim.id),
      'the cancelled load balancer leaves the list',
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    await expect(lb.getLbaasUuidId(victim.name!)).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
  });
});
