import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError } from '../src/manager-error';
import { NetworkManager } from '../src/network-manager';
import {
  expectReferenceCalls,
  type ReferenceCall,
  recordingClient,
  startTestEmulator,
  withoutStableOrder,
} from './support';

/*
 * The reference calls below were recorded from the Python client (softlayer 6.1.4) with a fake transport that
 * records every call (`SoftLayer.BaseClient(transport=recorder)` and `NetworkManager(client).<method>(...)`), as
 * the manager-calls.json cases are: manager-calls.json has no security-group case.
 */

const SG = 'SoftLayer_Network_SecurityGroup';

/** The reference's `get_securitygroup` default mask, as it sends it (white space and all). */
const REFERENCE_GET_MASK = `id,name,description,rules[id, remoteIp, remoteGroupId,
                         direction, ethertype, portRangeMin,
                         portRangeMax, protocol, createDate, modifyDate],networkComponentBindings[
                    networkComponent[
                        id,
                        port,
                        guest[
                            id,
                            hostname,
                            primaryBackendIpAddress,
                            primaryIpAddress
                        ]
                    ]
                ]`;

type Case = [string, (network: NetworkManager) => Promise<unknown>, ReferenceCall[]];

async function checkCases(cases: readonly Case[]): Promise<void> {
  for (const [name, run, expected] of cases) {
    const { client, calls } = recordingClient();
    await run(new NetworkManager(client));
    try {
      expectReferenceCalls(calls, expected, name);
    } catch (error) {
      throw new Error(`${name}: ${String(error)}`, { cause: error });
    }
  }
}

