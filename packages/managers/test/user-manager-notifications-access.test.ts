import { ObjectNotFoundError } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError } from '../src/manager-error';
import { UserManager } from '../src/user-manager';
import {
  expectReferenceCalls,
  expectRefused,
  expectSameCalls,
  recordingClient,
  startTestEmulator,
} from './support';

/* UserManager's email notifications, VPN subnets and per-device access. */

const NOTIFICATIONS = [
  { id: 8, name: 'High Impact', enabled: true },
  { id: 111, name: 'Test notification', enabled: true },
];

describe('UserManager notifications, VPN subnets and device access ask what the reference asks', () => {
  it('user.get_all_notifications() and user.gather_notifications([…])', async () => {
    const { client, calls } = recordingClient({ 'Email_Subscription::getAllObjects': NOTIFICATIONS });
    const users = new UserManager(client);
    await users.getAllNotifications();
    expectSameCalls('user.get_all_notifications()', calls);
    calls.length = 0;
    expect(await users.gatherNotifications(['Test notification'])).toEqual([NOTIFICATIONS[1]]);
    expectSameCalls("user.gather_notifications(['Test notification'])", calls);
  });

  it("user.enable_notifications(['Test notification', 'High Impact']) and user.disable_notifications([…])", async () => {
    const { client, calls } = recordingClient({ 'Email_Subscription::getAllObjects': NOTIFICATIONS });
    const users = new UserManager(client);
    expect(await users.enableNotifications(['Test notification', 'High Impact'])).toBe(true);
    expectSameCalls("user.enable_notifications(['Test notification', 'High Impact'])", calls);
    calls.length = 0;
    expect(await users.disableNotifications(['Test notification'])).toBe(true);
    expectSameCalls("user.disable_notifications(['Test notification'])", calls);
  });

  it('user.vpn_subnet_add(11100, [1234, 5678]) and user.vpn_subnet_remove(11100, [1234])', async () => {
    const { client, calls } = recordingClient({
      'User_Customer::getOverrides': [
        { id: 3661234, subnetId: 1234 },
        { id: 3665678, subnetId: 5678 },
      ],
    });
    const users = new UserManager(client);
    await users.vpnSubnetAdd(11100, [1234, 5678]);
    expectSameCalls('user.vpn_subnet_add(11100, [1234, 5678])', calls);
    calls.length = 0;
    await users.vpnSubnetRemove(11100, [1234]);
    expectSameCalls('user.vpn_subnet_remove(11100, [1234])', calls);
  });

  it('getOverridesList (no recorded case: calls recorded from the reference client); each subnet on its own', async () => {
    const { client, calls } = recordingClient({
      'User_Customer::getOverrides': [{ id: 3661234, subnetId: 1234 }],
    });
    const users = new UserManager(client);
    expect(await users.getOverridesList(11100, [1234])).toEqual([{ id: 3661234, subnetId: 1234 }]);
    expectReferenceCalls(calls, [
      {
        service: 'SoftLayer_User_Customer',
        method: 'getOverrides',
        args: [],
        id: 11100,
        mask: 'mask[id,subnetId]',
      },
    ]);
    // The reference would answer the 1234 override again for 999; we name the missing subnet.
    const error = await users.getOverridesList(11100, [1234, 999]).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ManagerError);
    expect((error as ManagerError).code).toBe('SL_NOT_FOUND');
    expect((error as ManagerError).message).toMatch(/Subnet 999 does not exist/);
  });

  it.each([
    ['user.grant_hardware_access(11100, 1000)', (u: UserManager) => u.grantHardwareAccess(11100, 1000)],
    ['user.grant_virtual_access(11100, 100)', (u: UserManager) => u.grantVirtualAccess(11100, 100)],
    ['user.grant_dedicated_access(11100, 656700)', (u: UserManager) => u.grantDedicatedAccess(11100, 656700)],
    ['user.remove_hardware_access(11100, 1000)', (u: UserManager) => u.removeHardwareAccess(11100, 1000)],
    [
      'user.remove_dedicated_access(11100, 656700)',
      (u: UserManager) => u.removeDedicatedAccess(11100, 656700),
    ],
  ])('%s', async (name, run) => {
    const { client, calls } = recordingClient();
    await run(new UserManager(client));
    expectSameCalls(name, calls);
  });

  it('removeVirtualAccess (no recorded case: calls recorded from the reference client)', async () => {
    const { client, calls } = recordingClient();
    await new UserManager(client).removeVirtualAccess(11100, 100);
    expectReferenceCalls(calls, [
      { service: 'SoftLayer_User_Customer', method: 'removeVirtualGuestAccess', args: [100], id: 11100 },
    ]);
  });

  it('refuses bad names, subnets and device ids before sending anything', async () => {
    const { client, calls } = recordingClient();
    const users = new UserManager(client);
    await expectRefused(
      [
        ['enableNotifications([])', () => users.enableNotifications([]), /at least one notification name/],
        ['disableNotifications([""])', () => users.disableNotifications(['']), /a notification name/],
        ['vpnSubnetAdd(no subnets)', () => users.vpnSubnetAdd(11100, []), /at least one subnet id/],
        ['vpnSubnetRemove(bad id)', () => users.vpnSubnetRemove(11100, [-4]), /a subnet id/],
        ['grantHardwareAccess(0)', () => users.grantHardwareAccess(11100, 0), /the device id/],
        ['removeVirtualAccess(1.5)', () => users.removeVirtualAccess(11100, 1.5), /the device id/],
      ],
      calls,
    );
  });
});

