import { describe, expect, it } from 'vitest';
import { FirewallManager } from '../src/firewall-manager';
import { ManagerError } from '../src/manager-error';
import { expectRefused, expectSameCalls, recordingClient } from './support';

const RULE = {
  action: 'permit',
  destinationIpAddress: 'any',
  destinationIpSubnetMask: '255.255.255.255',
  destinationPortRangeStart: 80,
  destinationPortRangeEnd: 80,
  orderValue: 1,
  protocol: 'tcp',
  sourceIpAddress: '0.0.0.0',
  sourceIpCidr: 0,
  version: 4,
};

/** The answers the reference's fixtures gave, where the manager reads them. */
const ANSWERS = {
  'Virtual_Guest::getObject': { primaryNetworkComponent: { maxSpeed: 100 } },
  'Hardware_Server::getFrontendNetworkComponents': [
    { id: 1, maxSpeed: 100 },
    { id: 2, networkComponentGroup: { networkComponents: [{ maxSpeed: 1000 }, { maxSpeed: 1000 }] } },
  ],
  'Product_Package::getItems': [{ id: 1, description: 'firewall', prices: [{ id: 1122 }] }],
  'Network_Component_Firewall::getObject': { id: 1234, billingItem: { id: 21370814 } },
  'Network_Vlan_Firewall::getObject': {
    id: 1234,
    networkVlan: {
      firewallInterfaces: [
        { name: 'inside', firewallContextAccessControlLists: [{ id: 3141, direction: 'out' }] },
        {
          name: 'outside',
          firewallContextAccessControlLists: [
            { id: 3142, direction: 'in' },
            { id: 3143, direction: 'out' },
          ],
        },
      ],
    },
  },
  'Account::getNetworkVlans': [{ id: 1, dedicatedFirewallFlag: 1 }, { id: 2 }],
};

describe('FirewallManager: the manager-calls-more.json cases', () => {
  const cases: Array<[string, (firewall: FirewallManager) => Promise<unknown>]> = [
    ['firewall.get_firewalls()', (fw) => fw.getFirewalls()],
    ['firewall.get_firewalls_gatewalls()', (fw) => fw.getFirewallsGatewalls()],
    ['firewall.get_instance(1234)', (fw) => fw.getInstance(1234)],
    ['firewall.get_standard_fwl_rules(1234)', (fw) => fw.getStandardFwlRules(1234)],
    ['firewall.get_dedicated_fwl_rules(1234)', (fw) => fw.getDedicatedFwlRules(1234)],
    [
      'firewall.get_standard_package(100, is_virt=True)',
      (fw) => fw.getStandardPackage(100, { isVirt: true }),
    ],
    [
      'firewall.get_dedicated_package(ha_enabled=False)',
      (fw) => fw.getDedicatedPackage({ haEnabled: false }),
    ],
    ['firewall.get_dedicated_package(ha_enabled=True)', (fw) => fw.getDedicatedPackage({ haEnabled: true })],
    [
      'firewall.add_standard_firewall(100, is_virt=True)',
      (fw) => fw.addStandardFirewall(100, { isVirt: true }),
    ],
    [
      'firewall.add_standard_firewall(1000, is_virt=False)',
      (fw) => fw.addStandardFirewall(1000, { isVirt: false }),
    ],
    [
      'firewall.add_vlan_firewall(6327, ha_enabled=False)',
      (fw) => fw.addVlanFirewall(6327, { haEnabled: false }),
    ],
    [
      'firewall.cancel_firewall(1234, dedicated=False)',
      (fw) => fw.cancelFirewall(1234, { dedicated: false }),
    ],
    [
      "firewall.edit_dedicated_fwl_rules(1234, [{'action': 'permit', 'destinationIpAddress': 'any', 'destinationIpSubnetMask': '255.255.255.255', 'destinationPortRangeStart': 80, 'destinationPortRangeEnd': 80, 'orderValue': 1, 'protocol': 'tcp', 'sourceIpAddress': '0.0.0.0', 'sourceIpCidr': 0, 'version': 4}])",
      (fw) => fw.editDedicatedFwlRules(1234, [RULE]),
    ],
    [
      "firewall.edit_standard_fwl_rules(1234, [{'action': 'permit', 'destinationIpAddress': 'any', 'destinationIpSubnetMask': '255.255.255.255', 'destinationPortRangeStart': 80, 'destinationPortRangeEnd': 80, 'orderValue': 1, 'protocol': 'tcp', 'sourceIpAddress': '0.0.0.0', 'sourceIpCidr': 0, 'version': 4}])",
      (fw) => fw.editStandardFwlRules(1234, [RULE]),
    ],
    [
      "firewall.get_summary(1234, '2026-10-01', '2026-11-20')",
      (fw) => fw.getSummary(1234, '2026-10-01', '2026-11-20'),
    ],
    ["firewall.resolve_ids('1234')", async (fw) => expect(await fw.resolveIds('1234')).toEqual([1234])],
  ];
  it.each(cases)('%s', async (name, run) => {
    const { client, calls } = recordingClient(ANSWERS);
    await run(new FirewallManager(client));
    expectSameCalls(name, calls);
  });

  it('keeps only the VLANs that have a firewall', async () => {
    const { client } = recordingClient(ANSWERS);
    expect((await new FirewallManager(client).getFirewalls()).map((vlan) => vlan.id)).toEqual([1]);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const fw = new FirewallManager(client);
    await expectRefused(
      [
        ['server id', () => fw.getStandardPackage(0), /server id/],
        ['isVirt', () => fw.addStandardFirewall(5, { isVirt: 'yes' as unknown as boolean }), /isVirt/],
        ['vlan id', () => fw.addVlanFirewall(-1), /VLAN id/],
        ['ha', () => fw.getDedicatedPackage({ haEnabled: 1 as unknown as boolean }), /haEnabled/],
        ['cancel id', () => fw.cancelFirewall(1.5), /firewall id/],
        ['rules', () => fw.editStandardFwlRules(5, 'x' as unknown as []), /rules/],
        ['rule', () => fw.editDedicatedFwlRules(5, [null as unknown as typeof RULE]), /rule 1/],
        ['instance mask', () => fw.getInstance(5, { mask: '' }), /mask/],
        ['dates', () => fw.getSummary(5, '', '2026-01-01'), /start date/],
      ],
      calls,
    );
  });

  it('says so when a firewall has no billing item, or no inbound list to edit', async () => {
    const { client } = recordingClient({
      'Network_Component_Firewall::getObject': { id: 5 },
      'Network_Vlan_Firewall::getObject': { id: 5, networkVlan: { firewallInterfaces: [] } },
    });
    const fw = new FirewallManager(client);
    await expect(fw.cancelFirewall(5)).rejects.toThrow(/billing item for firewall 5/);
    await expect(fw.editDedicatedFwlRules(5, [RULE])).rejects.toBeInstanceOf(ManagerError);
  });
});
