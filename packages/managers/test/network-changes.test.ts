import type { SoftLayer_Container_Product_Order, SoftLayer_Network_Subnet } from '@sl/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError } from '../src/manager-error';
import { NetworkManager } from '../src/network-manager';
import { startTestEmulator } from './support';

/* NetworkManager's changes end to end: orders, routes, notes, tags and cancellations against the emulator. */

describe('NetworkManager changes against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let network: NetworkManager;
  let publicVlanId: number;
  let guestAddress: string;
  let guestHostname: string;
  beforeAll(async () => {
    setup = await startTestEmulator();
    network = new NetworkManager(setup.client);
    const guest = setup.emulator.state.guests.all().find((row) => !row.privateNetworkOnly)!;
    const full = await setup.client.call('Virtual_Guest', 'getObject', {
      id: guest.id,
      mask: 'primaryIpAddress,hostname',
    });
    guestAddress = full.primaryIpAddress!;
    guestHostname = full.hostname!;
    const vlans = await network.listVlans();
    publicVlanId = vlans.find((vlan) => vlan.networkSpace === 'PUBLIC')!.id!;
  });
  afterAll(() => setup.close());

  const ordered = async (): Promise<SoftLayer_Network_Subnet[]> =>
    (await network.listSubnets()).filter((subnet) => subnet.subnetType !== 'PRIMARY');

  it('verifies, then places, a portable subnet on a VLAN; it is listed with its VLAN and billing item', async () => {
    const before = await ordered();
    const verified = await network.addSubnet('public', {
      quantity: 8,
      endpointId: publicVlanId,
      testOrder: true,
    });
    expect((verified as SoftLayer_Container_Product_Order).prices?.[0]).toMatchObject({
      item: { capacity: '8', keyName: '8_PORTABLE_PUBLIC_IP_ADDRESSES' },
    });
    expect(await ordered()).toHaveLength(before.length);
    const receipt = await network.addSubnet('public', { quantity: 8, endpointId: publicVlanId });
    expect(receipt).toMatchObject({ orderId: expect.any(Number), placedOrder: { status: 'APPROVED' } });
    const after = await ordered();
    expect(after).toHaveLength(before.length + 1);
    const added = after.at(-1)!;
    expect(added).toMatchObject({
      cidr: 29,
      subnetType: 'SECONDARY_ON_VLAN',
      networkVlan: { id: publicVlanId },
    });
    const detail = await network.getSubnet(added.id!, { mask: 'id,billingItem.id,totalIpAddresses' });
    expect(detail).toMatchObject({ totalIpAddresses: '8', billingItem: { id: expect.any(Number) } });
  });

  it('a subnet on a VLAN of the wrong network space is refused by the API and nothing is added', async () => {
    const before = await ordered();
    await expect(
      network.addSubnet('private', { quantity: 4, endpointId: publicVlanId }),
    ).rejects.toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    expect(await ordered()).toEqual(before);
  });

  it('orders a global IP, routes it to a guest, unroutes it and cancels it', async () => {
    const before = await network.listGlobalIps();
    await network.addGlobalIp();
    const after = await network.listGlobalIps();
    expect(after).toHaveLength(before.length + 1);
    const added = after.at(-1)!;
    const address = added.ipAddress!.ipAddress!;
    expect(added.destinationIpAddress).toBeUndefined();
    expect(await network.assignGlobalIp(address, guestAddress)).toBe(true);
    expect(await network.assignGlobalIp(added.id!, guestAddress)).toBe(false);
    const routed = (await network.listGlobalIps({ identifier: address }))[0]!;
    expect(routed.destinationIpAddress).toMatchObject({
      ipAddress: guestAddress,
      virtualGuest: { hostname: guestHostname },
    });
    await expect(network.assignGlobalIp(added.id!, '192.0.2.1')).rejects.toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    expect(await network.unassignGlobalIp(added.id!)).toBe(true);
    expect((await network.listGlobalIps({ identifier: address }))[0]!.destinationIpAddress).toBeUndefined();
    expect(await network.cancelGlobalIp(added.id!)).toBe(true);
    expect(await network.listGlobalIps()).toHaveLength(before.length);
    await expect(network.resolveGlobalIpId(address)).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
  });

  it('routes a portable subnet to a virtual server by hostname, then clears the route', async () => {
    const subnet = (await ordered()).find((candidate) => candidate.subnetType === 'SECONDARY_ON_VLAN')!;
    expect(await network.route(subnet.id!, 'SoftLayer_Virtual_Guest', guestHostname)).toBe(true);
    const routed = await network.getSubnet(subnet.id!, { mask: 'id,subnetType,endPointIpAddress' });
    expect(routed).toMatchObject({
      subnetType: 'STATIC_IP_ROUTED',
      endPointIpAddress: { ipAddress: guestAddress },
    });
    expect(await network.clearRoute(subnet.id!)).toBe(true);
    expect(await network.clearRoute(subnet.id!)).toBe(false);
    expect(await network.route(subnet.id!, 'SoftLayer_Network_Vlan', String(publicVlanId))).toBe(true);
    const primary = (await network.listSubnets({ subnetType: 'PRIMARY' }))[0]!;
    await expect(network.clearRoute(primary.id!)).rejects.toMatchObject({
      faultCode: 'SoftLayer_Exception_Public',
    });
  });

  it('sets a subnet note and tags, and an IP address note', async () => {
    const subnet = (await ordered())[0]!;
    expect(await network.editNoteSubnet(`${subnet.networkIdentifier}/${subnet.cidr}`, 'front door')).toBe(
      true,
    );
    expect(await network.setTagsSubnet(subnet.id!, ['blue', 'green'])).toBe(true);
    const read = await network.getSubnet(subnet.id!);
    expect(read.note).toBe('front door');
    expect(read.tagReferences?.map((reference) => reference.tag?.name)).toEqual(['blue', 'green']);
    const address = (await network.getIpByAddress(guestAddress))!;
    expect(await network.setSubnetIpddressNote(address.id!, { note: 'the web server' })).toBe(true);
    expect((await network.getIpByAddress(guestAddress))?.note).toBe('the web server');
  });

  it('edits a VLAN (tags, name, note) and says why it cannot be cancelled', async () => {
    expect(
      await network.edit(publicVlanId, { name: 'edge-public', note: 'internet side', tags: 'edge,dmz' }),
    ).toBe(true);
    const vlan = await network.getVlan('edge-public', { mask: 'id,name,note,tagReferences[tag[name]]' });
    expect(vlan).toMatchObject({ id: publicVlanId, name: 'edge-public', note: 'internet side' });
    expect(vlan.tagReferences?.map((reference) => reference.tag?.name)).toEqual(['edge', 'dmz']);
    expect(await network.setTags('', publicVlanId)).toBe(true);
    expect((await network.getVlan(publicVlanId, { mask: 'id,tagReferences' })).tagReferences).toEqual([]);
    const reasons = await network.getCancelFailureReasons(publicVlanId);
    expect(reasons[0]).toMatch(/primary VLAN/);
  });

  it('cancels an ordered subnet, refuses a primary one, and cancels through cancelItem', async () => {
    const [first, second] = await ordered();
    expect(await network.cancelSubnet(first!.id!)).toBe(true);
    expect((await ordered()).map((subnet) => subnet.id)).not.toContain(first!.id);
    const primary = (await network.listSubnets({ subnetType: 'PRIMARY' }))[0]!;
    const count = (await network.listSubnets()).length;
    const error = await network.cancelSubnet(primary.id!).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ManagerError);
    expect(error).toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
      message: expect.stringContaining('no billing item'),
    });
    expect(await network.listSubnets()).toHaveLength(count);
    const billing = await network.getSubnet(second!.id!, { mask: 'id,billingItem.id' });
    expect(await network.cancelItem(billing.billingItem!.id!, true, 'No longer needed', 'done')).toBe(true);
    expect((await ordered()).map((subnet) => subnet.id)).not.toContain(second!.id);
  });

  it('finds the events of one API request by its request id', async () => {
    const [group] = await network.listSecuritygroups({ mask: 'id' });
    const request = await network.addSecuritygroupRule(group!.id!, {
      direction: 'ingress',
      protocol: 'tcp',
      portMin: 22,
      portMax: 22,
    });
    const events = await network.getEventLogsByRequestId(request.requestId!);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => JSON.parse(event.metaData!).requestId === request.requestId)).toBe(true);
    expect(await network.getEventLogsByRequestId('no-such-request')).toEqual([]);
  });

  it('reads a storage volume with its credentials', async () => {
    const volume = setup.emulator.state.storageVolumes.all()[0]!;
    const found = await network.getNasCredentials(volume.id, { mask: 'id,username' });
    expect(found).toMatchObject({ id: volume.id, username: expect.any(String) });
  });
});
