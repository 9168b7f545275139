import type { TransportRequest } from '@sl/transport';
import { describe, expect, it } from 'vitest';
import { NetworkManager } from '../src/network-manager';
import {
  type Answer,
  expectReferenceCalls,
  expectRefused,
  expectSameCalls,
  recordingClient,
} from './support';

/*
 * The manager-calls-more.json cases of NetworkManager: each runs our method through a recording client that answers
 * as the reference's fixtures did, and compares the calls.
 */

/** What the reference's fixtures answered. */
const ANSWERS: Readonly<Record<string, Answer>> = {
  'Network_Subnet_IpAddress::getByIpAddress': { id: 1, ipAddress: '10.0.1.37' },
  'Product_Package::getItems': [
    { itemCategory: { categoryCode: 'global_ipv4' }, capacity: '0', prices: [{ id: 11 }] },
    { itemCategory: { categoryCode: 'sov_sec_ip_addresses_pub' }, capacity: '4', prices: [{ id: 4444 }] },
    {
      itemCategory: { categoryCode: 'static_ipv6_addresses' },
      capacity: '64',
      description: '/64 Block Portable Public IPv6 Addresses',
      prices: [{ id: 664641 }],
    },
  ],
  'Network_Subnet_IpAddress_Global::getObject': { id: 200, billingItem: { id: 1234 } },
  'Network_Subnet::getObject': { id: 1234, billingItem: { id: 1056 } },
};

async function record(run: (network: NetworkManager) => Promise<unknown>): Promise<TransportRequest[]> {
  const { client, calls } = recordingClient(ANSWERS);
  await run(new NetworkManager(client));
  return calls;
}

type Case = [name: string, run: (network: NetworkManager) => Promise<unknown>];

describe('NetworkManager: the manager-calls-more.json cases of the reads and security groups', () => {
  const cases: Case[] = [
    [
      "network.add_securitygroup_rule(100, remote_ip='10.0.0.0/24', direction='ingress', ethertype='IPv4', port_min=95, port_max=100, protocol='tcp')",
      (network) =>
        network.addSecuritygroupRule(100, {
          remoteIp: '10.0.0.0/24',
          direction: 'ingress',
          ethertype: 'IPv4',
          portMin: 95,
          portMax: 100,
          protocol: 'tcp',
        }),
    ],
    [
      "network.add_securitygroup_rules(100, [{'remoteIp': '10.0.0.0/24', 'direction': 'ingress', 'ethertype': 'IPv4', 'portRangeMin': 95, 'portRangeMax': 100, 'protocol': 'tcp'}, {'remoteGroupId': 102, 'direction': 'egress', 'ethertype': 'IPv4'}])",
      (network) =>
        network.addSecuritygroupRules(100, [
          {
            remoteIp: '10.0.0.0/24',
            direction: 'ingress',
            ethertype: 'IPv4',
            portMin: 95,
            portMax: 100,
            protocol: 'tcp',
          },
          { remoteGroup: 102, direction: 'egress', ethertype: 'IPv4' },
        ]),
    ],
    [
      'network.attach_securitygroup_component(100, 500)',
      (network) => network.attachSecuritygroupComponent(100, 500),
    ],
    [
      'network.attach_securitygroup_components(100, [500, 600])',
      (network) => network.attachSecuritygroupComponents(100, [500, 600]),
    ],
    [
      'network.detach_securitygroup_component(100, 500)',
      (network) => network.detachSecuritygroupComponent(100, 500),
    ],
    ['network.delete_securitygroup(100)', (network) => network.deleteSecuritygroup(100)],
    [
      "network.edit_securitygroup(100, name='foobar', description='new description')",
      (network) => network.editSecuritygroup(100, { name: 'foobar', description: 'new description' }),
    ],
    [
      "network.edit_securitygroup_rule(100, 500, direction='ingress', remote_group=102)",
      (network) => network.editSecuritygroupRule(100, 500, { direction: 'ingress', remoteGroup: 102 }),
    ],
    ['network.get_closed_pods()', (network) => network.getClosedPods()],
    ['network.get_datacenter()', (network) => network.getDatacenter()],
    [
      "network.get_datacenter(datacenter='dal13')",
      (network) => network.getDatacenter({ datacenter: 'dal13' }),
    ],
    [
      "network.get_datacenter_by_keyname('DALLAS13')",
      (network) => network.getDatacenterByKeyname('DALLAS13'),
    ],
    ["network.get_ip_by_address('10.0.1.37')", (network) => network.getIpByAddress('10.0.1.37')],
    ['network.get_list_datacenter()', (network) => network.getListDatacenter()],
    ['network.get_pods()', (network) => network.getPods()],
    [
      "network.get_pods(datacenter='dal13', mask='mask[name,backendRouterName]')",
      (network) => network.getPods({ datacenter: 'dal13', mask: 'mask[name,backendRouterName]' }),
    ],
    ['network.get_routers(1854895)', (network) => network.getRouters(1854895)],
    ['network.get_securitygroup(100)', (network) => network.getSecuritygroup(100)],
    ['network.list_global_ips()', (network) => network.listGlobalIps()],
    ['network.list_securitygroup_rules(100)', (network) => network.listSecuritygroupRules(100)],
    ['network.remove_securitygroup_rule(100, 500)', (network) => network.removeSecuritygroupRule(100, 500)],
    [
      'network.remove_securitygroup_rules(100, [500, 600])',
      (network) => network.removeSecuritygroupRules(100, [500, 600]),
    ],
    ["network.resolve_global_ip_ids('127.0.0.1')", (network) => network.resolveGlobalIpIds('127.0.0.1')],
    ["network.resolve_subnet_ids('10.0.0.1/29')", (network) => network.resolveSubnetIds('10.0.0.1/29')],
  ];
  it.each(cases)('%s', async (name, run) => {
    expectSameCalls(name, await record(run));
  });
});

