import type { TransportRequest } from '@sl/transport';
import { describe, it } from 'vitest';
import { NetworkManager } from '../src/network-manager';
import { type Answer, expectSameCalls, recordingClient } from './support';

/*
 * The manager-calls-more.json cases of NetworkManager: each runs our method through a recording client that answers
 * as the reference's fixtures did, and compares the calls.
 */

/** What the reference's fixtures answered. */
const ANSWERS: Readonly<Record<string, Answer>> = {
  'Network_Subnet_IpAddress::getByIpAddress': { id: 1, ipAddress: '10.0.1.37' },
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
