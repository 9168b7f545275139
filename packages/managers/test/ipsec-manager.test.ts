import { MethodNotFoundError, ObjectNotFoundError, SoftLayerAPIError } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IpsecManager } from '../src/ipsec-manager';
import {
  type Answer,
  expectRefused,
  expectSameCalls,
  recordingClient,
  startTestEmulator,
  withNumericLocation,
} from './support';

/** What the reference's fixtures answered (the tunnel-context services had none: those cases stop at the read). */
const ANSWERS: Readonly<Record<string, Answer>> = {
  'Product_Package::getAllObjects': [{ id: 200 }],
  'Location::getDatacenters': [{ id: 1854895, name: 'dal13', regions: [{ keyname: 'DALLAS13' }] }],
  'Product_Package::getItems': [
    {
      id: 1,
      keyName: '1_IPV6_ADDRESS',
      capacity: '1',
      itemCategory: { categoryCode: 'pri_ipv6_addresses' },
      prices: [{ id: 664641, categories: [{ categoryCode: 'pri_ipv6_addresses' }] }],
    },
  ],
  'Network_Customer_Subnet::createObject': { id: 1 },
  'Network_Tunnel_Module_Context::createAddressTranslation': { id: 1 },
};

type Case = [name: string, run: (ipsec: IpsecManager) => Promise<unknown>];