describe('UserManager notifications, VPN subnets and device access against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let users: UserManager;
  beforeAll(async () => {
    setup = await startTestEmulator();
    users = new UserManager(setup.client);
  });
  afterAll(() => setup.close());

  it('turns notifications off and on again; an unknown name changes nothing', async () => {
    const all = await users.getAllNotifications();
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((notification) => notification.enabled === true)).toBe(true);
    expect(await users.disableNotifications(['High Impact', 'Order Approved'])).toBe(true);
    const off = (await users.getAllNotifications()).filter((notification) => !notification.enabled);
    expect(off.map((notification) => notification.name).sort()).toEqual(['High Impact', 'Order Approved']);
    const error = await users
      .enableNotifications(['High Impact', 'No such thing'])
      .catch((thrown: unknown) => thrown);
    expect((error as ManagerError).code).toBe('SL_NOT_FOUND');
    expect((await users.getAllNotifications()).filter((notification) => !notification.enabled)).toHaveLength(
      2,
    );
    expect(await users.enableNotifications(['High Impact', 'Order Approved'])).toBe(true);
    expect((await users.getAllNotifications()).every((notification) => notification.enabled)).toBe(true);
  });

  it('adds VPN subnets to a user and removes one; a subnet the user lacks changes nothing', async () => {
    const user = setup.emulator.state.users.all()[1]!;
    const subnets = await setup.client.call('Account', 'getSubnets', { mask: 'id' });
    const [first, second] = subnets.map((subnet) => subnet.id as number);
    expect(await users.vpnSubnetAdd(user.username, [first!, second!])).toBe(true);
    const overrides = await setup.client.call('User_Customer', 'getOverrides', { id: user.id });
    expect(overrides.map((override) => override.subnetId).sort()).toEqual([first, second].sort());
    await expect(users.vpnSubnetRemove(user.id, [first!, 12345])).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
    expect(setup.emulator.state.vpnOverrides.filter((row) => row.userId === user.id)).toHaveLength(2);
    expect(await users.vpnSubnetRemove(user.id, [first!])).toBe(true);
    const left = await setup.client.call('User_Customer', 'getOverrides', { id: user.id });
    expect(left.map((override) => override.subnetId)).toEqual([second]);
  });

  it('gives a sub-user access to a server and a guest, then takes it away; unknown devices are the API fault', async () => {
    const { state } = setup.emulator;
    const user = state.users.all().find((candidate) => candidate.parentId !== null)!;
    const server = state.hardware.all()[0]!;
    const guest = state.guests.all().find((candidate) => candidate.ownerUserId !== user.id)!;
    expect((await users.getUserHardware(user.id)).map((item) => item.id)).not.toContain(server.id);
    expect(await users.grantHardwareAccess(user.id, server.id)).toBe(true);
    expect(await users.grantVirtualAccess(user.id, guest.id)).toBe(true);
    expect((await users.getUserHardware(user.id)).map((item) => item.id)).toContain(server.id);
    expect((await users.getUserVirtuals(user.id)).map((item) => item.id)).toContain(guest.id);
    expect(await users.removeHardwareAccess(user.id, server.id)).toBe(true);
    expect(await users.removeVirtualAccess(user.id, guest.id)).toBe(true);
    expect((await users.getUserHardware(user.id)).map((item) => item.id)).not.toContain(server.id);
    expect((await users.getUserVirtuals(user.id)).map((item) => item.id)).not.toContain(guest.id);
    const grants = state.deviceAccess.size;
    await expect(users.grantHardwareAccess(user.id, 1)).rejects.toBeInstanceOf(ObjectNotFoundError);
    // The emulated account has no dedicated hosts: granting one is the API's not-found fault.
    await expect(users.grantDedicatedAccess(user.id, 656700)).rejects.toBeInstanceOf(ObjectNotFoundError);
    await expect(users.removeDedicatedAccess(user.id, 656700)).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect(state.deviceAccess.size).toBe(grants);
  });
});
