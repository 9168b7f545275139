import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirewallManager } from '../src/firewall-manager';
import { ManagerError } from '../src/manager-error';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

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

describe('FirewallManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('lists the seeded firewalls: a dedicated VLAN one, standard ones, and a multi-VLAN gateway', async () => {
    const fw = new FirewallManager(setup.client);
    const vlans = await fw.getFirewalls();
    const dedicated = vlans.filter((vlan) => vlan.dedicatedFirewallFlag);
    expect(dedicated).toHaveLength(1);
    expect(dedicated[0]!.networkVlanFirewall?.id).toBeGreaterThan(0);
    const standard = vlans.flatMap((vlan) => [
      ...(vlan.firewallGuestNetworkComponents ?? []),
      ...(vlan.firewallNetworkComponents ?? []),
    ]);
    expect(standard).toHaveLength(2);
    const gateways = await fw.getFirewallsGatewalls();
    expect(gateways).toHaveLength(1);
    expect(gateways[0]).toMatchObject({
      name: expect.stringMatching(/^fw-gw-/),
      status: { keyName: 'ACTIVE' },
      networkFirewall: { id: expect.any(Number), firewallType: expect.any(String) },
    });
    const rules = await fw.getDedicatedFwlRules(dedicated[0]!.networkVlanFirewall!.id!);
    expect(rules.map((rule) => rule.orderValue)).toEqual([1, 2, 3, 4]);
  });

  it('orders a standard firewall for a guest, edits its rules, reads them back and cancels it', async () => {
    const fw = new FirewallManager(setup.client);
    const vlans = await fw.getFirewalls();
    const protectedGuests = new Set(
      vlans.flatMap((vlan) =>
        (vlan.firewallGuestNetworkComponents ?? []).map((c) => c.guestNetworkComponent?.guest?.id),
      ),
    );
    const guests = await setup.client.call('Account', 'getVirtualGuests', {
      mask: 'id,privateNetworkOnlyFlag',
    });
    const guest = guests.find(
      (candidate) => !candidate.privateNetworkOnlyFlag && !protectedGuests.has(candidate.id),
    )!;
    const [item] = await fw.getStandardPackage(guest.id!);
    expect(item?.description).toBe('1000Mbps Hardware Firewall');
    const receipt = await fw.addStandardFirewall(guest.id!);
    expect(receipt.orderId).toBeGreaterThan(0);
    const after = await fw.getFirewalls();
    const created = after
      .flatMap((vlan) => vlan.firewallGuestNetworkComponents ?? [])
      .find((component) => component.guestNetworkComponent?.guest?.id === guest.id)!;
    expect(created).toBeDefined();
    expect(await fw.getStandardFwlRules(created.id!)).toEqual([]);
    await fw.editStandardFwlRules(created.id!, [RULE]);
    expect(await fw.getStandardFwlRules(created.id!)).toEqual([
      expect.objectContaining({
        orderValue: 1,
        action: 'permit',
        protocol: 'tcp',
        destinationPortRangeStart: 80,
      }),
    ]);
    await expect(fw.addStandardFirewall(guest.id!)).rejects.toThrow(/already has a firewall/);
    expect(await fw.cancelFirewall(created.id!)).toBe(true);
    await expect(fw.getStandardFwlRules(created.id!)).rejects.toThrow(/Unable to find object/);
  });

  it('orders a dedicated VLAN firewall, edits its rules through its access list, and cancels it', async () => {
    const fw = new FirewallManager(setup.client);
    const vlans = await setup.client.call('Account', 'getNetworkVlans', { mask: 'id,dedicatedFirewallFlag' });
    const vlan = vlans.find((candidate) => !candidate.dedicatedFirewallFlag)!;
    await fw.addVlanFirewall(vlan.id!, { haEnabled: true });
    const firewall = (await fw.getFirewalls()).find((candidate) => candidate.id === vlan.id)!;
    expect(firewall.highAvailabilityFirewallFlag).toBe(true);
    const firewallId = firewall.networkVlanFirewall!.id!;
    await fw.editDedicatedFwlRules(firewallId, [
      RULE,
      { ...RULE, orderValue: 2, action: 'deny', protocol: 'udp' },
    ]);
    expect((await fw.getDedicatedFwlRules(firewallId)).map((rule) => rule.action)).toEqual([
      'permit',
      'deny',
    ]);
    await fw.cancelFirewall(firewallId, { dedicated: true });
    expect((await fw.getFirewalls()).some((candidate) => candidate.id === vlan.id)).toBe(false);
  });

  it('reads a gateway firewall with its credentials and its bandwidth summary', async () => {
    const fw = new FirewallManager(setup.client);
    const [gateway] = await fw.getFirewallsGatewalls();
    const instance = await fw.getInstance(gateway!.networkFirewall!.id!);
    expect(instance.managementCredentials?.username).toBe('fortiadmin');
    expect(instance.networkGateway?.status?.name).toBe('Active');
    // The default mask names only `data` and `type` of the tracking object (its id is asked for by name).
    expect(instance.metricTrackingObject?.id).toBeUndefined();
    const tracked = await fw.getInstance(instance.id!, { mask: 'mask[id,metricTrackingObject[id]]' });
    const data = await fw.getSummary(tracked.metricTrackingObject!.id!, '2026-10-01', '2026-10-03');
    expect(new Set(data.map((point) => point.type))).toEqual(
      new Set(['publicIn_net_octet', 'publicOut_net_octet']),
    );
  });

  it('refuses bad rules and unknown firewalls, and changes nothing', async () => {
    const fw = new FirewallManager(setup.client);
    const [vlan] = (await fw.getFirewalls()).filter((candidate) => candidate.dedicatedFirewallFlag);
    const firewallId = vlan!.networkVlanFirewall!.id!;
    const before = await fw.getDedicatedFwlRules(firewallId);
    await expect(fw.editDedicatedFwlRules(firewallId, [{ ...RULE, action: 'allow' }])).rejects.toThrow(
      /action must be permit or deny/,
    );
    await expect(
      fw.editDedicatedFwlRules(firewallId, [{ ...RULE, sourceIpAddress: '300.1.1.1' }]),
    ).rejects.toThrow(/not an IPv4 address/);
    expect(await fw.getDedicatedFwlRules(firewallId)).toEqual(before);
    await expect(fw.getDedicatedFwlRules(999)).rejects.toThrow(/Unable to find object/);
    await expect(fw.editStandardFwlRules(999, [RULE])).rejects.toThrow(/Unable to find object/);
    await expect(fw.addVlanFirewall(vlan!.id!)).rejects.toThrow(/already has a firewall/);
    await expect(fw.cancelFirewall(999)).rejects.toThrow(/Unable to find object/);
  });
});