describe('NetworkManager security groups ask what the reference asks', () => {
  it('groups: create, edit, delete, get, list', async () => {
    await checkCases([
      [
        "create_securitygroup('web', 'the web')",
        (network) => network.createSecuritygroup({ name: 'web', description: 'the web' }),
        [{ service: SG, method: 'createObject', args: [{ name: 'web', description: 'the web' }] }],
      ],
      [
        "create_securitygroup(name='web')",
        (network) => network.createSecuritygroup({ name: 'web' }),
        [{ service: SG, method: 'createObject', args: [{ name: 'web', description: null }] }],
      ],
      [
        'create_securitygroup()',
        (network) => network.createSecuritygroup(),
        [{ service: SG, method: 'createObject', args: [{ name: null, description: null }] }],
      ],
      [
        "edit_securitygroup(100, name='web2', description='d2')",
        (network) => network.editSecuritygroup(100, { name: 'web2', description: 'd2' }),
        [{ service: SG, method: 'editObject', id: 100, args: [{ name: 'web2', description: 'd2' }] }],
      ],
      [
        "edit_securitygroup(100, name='web2')",
        (network) => network.editSecuritygroup(100, { name: 'web2' }),
        [{ service: SG, method: 'editObject', id: 100, args: [{ name: 'web2' }] }],
      ],
      [
        'delete_securitygroup(100)',
        (network) => network.deleteSecuritygroup(100),
        [{ service: SG, method: 'deleteObject', id: 100 }],
      ],
      [
        'get_securitygroup(100)',
        (network) => network.getSecuritygroup(100),
        [{ service: SG, method: 'getObject', id: 100, mask: REFERENCE_GET_MASK }],
      ],
      [
        "get_securitygroup(100, mask='id,name')",
        (network) => network.getSecuritygroup(100, { mask: 'id,name' }),
        [{ service: SG, method: 'getObject', id: 100, mask: 'id,name' }],
      ],
      [
        'list_securitygroups()',
        (network) => network.listSecuritygroups(),
        [{ service: SG, method: 'getAllObjects', limit: 100 }],
      ],
      [
        "list_securitygroups(mask='id,name')",
        (network) => network.listSecuritygroups({ mask: 'id,name' }),
        [{ service: SG, method: 'getAllObjects', mask: 'id,name', limit: 100 }],
      ],
    ]);
  });

  it('rules: add one or several, edit, remove one or several, list', async () => {
    await checkCases([
      [
        "add_securitygroup_rule(100, remote_ip='10.0.0.0/24', direction='ingress', ethertype='IPv4', port_max=443, port_min=80, protocol='tcp')",
        (network) =>
          network.addSecuritygroupRule(100, {
            remoteIp: '10.0.0.0/24',
            direction: 'ingress',
            ethertype: 'IPv4',
            portMax: 443,
            portMin: 80,
            protocol: 'tcp',
          }),
        [
          {
            service: SG,
            method: 'addRules',
            id: 100,
            args: [
              [
                {
                  direction: 'ingress',
                  ethertype: 'IPv4',
                  portRangeMax: 443,
                  portRangeMin: 80,
                  protocol: 'tcp',
                  remoteIp: '10.0.0.0/24',
                },
              ],
            ],
          },
        ],
      ],
      [
        "add_securitygroup_rule(100, remote_group=200, direction='egress')",
        (network) => network.addSecuritygroupRule(100, { remoteGroup: 200, direction: 'egress' }),
        [{ service: SG, method: 'addRules', id: 100, args: [[{ direction: 'egress', remoteGroupId: 200 }]] }],
      ],
      [
        "add_securitygroup_rules(100, [{'direction': 'ingress', 'protocol': 'udp'}, {'direction': 'egress'}])",
        (network) =>
          network.addSecuritygroupRules(100, [
            { direction: 'ingress', protocol: 'udp' },
            { direction: 'egress' },
          ]),
        [
          {
            service: SG,
            method: 'addRules',
            id: 100,
            args: [[{ direction: 'ingress', protocol: 'udp' }, { direction: 'egress' }]],
          },
        ],
      ],
      [
        "edit_securitygroup_rule(100, 500, remote_ip='2001:db8::/32', direction='egress', ethertype='IPv6', port_max=22, port_min=22, protocol='tcp')",
        (network) =>
          network.editSecuritygroupRule(100, 500, {
            remoteIp: '2001:db8::/32',
            direction: 'egress',
            ethertype: 'IPv6',
            portMax: 22,
            portMin: 22,
            protocol: 'tcp',
          }),
        [
          {
            service: SG,
            method: 'editRules',
            id: 100,
            args: [
              [
                {
                  remoteIp: '2001:db8::/32',
                  direction: 'egress',
                  ethertype: 'IPv6',
                  portRangeMax: 22,
                  portRangeMin: 22,
                  protocol: 'tcp',
                  id: 500,
                },
              ],
            ],
          },
        ],
      ],
      [
        'edit_securitygroup_rule(100, 500, remote_group=200)',
        (network) => network.editSecuritygroupRule(100, 500, { remoteGroup: 200 }),
        [{ service: SG, method: 'editRules', id: 100, args: [[{ remoteGroupId: 200, id: 500 }]] }],
      ],
      [
        'remove_securitygroup_rule(100, 500)',
        (network) => network.removeSecuritygroupRule(100, 500),
        [{ service: SG, method: 'removeRules', id: 100, args: [[500]] }],
      ],
      [
        'remove_securitygroup_rules(100, [500, 501])',
        (network) => network.removeSecuritygroupRules(100, [500, 501]),
        [{ service: SG, method: 'removeRules', id: 100, args: [[500, 501]] }],
      ],
      [
        'list_securitygroup_rules(100)',
        (network) => network.listSecuritygroupRules(100),
        [{ service: SG, method: 'getRules', id: 100, limit: 100 }],
      ],
    ]);
  });

  it('network components: attach and detach one or several', async () => {
    await checkCases([
      [
        'attach_securitygroup_component(100, 700)',
        (network) => network.attachSecuritygroupComponent(100, 700),
        [{ service: SG, method: 'attachNetworkComponents', id: 100, args: [[700]] }],
      ],
      [
        'attach_securitygroup_components(100, [700, 701])',
        (network) => network.attachSecuritygroupComponents(100, [700, 701]),
        [{ service: SG, method: 'attachNetworkComponents', id: 100, args: [[700, 701]] }],
      ],
      [
        'detach_securitygroup_component(100, 700)',
        (network) => network.detachSecuritygroupComponent(100, 700),
        [{ service: SG, method: 'detachNetworkComponents', id: 100, args: [[700]] }],
      ],
      [
        'detach_securitygroup_components(100, [700, 701])',
        (network) => network.detachSecuritygroupComponents(100, [700, 701]),
        [{ service: SG, method: 'detachNetworkComponents', id: 100, args: [[700, 701]] }],
      ],
    ]);
  });

  it('resolves group names (ours: the reference takes ids only), remote groups included', async () => {
    const { client, calls } = recordingClient({
      'Network_SecurityGroup::getAllObjects': (request: { filter?: unknown }) => {
        const name = (request.filter as { name?: { operation?: string } }).name?.operation;
        // A case-insensitive server answer: the manager keeps the exact name only.
        const groups = [
          { id: 100, name: 'web' },
          { id: 101, name: 'WEB' },
          { id: 200, name: 'db' },
        ];
        return groups.filter((group) => group.name.toLowerCase() === name?.toLowerCase());
      },
    });
    const network = new NetworkManager(client);
    await network.addSecuritygroupRule('web', { direction: 'ingress', remoteGroup: 'db' });
    const lookup = (name: string) => ({
      service: SG,
      method: 'getAllObjects',
      mask: 'id,name',
      filter: { name: { operation: name } },
      limit: 100,
    });
    expectReferenceCalls(calls, [
      lookup('web'),
      lookup('db'),
      { service: SG, method: 'addRules', id: 100, args: [[{ direction: 'ingress', remoteGroupId: 200 }]] },
    ]);
    expect(await network.resolveSecuritygroupIds('nothing')).toEqual([]);
    expect(await network.resolveSecuritygroupIds(' 42 ')).toEqual([42]);
    await expect(network.deleteSecuritygroup('nothing')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    expect(calls.at(-1)!.method).toBe('getAllObjects');
  });

  it('a name matching several groups is ambiguous', async () => {
    const { client, calls } = recordingClient({
      'Network_SecurityGroup::getAllObjects': [
        { id: 1, name: 'twin' },
        { id: 2, name: 'twin' },
      ],
    });
    await expect(new NetworkManager(client).getSecuritygroup('twin')).rejects.toMatchObject({
      code: 'SL_AMBIGUOUS',
      message: expect.stringContaining('ids 1, 2'),
    });
    expect(calls.map((call) => call.method)).toEqual(['getAllObjects']);
  });

  it("null clears a rule property: what the reference sends for remote_ip='', port_max=-1, …", async () => {
    const { client, calls } = recordingClient();
    await new NetworkManager(client).editSecuritygroupRule(100, 500, {
      remoteIp: null,
      remoteGroup: null,
      portMax: null,
      portMin: null,
    });
    expectReferenceCalls(
      calls,
      [
        {
          service: SG,
          method: 'editRules',
          id: 100,
          args: [[{ remoteIp: '', remoteGroupId: -1, portRangeMax: -1, portRangeMin: -1, id: 500 }]],
        },
      ],
      "edit_securitygroup_rule(100, 500, remote_ip='', port_max=-1, port_min=-1, remote_group=-1)",
    );
  });

  it("passes the caller's signal, mask and filter", async () => {
    const { client, calls } = recordingClient();
    const network = new NetworkManager(client);
    const { signal } = new AbortController();
    await network.createSecuritygroup({ name: 'x', signal });
    await network.listSecuritygroupRules(100, {
      mask: 'id',
      filter: { rules: { protocol: { operation: 'tcp' } } },
    });
    await network.removeSecuritygroupRule(100, 5, { signal });
    await network.attachSecuritygroupComponent(100, 7, { signal });
    await network.editSecuritygroupRule(100, 5, { protocol: 'udp', signal });
    expect(calls[0]!.signal).toBe(signal);
    expect(calls[1]).toMatchObject({ mask: 'id', limit: 100 });
    expect(withoutStableOrder(calls[1]!.filter)).toEqual({ rules: { protocol: { operation: 'tcp' } } });
    expect(calls.slice(2).map((call) => call.signal)).toEqual([signal, signal, signal]);
  });

  it('refuses bad input before sending anything (the reference sends most of it)', async () => {
    const { client, calls } = recordingClient();
    const network = new NetworkManager(client);
    const refusals: Array<Promise<unknown>> = [
      // Nothing to change: the reference resolves false without a call.
      network.editSecuritygroup(100, {}),
      network.editSecuritygroupRule(100, 500, {}),
      network.createSecuritygroup({ name: ' ' }),
      network.editSecuritygroup(100, { description: '' }),
      network.editSecuritygroup('', { name: 'x' }),
      network.getSecuritygroup(1.5),
      network.getSecuritygroup(100, { mask: '' }),
      network.deleteSecuritygroup('  '),
      network.listSecuritygroups({ mask: '' }),
      network.listSecuritygroupRules(''),
      // A new rule needs a direction (the reference sends `direction: null`).
      network.addSecuritygroupRule(100, {} as never),
      network.addSecuritygroupRule(100, { direction: 'inbound' as never }),
      network.addSecuritygroupRule(100, { direction: 'ingress', ethertype: 'ipv4' as never }),
      network.addSecuritygroupRule(100, { direction: 'ingress', protocol: 'all' as never }),
      network.addSecuritygroupRule(100, { direction: 'ingress', portMax: 70000 }),
      network.addSecuritygroupRule(100, { direction: 'ingress', portMin: -1 }),
      network.addSecuritygroupRule(100, { direction: 'ingress', portMin: 2.5 }),
      network.addSecuritygroupRule(100, { direction: 'ingress', protocol: 'tcp', portMin: 90, portMax: 80 }),
      network.addSecuritygroupRule(100, { direction: 'ingress', remoteIp: '10.0.0.0/33' }),
      network.addSecuritygroupRule(100, { direction: 'ingress', remoteIp: 'example.com' }),
      network.addSecuritygroupRule(100, { direction: 'ingress', remoteIp: '1.2.3.4', remoteGroup: 2 }),
      network.addSecuritygroupRule(100, { direction: 'ingress', remoteGroup: 'db', portMax: 1e6 }),
      network.addSecuritygroupRule(100, { direction: 'ingress', portMax: null as never }),
      network.addSecuritygroupRule('web', { direction: 'ingress', remoteGroup: 1.5 }),
      network.editSecuritygroupRule('web', 5, { remoteGroup: ' ' }),
      network.addSecuritygroupRule(100, { direction: 'ingress', protocol: 'icmp', portMin: 300 }),
      network.addSecuritygroupRule(100, { direction: 'ingress', ethertype: 'IPv6', remoteIp: '10.0.0.0/8' }),
      network.editSecuritygroupRule(100, 500, { ethertype: 'IPv4', remoteIp: '2001:db8::/32' }),
      // The reference raises TypeError for a dict instead of a list.
      network.addSecuritygroupRules(100, { direction: 'ingress' } as never),
      network.addSecuritygroupRules(100, []),
      network.addSecuritygroupRules('web', [{ direction: 'ingress' }, { direction: 'up' as never }]),
      network.editSecuritygroupRule(100, 0, { protocol: 'tcp' }),
      network.editSecuritygroupRule(100, 500, { remoteIp: '1.2.3.4', remoteGroup: 'db' }),
      network.removeSecuritygroupRule(100, -5),
      network.removeSecuritygroupRules(100, []),
      network.removeSecuritygroupRules('web', [1, 'two' as never]),
      network.attachSecuritygroupComponent(100, 0),
      network.attachSecuritygroupComponents(100, []),
      network.detachSecuritygroupComponent(100, Number.NaN),
      network.detachSecuritygroupComponents('web', 7 as never),
    ];
    for (const [index, refusal] of refusals.entries()) {
      await expect(refusal, `refusal ${index}`).rejects.toBeInstanceOf(ManagerError);
      await expect(refusal, `refusal ${index}`).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    }
    await expect(network.addSecuritygroupRule(100, { direction: 'ingress', portMax: 70000 })).rejects.toThrow(
      'addSecuritygroupRule: portMax must be a whole number from 0 to 65535, got 70000',
    );
    await expect(network.editSecuritygroupRule(100, 500, {})).rejects.toThrow(/give something to change/);
    expect(calls).toEqual([]);
  });
});

describe('NetworkManager security groups against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let network: NetworkManager;
  beforeAll(async () => {
    setup = await startTestEmulator();
    network = new NetworkManager(setup.client);
  });
  afterAll(() => setup.close());

  it("reads the account's groups: every page, each with its rules and the guests bound to it", async () => {
    const groups = await network.listSecuritygroups();
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.totalCount).toBe(groups.length);
    let bound = 0;
    for (const listed of groups) {
      expect(listed).toMatchObject({ id: expect.any(Number) });
      const group = await network.getSecuritygroup(listed.name ?? listed.id!);
      expect(group.id).toBe(listed.id);
      const rules = await network.listSecuritygroupRules(group.id!);
      expect(rules.map((rule) => rule.id)).toEqual((group.rules ?? []).map((rule) => rule.id));
      for (const rule of group.rules ?? []) {
        expect(rule).toMatchObject({
          id: expect.any(Number),
          direction: expect.stringMatching(/^(in|e)gress$/),
        });
      }
      for (const binding of group.networkComponentBindings ?? []) {
        expect(binding.networkComponent).toMatchObject({
          id: expect.any(Number),
          port: expect.any(Number),
          guest: { id: expect.any(Number), hostname: expect.any(String) },
        });
        bound += 1;
      }
    }
    expect(bound).toBeGreaterThan(0);
  });

  it('creates, lists, gets, edits and deletes a group, by id and by name', async () => {
    const before = await network.listSecuritygroups();
    const created = await network.createSecuritygroup({ name: 'e2e-web', description: 'web servers' });
    expect(created).toMatchObject({ id: expect.any(Number), name: 'e2e-web', description: 'web servers' });
    const id = created.id!;
    const listed = await network.listSecuritygroups();
    expect(listed.length).toBe(before.length + 1);
    expect(listed.find((group) => group.id === id)).toMatchObject({ name: 'e2e-web' });
    expect(await network.resolveSecuritygroupIds('e2e-web')).toEqual([id]);

    const got = await network.getSecuritygroup('e2e-web');
    expect(got).toMatchObject({ id, name: 'e2e-web', description: 'web servers', rules: [] });
    expect(got.networkComponentBindings ?? []).toEqual([]);

    expect(await network.editSecuritygroup(id, { name: 'e2e-web2' })).toBe(true);
    expect(await network.editSecuritygroup('e2e-web2', { description: 'changed' })).toBe(true);
    expect(await network.getSecuritygroup(id, { mask: 'id,name,description' })).toEqual({
      id,
      name: 'e2e-web2',
      description: 'changed',
    });
    await expect(network.getSecuritygroup('e2e-web')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });

    expect(await network.deleteSecuritygroup('e2e-web2')).toBe(true);
    expect((await network.listSecuritygroups()).map((group) => group.id)).not.toContain(id);
    await expect(network.getSecuritygroup(id)).rejects.toThrow();
  });

  it('adds, lists, edits and removes rules', async () => {
    const group = await network.createSecuritygroup({ name: 'e2e-rules' });
    const remote = await network.createSecuritygroup({ name: 'e2e-remote' });
    const added = await network.addSecuritygroupRule('e2e-rules', {
      direction: 'ingress',
      protocol: 'tcp',
      portMin: 80,
      portMax: 443,
      remoteIp: '10.0.0.0/24',
    });
    expect(added.rules).toHaveLength(1);
    const more = await network.addSecuritygroupRules(group.id!, [
      { direction: 'egress', ethertype: 'IPv6' },
      { direction: 'ingress', protocol: 'icmp', portMin: 8, portMax: 0, remoteGroup: 'e2e-remote' },
    ]);
    expect(more.rules).toHaveLength(2);

    let rules = await network.listSecuritygroupRules(group.id!);
    expect(rules).toHaveLength(3);
    const web = rules.find((rule) => rule.remoteIp === '10.0.0.0/24')!;
    expect(web).toMatchObject({ direction: 'ingress', protocol: 'tcp', portRangeMin: 80, portRangeMax: 443 });
    expect(rules.find((rule) => rule.protocol === 'icmp')).toMatchObject({ remoteGroupId: remote.id });

    await network.editSecuritygroupRule('e2e-rules', web.id!, { portMin: 8080, portMax: 8080 });
    rules = await network.listSecuritygroupRules('e2e-rules');
    expect(rules.find((rule) => rule.id === web.id)).toMatchObject({
      portRangeMin: 8080,
      portRangeMax: 8080,
      remoteIp: '10.0.0.0/24',
      protocol: 'tcp',
    });

    // null clears: no remote IP any more (the API's ''), the ports stay.
    await network.editSecuritygroupRule(group.id!, web.id!, { remoteIp: null });
    rules = await network.listSecuritygroupRules(group.id!);
    expect(rules.find((rule) => rule.id === web.id)).not.toHaveProperty('remoteIp');
    expect(rules.find((rule) => rule.id === web.id)).toMatchObject({
      portRangeMin: 8080,
      portRangeMax: 8080,
    });

    await network.removeSecuritygroupRule(group.id!, web.id!);
    rules = await network.listSecuritygroupRules(group.id!);
    expect(rules.map((rule) => rule.id)).not.toContain(web.id);
    expect(rules).toHaveLength(2);
    await network.removeSecuritygroupRules(
      group.id!,
      rules.map((rule) => rule.id!),
    );
    expect(await network.listSecuritygroupRules(group.id!)).toEqual([]);
    expect((await network.getSecuritygroup(group.id!)).rules).toEqual([]);

    await network.deleteSecuritygroup(group.id!);
    await network.deleteSecuritygroup(remote.id!);
  });

  it("attaches and detaches a guest's network components", async () => {
    const [guest] = await setup.client.call('Account', 'getVirtualGuests', {
      mask: 'id,hostname,networkComponents[id,port]',
      limit: 1,
    });
    const components = guest!.networkComponents!;
    expect(components.length).toBeGreaterThan(0);
    const group = await network.createSecuritygroup({ name: 'e2e-bound' });

    await network.attachSecuritygroupComponent('e2e-bound', components[0]!.id!);
    let bound = await network.getSecuritygroup(group.id!);
    expect(bound.networkComponentBindings).toHaveLength(1);
    expect(bound.networkComponentBindings![0]!.networkComponent).toMatchObject({
      id: components[0]!.id,
      guest: { id: guest!.id, hostname: guest!.hostname },
    });

    await network.detachSecuritygroupComponent(group.id!, components[0]!.id!);
    bound = await network.getSecuritygroup(group.id!);
    expect(bound.networkComponentBindings ?? []).toEqual([]);

    const ids = components.map((component) => component.id!);
    await network.attachSecuritygroupComponents(group.id!, ids);
    bound = await network.getSecuritygroup(group.id!);
    expect(
      bound.networkComponentBindings!.map((binding) => binding.networkComponent!.id).sort((a, b) => a! - b!),
    ).toEqual([...ids].sort((a, b) => a - b));
    await network.detachSecuritygroupComponents('e2e-bound', ids);
    expect((await network.getSecuritygroup(group.id!)).networkComponentBindings ?? []).toEqual([]);
    await network.deleteSecuritygroup(group.id!);
  });
});