describe('NetworkManager: the manager-calls-more.json cases of the changes', () => {
  const cases: Case[] = [
    [
      'network.add_global_ip(version=4, test_order=True)',
      (network) => network.addGlobalIp({ version: 4, testOrder: true }),
    ],
    [
      "network.add_subnet('public', quantity=4, endpoint_id=1234, version=4, test_order=True)",
      (network) =>
        network.addSubnet('public', { quantity: 4, endpointId: 1234, version: 4, testOrder: true }),
    ],
    [
      "network.add_subnet('public', quantity=64, endpoint_id=45678, version=6, test_order=False)",
      (network) =>
        network.addSubnet('public', { quantity: 64, endpointId: 45678, version: 6, testOrder: false }),
    ],
    [
      "network.add_subnet('global', version=4, test_order=True)",
      (network) => network.addSubnet('global', { version: 4, testOrder: true }),
    ],
    [
      "network.assign_global_ip(200, '172.16.24.76')",
      (network) => network.assignGlobalIp(200, '172.16.24.76'),
    ],
    ['network.unassign_global_ip(200)', (network) => network.unassignGlobalIp(200)],
    ['network.cancel_global_ip(200)', (network) => network.cancelGlobalIp(200)],
    [
      "network.cancel_item(1234, True, 'Cancel by cli command', 'Cancel by cli command')",
      (network) => network.cancelItem(1234, true, 'Cancel by cli command', 'Cancel by cli command'),
    ],
    ['network.cancel_subnet(1234)', (network) => network.cancelSubnet(1234)],
    ['network.clear_route(1234)', (network) => network.clearRoute(1234)],
    [
      "network.edit(1234, name='test', note='test note', tags='tag1,tag2')",
      (network) => network.edit(1234, { name: 'test', note: 'test note', tags: 'tag1,tag2' }),
    ],
    ["network.edit_note_subnet(1234, 'test note')", (network) => network.editNoteSubnet(1234, 'test note')],
    ['network.get_cancel_failure_reasons(1234)', (network) => network.getCancelFailureReasons(1234)],
    [
      "network.route(1234, 'SoftLayer_Hardware_Server', '1000')",
      (network) => network.route(1234, 'SoftLayer_Hardware_Server', '1000'),
    ],
    [
      "network.set_subnet_ipddress_note(123456, {'note': 'test'})",
      (network) => network.setSubnetIpddressNote(123456, { note: 'test' }),
    ],
    ["network.set_tags('tag1,tag2', 1234)", (network) => network.setTags('tag1,tag2', 1234)],
    ["network.set_tags_subnet(1234, 'tags1,tag2')", (network) => network.setTagsSubnet(1234, 'tags1,tag2')],
  ];
  it.each(cases)('%s', async (name, run) => {
    expectSameCalls(name, await record(run));
  });

  it("network.get_subnet_item_price({'prices': [{'id': 11, 'packageReferences': [{'package': {'keyName': 'ADDITIONAL_PRODUCTS'}}]}, {'id': 12, 'packageReferences': [{'package': {'keyName': 'STATIC_IP_ADDRESSES'}}]}]}, 'static', 4)", async () => {
    const item = {
      prices: [
        { id: 11, packageReferences: [{ package: { keyName: 'ADDITIONAL_PRODUCTS' } }] },
        { id: 12, packageReferences: [{ package: { keyName: 'STATIC_IP_ADDRESSES' } }] },
      ],
    };
    const calls = await record(async () => NetworkManager.getSubnetItemPrice(item, 'static', 4));
    expectSameCalls(
      "network.get_subnet_item_price({'prices': [{'id': 11, 'packageReferences': [{'package': {'keyName': 'ADDITIONAL_PRODUCTS'}}]}, {'id': 12, 'packageReferences': [{'package': {'keyName': 'STATIC_IP_ADDRESSES'}}]}]}, 'static', 4)",
      calls,
    );
    expect(NetworkManager.getSubnetItemPrice(item, 'static', 4)).toBe(12);
    expect(NetworkManager.getSubnetItemPrice(item, 'public', 4)).toBe(11);
  });

  it("network.get_event_logs_by_request_id('96c9b47b9e102d2e1d81fba'): reads both logs the reference meant to (it fails adding them)", async () => {
    const calls = await record((network) => network.getEventLogsByRequestId('96c9b47b9e102d2e1d81fba'));
    const read = (objectName: string) => ({
      service: 'SoftLayer_Event_Log',
      method: 'getAllObjects',
      filter: { objectName: { operation: objectName } },
      limit: 20,
    });
    expectReferenceCalls(
      calls,
      [read('CCI'), read('Security Group')],
      'network.get_event_logs_by_request_id',
    );
  });

  it('getNasCredentials (no recorded case): the call the reference makes', async () => {
    const calls = await record((network) => network.getNasCredentials(42, { mask: 'id,username,password' }));
    expectReferenceCalls(calls, [
      { service: 'SoftLayer_Network_Storage', method: 'getObject', id: 42, mask: 'id,username,password' },
    ]);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const network = new NetworkManager(client);
    await expectRefused(
      [
        [
          'unknown subnet type',
          () => network.addSubnet('portable' as 'public', { quantity: 4, endpointId: 1 }),
          /subnet type/,
        ],
        ['no quantity', () => network.addSubnet('public', { endpointId: 1 }), /quantity/],
        ['no endpoint', () => network.addSubnet('private', { quantity: 4 }), /endpoint id/],
        ['global with a quantity', () => network.addSubnet('global', { quantity: 4 }), /no quantity/],
        ['version 5', () => network.addGlobalIp({ version: 5 as 4 }), /version/],
        ['target not an IP', () => network.assignGlobalIp(200, 'web01'), /IPv4 or IPv6/],
        [
          'unknown route type',
          () => network.route(1, 'SoftLayer_Account' as 'SoftLayer_Network_Vlan', '1'),
          /type/,
        ],
        ['empty route target', () => network.route(1, 'SoftLayer_Virtual_Guest', ' '), /target/],
        ['edit nothing', () => network.edit(1, {}), /give a name/],
        ['edit with an empty name', () => network.edit(1, { name: '' }), /name/],
        ['tags not text', () => network.setTags(5 as unknown as string, 1), /tags/],
        ['note not text', () => network.editNoteSubnet(1, 3 as unknown as string), /note/],
        ['ip note template', () => network.setSubnetIpddressNote(1, {} as { note: string }), /template/],
        ['billing item id', () => network.cancelItem(0, true, 'r', 'n'), /billing item id/],
        ['immediate flag', () => network.cancelItem(1, 'yes' as unknown as boolean, 'r', 'n'), /immediate/],
        ['request id', () => network.getEventLogsByRequestId(''), /request id/],
        ['storage id', () => network.getNasCredentials(-1), /storage id/],
      ],
      calls,
    );
  });

  it('a subnet size the catalog lacks is SL_NOT_FOUND after the catalog read, and nothing is ordered', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    await expect(
      new NetworkManager(client).addSubnet('public', { quantity: 32, endpointId: 1, testOrder: true }),
    ).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
      message: expect.stringContaining('public IPv4 subnet of 32'),
    });
    expect(calls.map((call) => call.method)).toEqual(['getItems']);
  });

  it('a global IP or subnet without a billing item is refused and nothing is cancelled', async () => {
    const { client, calls } = recordingClient({ 'Network_Subnet::getObject': { id: 9 } });
    await expect(new NetworkManager(client).cancelSubnet(9)).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
      message: 'subnet 9 has no billing item; it cannot be cancelled',
    });
    expect(calls.map((call) => call.method)).toEqual(['getObject']);
  });
});