describe('IpsecManager: the manager-calls-more.json cases', () => {
  const cases: Case[] = [
    ['ipsec.get_tunnel_contexts()', (ipsec) => ipsec.getTunnelContexts()],
    ['ipsec.get_tunnel_context(445)', (ipsec) => ipsec.getTunnelContext(445)],
    ['ipsec.get_translations(445)', (ipsec) => ipsec.getTranslations(445)],
    ['ipsec.get_translation(445, 234123)', (ipsec) => ipsec.getTranslation(445, 234123)],
    ['ipsec.add_internal_subnet(445, 565787)', (ipsec) => ipsec.addInternalSubnet(445, 565787)],
    ['ipsec.add_remote_subnet(445, 565787)', (ipsec) => ipsec.addRemoteSubnet(445, 565787)],
    ['ipsec.remove_internal_subnet(445, 565787)', (ipsec) => ipsec.removeInternalSubnet(445, 565787)],
    ['ipsec.remove_remote_subnet(445, 565787)', (ipsec) => ipsec.removeRemoteSubnet(445, 565787)],
    ['ipsec.remove_service_subnet(445, 565787)', (ipsec) => ipsec.removeServiceSubnet(445, 565787)],
    ['ipsec.apply_configuration(445)', (ipsec) => ipsec.applyConfiguration(445)],
    [
      "ipsec.create_remote_subnet(999000, '50.0.0.0', 29)",
      (ipsec) => ipsec.createRemoteSubnet(999000, '50.0.0.0', 29),
    ],
    [
      "ipsec.create_translation(445, '10.0.0.0', '50.0.0.0', 'first translation')",
      (ipsec) => ipsec.createTranslation(445, '10.0.0.0', '50.0.0.0', 'first translation'),
    ],
    ['ipsec.remove_translation(445, 787989)', (ipsec) => ipsec.removeTranslation(445, 787989)],
    [
      "ipsec.update_translation(445, 234123, static_ip='10.0.0.2', remote_ip='50.0.0.2', notes='do not touch')",
      (ipsec) =>
        ipsec.updateTranslation(445, 234123, {
          staticIp: '10.0.0.2',
          remoteIp: '50.0.0.2',
          notes: 'do not touch',
        }),
    ],
    [
      "ipsec.update_tunnel_context(445, friendly_name='ipsec tunnel', remote_peer='50.0.0.2', preshared_key='enigma', phase1_auth='SHA256', phase1_dh=5)",
      (ipsec) =>
        ipsec.updateTunnelContext(445, {
          friendlyName: 'ipsec tunnel',
          remotePeer: '50.0.0.2',
          presharedKey: 'enigma',
          phase1Auth: 'SHA256',
          phase1Dh: 5,
        }),
    ],
    ["ipsec.resolve_ids('445')", async (ipsec) => expect(await ipsec.resolveIds('445')).toEqual([445])],
  ];
  it.each(cases)('%s', async (name, run) => {
    const { client, calls } = recordingClient(ANSWERS);
    // Where the reference's fixtures had no tunnel context, it stopped at the read: so do we (not found).
    await run(new IpsecManager(client)).catch((error: unknown) => {
      expect(error).toBeInstanceOf(ObjectNotFoundError);
    });
    expectSameCalls(name, calls);
  });

  it("ipsec.order('dal13', ['1_IPV6_ADDRESS'])", async () => {
    const { client, calls } = recordingClient(ANSWERS);
    await new IpsecManager(client).order('dal13', ['1_IPV6_ADDRESS']);
    expectSameCalls("ipsec.order('dal13', ['1_IPV6_ADDRESS'])", withNumericLocation(calls));
  });

  it('cancelItem cancels the billing item as the reference does (true, immediate, reason)', async () => {
    const { client, calls } = recordingClient();
    await new IpsecManager(client).cancelItem(1234, false, 'No longer needed');
    await new IpsecManager(client).cancelItem(1234, true);
    expect(calls.map((call) => [call.service, call.method, call.id, call.args ?? []])).toEqual([
      ['SoftLayer_Billing_Item', 'cancelItem', 1234, [true, false, 'No longer needed']],
      ['SoftLayer_Billing_Item', 'cancelItem', 1234, [true, true]],
    ]);
  });

  it('addServiceSubnet and deleteRemoteSubnet call the context and the remote subnet services', async () => {
    const { client, calls } = recordingClient();
    const ipsec = new IpsecManager(client);
    await ipsec.addServiceSubnet(445, 565787);
    await ipsec.deleteRemoteSubnet(565787);
    expect(calls.map((call) => [call.service, call.method, call.id, call.args ?? []])).toEqual([
      ['SoftLayer_Network_Tunnel_Module_Context', 'addServiceSubnetToNetworkTunnel', 445, [565787]],
      ['SoftLayer_Network_Customer_Subnet', 'deleteObject', 565787, []],
    ]);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const ipsec = new IpsecManager(client);
    await expectRefused(
      [
        ['context id', () => ipsec.getTunnelContext(0), /context id/],
        ['context id type', () => ipsec.applyConfiguration('445' as unknown as number), /context id/],
        ['subnet id', () => ipsec.addInternalSubnet(445, -1), /subnet id/],
        ['static ip', () => ipsec.createTranslation(445, 'nope', '50.0.0.1'), /IPv4 or IPv6/],
        ['cidr', () => ipsec.createRemoteSubnet(1, '50.0.0.0', 0), /cidr/],
        ['translation id', () => ipsec.removeTranslation(445, 1.5), /translation id/],
        ['update ip', () => ipsec.updateTranslation(445, 1, { remoteIp: '300.1.1.1' }), /IPv4 or IPv6/],
        [
          'phase 1 auth',
          () => ipsec.updateTunnelContext(445, { phase1Auth: 'SHA512' as 'SHA256' }),
          /phase 1 authentication/,
        ],
        ['key life', () => ipsec.updateTunnelContext(445, { phase2KeyTtl: 60 }), /phase 2 key life/],
        ['dh group', () => ipsec.updateTunnelContext(445, { phase1Dh: 3 as 2 }), /Diffie-Hellman/],
        ['pfs', () => ipsec.updateTunnelContext(445, { phase2ForwardSecrecy: 2 as 1 }), /forward secrecy/],
        ['remote peer', () => ipsec.updateTunnelContext(445, { remotePeer: 'peer' }), /IPv4 or IPv6/],
        ['datacenter', () => ipsec.order('', ['IPSEC_STANDARD']), /datacenter/],
        ['immediate', () => ipsec.cancelItem(1, 'yes' as unknown as boolean), /immediate/],
      ],
      calls,
    );
    expect(calls).toEqual([]);
  });
});

