import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError } from '../src/manager-error';
import { UserManager } from '../src/user-manager';
import { expectSameCalls, recordingClient, startTestEmulator } from './support';

const PERMISSIONS = [
  { keyName: 'TICKET_VIEW' },
  { keyName: 'DNS_MANAGE' },
  { keyName: 'ACCOUNT_SUMMARY_VIEW' },
];

describe('UserManager asks what the reference asks', () => {
  it('listUsers', async () => {
    const { client, calls } = recordingClient();
    await new UserManager(client).listUsers();
    expectSameCalls('user.list_users()', calls);
  });

  it('getUser by id', async () => {
    const { client, calls } = recordingClient({ 'User_Customer::getObject': { id: 1 } });
    await new UserManager(client).getUser(1);
    expectSameCalls('user.get_user(1)', calls);
  });

  it('getCurrentUser', async () => {
    const { client, calls } = recordingClient({ 'Account::getCurrentUser': { id: 1 } });
    await new UserManager(client).getCurrentUser();
    expectSameCalls('user.get_current_user()', calls);
  });

  it('addPermissions', async () => {
    const { client, calls } = recordingClient({
      'User_Customer_CustomerPermission_Permission::getAllObjects': PERMISSIONS,
    });
    expect(await new UserManager(client).addPermissions(1, ['TICKET_VIEW'])).toBe(true);
    expectSameCalls("user.add_permissions(1, ['TICKET_VIEW'])", calls);
  });

  it('reads every permission once per manager, takes any case, and ALL means every permission', async () => {
    const { client, calls } = recordingClient({
      'User_Customer_CustomerPermission_Permission::getAllObjects': PERMISSIONS,
    });
    const users = new UserManager(client);
    await users.removePermissions(1, ['dns_manage']);
    await users.addPermissions(1, ['ALL']);
    expect(calls.map((call) => call.method)).toEqual([
      'getAllObjects',
      'removeBulkPortalPermission',
      'addBulkPortalPermission',
    ]);
    expect(calls[1]?.args).toEqual([[{ keyName: 'DNS_MANAGE' }]]);
    // Sorted by key name, as getAllPermissions returns them; the reference sends the whole permission objects.
    expect(calls[2]?.args).toEqual([
      [{ keyName: 'ACCOUNT_SUMMARY_VIEW' }, { keyName: 'DNS_MANAGE' }, { keyName: 'TICKET_VIEW' }],
    ]);
  });

  it('names an unknown permission and changes nothing', async () => {
    const { client, calls } = recordingClient({
      'User_Customer_CustomerPermission_Permission::getAllObjects': PERMISSIONS,
    });
    await expect(new UserManager(client).addPermissions(1, ['TICKET_VIEW', 'FLY'])).rejects.toThrow(
      "'FLY' is not a valid permission",
    );
    expect(calls.map((call) => call.method)).toEqual(['getAllObjects']);
  });

  it('resolves a username through Account::getUsers with the search shorthand', async () => {
    const { client, calls } = recordingClient({ 'Account::getUsers': [{ id: 42, username: 'ada' }] });
    expect(await new UserManager(client).resolveIds('ada')).toEqual([42]);
    expect(calls[0]).toMatchObject({
      method: 'getUsers',
      mask: 'mask[id, username]',
      filter: { users: { username: { operation: '_= ada' } } },
    });
  });

  it('createUser sends the template, the password and a nil VPN password', async () => {
    const { client, calls } = recordingClient({ 'User_Customer::createObject': { id: 9 } });
    await new UserManager(client).createUser({ username: 'new', email: 'n@example.com' }, 'secret');
    expect(calls[0]?.args).toEqual([{ username: 'new', email: 'n@example.com' }, 'secret', null]);
  });

  it('permissionsFromUser adds what the other user has and removes the rest', async () => {
    const { client, calls } = recordingClient({
      'User_Customer_CustomerPermission_Permission::getAllObjects': PERMISSIONS,
      'User_Customer::getPermissions': [{ keyName: 'TICKET_VIEW' }],
    });
    expect(await new UserManager(client).permissionsFromUser(1, 2)).toBe(true);
    expect(calls.map((call) => `${call.method}:${call.id ?? ''}`)).toEqual([
      'getPermissions:2',
      'getAllObjects:',
      'addBulkPortalPermission:1',
      'removeBulkPortalPermission:1',
    ]);
    expect(calls[3]?.args).toEqual([[{ keyName: 'ACCOUNT_SUMMARY_VIEW' }, { keyName: 'DNS_MANAGE' }]]);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const users = new UserManager(client);
    await expect(users.addPermissions(1, [])).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(users.removePermissions(1, [''])).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(users.editUser(1, {})).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(users.createUser({ email: 'x@y.z' }, 'pw')).rejects.toBeInstanceOf(ManagerError);
    await expect(users.getUser(' ')).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(users.getUser(1, { mask: '' })).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(users.vpnManual(1, 'yes' as unknown as boolean)).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    expect(calls).toEqual([]);
  });
});