describe('IpsecManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let ipsec: IpsecManager;
  const OFFICE = 445001;
  const BACKUP = 445002;
  /** dal13's private subnet (the office tunnel's internal subnet) and one of its addresses. */
  const DAL13_PRIVATE = 1500022;
  beforeAll(async () => {
    setup = await startTestEmulator();
    ipsec = new IpsecManager(setup.client);
  });
  afterAll(() => setup.close());

  /** The API fault a call rejects with. */
  const faultOf = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => error as SoftLayerAPIError,
    );

  it('lists the seeded tunnels and reads one, with its settings; an unknown id is not found', async () => {
    const contexts = await ipsec.getTunnelContexts();
    expect(contexts.map((context) => [context.id, context.name, context.friendlyName])).toEqual([
      [OFFICE, 'ipsec01.dal13', 'hq-office'],
      [BACKUP, 'ipsec02.fra02', 'backup-site'],
    ]);
    const office = await ipsec.getTunnelContext(OFFICE);
    expect(office).toMatchObject({
      customerPeerIpAddress: '203.0.113.10',
      phaseOneAuthentication: 'SHA256',
      phaseOneDiffieHellmanGroup: 5,
      phaseTwoPerfectForwardSecrecy: 1,
      advancedConfigurationFlag: 0,
    });
    const error = await faultOf(ipsec.getTunnelContext(999));
    expect(error).toBeInstanceOf(ObjectNotFoundError);
    expect(error?.message).toMatch("Unable to find object with id of '999'");
  });

  it('creates, reads, updates and removes an address translation', async () => {
    const before = await ipsec.getTranslations(OFFICE);
    expect(before.map((entry) => [entry.internalIpAddress, entry.customerIpAddress, entry.notes])).toEqual([
      ['10.102.0.42', '192.168.10.40', 'app server'],
      ['10.102.0.43', '192.168.10.41', 'database'],
    ]);
    const created = await ipsec.createTranslation(OFFICE, '10.102.0.60', '192.168.10.60', 'web');
    const read = await ipsec.getTranslation(OFFICE, created.id!);
    expect(read).toMatchObject({
      internalIpAddress: '10.102.0.60',
      customerIpAddress: '192.168.10.60',
      notes: 'web',
    });
    expect(
      await ipsec.updateTranslation(OFFICE, created.id!, { remoteIp: '192.168.20.61', notes: 'web 2' }),
    ).toBe(true);
    expect(await ipsec.getTranslation(OFFICE, created.id!)).toMatchObject({
      internalIpAddress: '10.102.0.60',
      customerIpAddress: '192.168.20.61',
      notes: 'web 2',
    });
    expect(await ipsec.removeTranslation(OFFICE, created.id!)).toBe(true);
    expect(await faultOf(ipsec.getTranslation(OFFICE, created.id!))).toBeInstanceOf(ObjectNotFoundError);
    expect(await ipsec.getTranslations(OFFICE)).toEqual(before);
  });

  it('refuses a translation whose remote address is in no remote subnet, and changes nothing', async () => {
    const before = await ipsec.getTranslations(OFFICE);
    const error = await faultOf(ipsec.createTranslation(OFFICE, '10.102.0.70', '8.8.8.8'));
    expect(error?.faultCode).toBe('SoftLayer_Exception_InvalidValue');
    expect(error?.message).toMatch('not in a remote subnet');
    expect(await faultOf(ipsec.removeTranslation(OFFICE, 1))).toBeInstanceOf(ObjectNotFoundError);
    expect(await ipsec.getTranslations(OFFICE)).toEqual(before);
  });

  it('creates a remote subnet, joins it to a tunnel and takes it out (which deletes it)', async () => {
    const accountId = setup.emulator.state.accountId;
    const subnet = await ipsec.createRemoteSubnet(accountId, '10.250.0.0', 24);
    expect(subnet).toMatchObject({ networkIdentifier: '10.250.0.0', cidr: 24, netmask: '255.255.255.0' });
    expect(await ipsec.addRemoteSubnet(BACKUP, subnet.id!)).toBe(true);
    const joined = await ipsec.getTunnelContext(BACKUP, { mask: 'mask[customerSubnets]' });
    expect(joined.customerSubnets?.map((entry) => entry.networkIdentifier)).toEqual([
      '172.20.0.0',
      '10.250.0.0',
    ]);
    expect(await faultOf(ipsec.addRemoteSubnet(BACKUP, subnet.id!))).toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    expect(await ipsec.removeRemoteSubnet(BACKUP, subnet.id!)).toBe(true);
    expect(setup.emulator.state.ipsecCustomerSubnets.has(subnet.id!)).toBe(false);

    // As on the API, remote subnets have no deleteObject: the reference's delete_remote_subnet gets the fault.
    const spare = await ipsec.createRemoteSubnet(accountId, '10.251.0.0', 16);
    expect(await faultOf(ipsec.deleteRemoteSubnet(spare.id!))).toBeInstanceOf(MethodNotFoundError);
    expect(setup.emulator.state.ipsecCustomerSubnets.has(spare.id!)).toBe(true);
    expect(await faultOf(ipsec.createRemoteSubnet(accountId, '10.252.0.1', 24))).toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
  });

  it('joins and removes internal and service subnets; refuses what is not there', async () => {
    expect(await ipsec.removeInternalSubnet(OFFICE, DAL13_PRIVATE)).toBe(true);
    expect(await ipsec.addInternalSubnet(OFFICE, DAL13_PRIVATE)).toBe(true);
    expect(await ipsec.addServiceSubnet(OFFICE, 1960002)).toBe(true);
    const read = await ipsec.getTunnelContext(OFFICE, { mask: 'mask[internalSubnets,serviceSubnets]' });
    expect(read.internalSubnets?.map((subnet) => subnet.id)).toEqual([DAL13_PRIVATE]);
    expect(read.serviceSubnets?.map((subnet) => `${subnet.networkIdentifier}/${subnet.cidr}`)).toEqual([
      '10.0.64.0/19',
      '10.1.128.0/19',
    ]);
    expect(await ipsec.removeServiceSubnet(OFFICE, 1960002)).toBe(true);
    expect(await faultOf(ipsec.removeServiceSubnet(OFFICE, 1960002))).toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    expect(await faultOf(ipsec.addInternalSubnet(OFFICE, 123))).toBeInstanceOf(ObjectNotFoundError);
    expect(await faultOf(ipsec.addInternalSubnet(999, DAL13_PRIVATE))).toBeInstanceOf(ObjectNotFoundError);
  });

  it('updates the settings (all or nothing) and queues a configuration request', async () => {
    expect(
      await ipsec.updateTunnelContext(BACKUP, {
        friendlyName: 'backup-dc',
        remotePeer: '198.51.100.21',
        presharedKey: 'n3w-s3cret',
        phase1Crypto: 'AES256',
        phase1Dh: 5,
        phase2KeyTtl: 7200,
        phase2ForwardSecrecy: 1,
      }),
    ).toBe(true);
    const read = await ipsec.getTunnelContext(BACKUP);
    expect(read).toMatchObject({
      friendlyName: 'backup-dc',
      customerPeerIpAddress: '198.51.100.21',
      presharedKey: 'n3w-s3cret',
      phaseOneEncryption: 'AES256',
      phaseOneDiffieHellmanGroup: 5,
      phaseTwoKeylife: 7200,
      phaseTwoPerfectForwardSecrecy: 1,
    });
    expect(await ipsec.applyConfiguration(BACKUP)).toBe(true);
    const history = await ipsec.getTunnelContext(BACKUP, { mask: 'mask[transactionHistoryCount]' });
    expect(history.transactionHistoryCount).toBe(1);
  });

  it('orders an IPsec VPN in a datacenter and cancels it through its billing item', async () => {
    const receipt = await ipsec.order('wdc07', ['IPSEC_STANDARD']);
    expect(receipt.placedOrder?.items?.[0]?.description).toBe('IPSEC - Standard');
    const contexts = await ipsec.getTunnelContexts();
    const ordered = contexts.at(-1)!;
    expect(ordered.name).toMatch(/^ipsec\d\d\.wdc07$/);
    const withBilling = await ipsec.getTunnelContext(ordered.id!, { mask: 'billingItem' });
    expect(withBilling.billingItem?.description).toBe('IPSEC - Standard');
    expect(await ipsec.cancelItem(withBilling.billingItem!.id!, true, 'No longer needed')).toBe(true);
    expect(await faultOf(ipsec.getTunnelContext(ordered.id!))).toBeInstanceOf(ObjectNotFoundError);
    expect(await faultOf(ipsec.order('wdc07', ['GLOBAL_IPV4']))).toBeInstanceOf(SoftLayerAPIError);
    expect((await ipsec.getTunnelContexts()).length).toBe(contexts.length - 1);
  });
});