describe('UserManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('lists the users and reads the current one', async () => {
    const users = new UserManager(setup.client);
    const listed = await users.listUsers();
    expect(listed.map((user) => user.id)).toEqual(setup.emulator.state.users.all().map((user) => user.id));
    expect(listed[0]).toMatchObject({
      userStatus: { name: 'Active' },
      virtualGuestCount: expect.any(Number),
    });
    const current = await users.getCurrentUser();
    expect(current.username).toBe(setup.emulator.credentials.username);
  });

  it('finds a user by username, and an edit sticks', async () => {
    const users = new UserManager(setup.client);
    const target = (await users.listUsers())[1]!;
    expect(await users.resolveIds(target.username!)).toEqual([target.id]);
    expect(await users.editUser(target.username!, { firstName: 'Changed', lastName: 'Name' })).toBe(true);
    expect(await users.getUser(target.id!)).toMatchObject({
      id: target.id,
      firstName: 'Changed',
      lastName: 'Name',
      parent: { id: expect.any(Number) },
    });
    await expect(users.getUser('no-such-user')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
  });

  it('adds a permission, then removes it', async () => {
    const users = new UserManager(setup.client);
    const target = (await users.listUsers())[2]!;
    const keyNames = async () => (await users.getUserPermissions(target.id!)).map((p) => p.keyName);
    expect(await keyNames()).not.toContain('DNS_MANAGE');
    expect(await users.addPermissions(target.username!, ['dns_manage', 'TICKET_VIEW'])).toBe(true);
    expect(await keyNames()).toEqual(['DNS_MANAGE', 'TICKET_VIEW']);
    expect(await users.removePermissions(target.id!, ['DNS_MANAGE'])).toBe(true);
    expect(await keyNames()).toEqual(['TICKET_VIEW']);
    await expect(users.addPermissions(target.id!, ['NOT_A_PERMISSION'])).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
      message: "'NOT_A_PERMISSION' is not a valid permission",
    });
    const other = (await users.listUsers())[3]!;
    expect(await users.permissionsFromUser(other.id!, target.id!)).toBe(true);
    expect((await users.getUserPermissions(other.id!)).map((p) => p.keyName)).toEqual(['TICKET_VIEW']);
    expect((await users.getAllPermissions()).length).toBeGreaterThan(5);
  });

  it('creates a user who then appears in the list, with an API key', async () => {
    const users = new UserManager(setup.client);
    const created = await users.createUser(
      { username: 'managers-test-user', email: 'mt@example.com', firstName: 'Manag', lastName: 'Ers' },
      'Pa55word!',
    );
    expect(created).toMatchObject({ username: 'managers-test-user', email: 'mt@example.com' });
    expect(await users.resolveIds('managers-test-user')).toEqual([created.id]);
    const key = await users.addApiAuthenticationKey('managers-test-user');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await users.getUserVirtuals(created.id!)).toEqual([]);
    expect(await users.getLogins(created.id!)).toEqual([]);
  });

  it('reads the event log of a user: the changes made above', async () => {
    const users = new UserManager(setup.client);
    const current = await users.getCurrentUser({ mask: 'id' });
    const events = await users.getEvents(current.id!, { startDate: '2000-01-01T00:00:00' });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.userId === current.id)).toBe(true);
    const others = await users.getEvents((await users.listUsers())[1]!.id!);
    expect(others).toEqual([]);
  });
});
