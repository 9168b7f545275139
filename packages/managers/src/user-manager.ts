import type { ListResult, SoftLayerClient } from '@sl/client';
import { type ObjectFilter, queryFilter } from '@sl/filter';
import type {
  SoftLayer_Email_Subscription,
  SoftLayer_Event_Log,
  SoftLayer_Hardware,
  SoftLayer_Network_Service_Vpn_Overrides,
  SoftLayer_User_Customer,
  SoftLayer_User_Customer_Access_Authentication,
  SoftLayer_User_Customer_CustomerPermission_Permission,
  SoftLayer_Virtual_DedicatedHost,
  SoftLayer_Virtual_Guest,
} from '@sl/types';
import { checkMask, checkPositive, checkText, invalid } from './check-input';
import { type CallControl, type ListOptions, listOptions, signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';

/** A portal user: its id, or its username. */
export type UserIdentifier = number | string;

/** What `UserManager.createUser` takes besides the template and the password. */
export interface CreateUserOptions extends CallControl {
  /** The new user's VPN password (default: none, sent as nil like the reference). */
  vpnPassword?: string;
}

/** What `getLogins` and `getEvents` take besides the user. */
export interface SinceOptions extends CallControl {
  /**
   * Only entries after this date, as text the API reads. Default: 30 days ago at midnight (local time), written
   * as the reference writes it (`MM/DD/YYYY 0:0:0` for logins, `YYYY-MM-DDT00:00:00` for events).
   */
  startDate?: string;
}

const USER_LIST_MASK = `mask[id, username, displayName, userStatus[name], hardwareCount, virtualGuestCount, email,
  roles, externalBindingCount, apiAuthenticationKeyCount]`;

const USER_MASK = 'mask[userStatus[name], parent[id, username]]';

function checkTemplate(value: unknown, what: string): SoftLayer_User_Customer {
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    Object.keys(value).length === 0
  ) {
    throw invalid(`${what} must be an object with the properties to set`);
  }
  return value as SoftLayer_User_Customer;
}

/** Notification names: a non-empty list of text. */
function checkNames(value: unknown, method: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw invalid(`${method}: give at least one notification name`);
  for (const name of value) checkText(name, `${method}: a notification name`);
  return value as readonly string[];
}

/** Subnet ids: a non-empty list of positive whole numbers. */
function checkSubnetIds(value: unknown, method: string): number[] {
  if (!Array.isArray(value) || value.length === 0) throw invalid(`${method}: give at least one subnet id`);
  return value.map((id) => checkPositive(id, `${method}: a subnet id`));
}

/** The day 30 days before today (local time): the year, and the month and day as two digits. */
function thirtyDaysAgo(): { year: string; month: string; day: string } {
  const date = new Date();
  date.setDate(date.getDate() - 30);
  const two = (n: number) => String(n).padStart(2, '0');
  return { year: String(date.getFullYear()), month: two(date.getMonth() + 1), day: two(date.getDate()) };
}

function byKeyName<T extends { keyName?: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) =>
    (a.keyName ?? '') < (b.keyName ?? '') ? -1 : a.keyName === b.keyName ? 0 : 1,
  );
}

/**
 * The portal users of the account (`SoftLayer_User_Customer`) and their permissions, as the reference client's
 * `UserManager`: the same API calls, typed results, and usernames resolved to ids.
 */
export class UserManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];
  #allPermissions: SoftLayer_User_Customer_CustomerPermission_Permission[] | undefined;

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(username) => this.#idsFromUsername(username)];
  }

  /** The users of the account, with their status, counts and roles. */
  async listUsers(options: ListOptions = {}): Promise<ListResult<SoftLayer_User_Customer>> {
    checkMask(options.mask);
    return this.#client.call('Account', 'getUsers', listOptions(options, { mask: USER_LIST_MASK }));
  }

  /** One user (an id or a username), with its status and parent user. */
  async getUser(
    identifier: UserIdentifier,
    options: { mask?: string } & CallControl = {},
  ): Promise<SoftLayer_User_Customer> {
    checkMask(options.mask);
    const id = await this.resolveId(identifier);
    return this.#client.call('User_Customer', 'getObject', {
      id,
      ...withMask(options.mask, USER_MASK),
      ...signalOption(options.signal),
    });
  }

  /** The user the client is authenticated as, with its status and parent user. */
  async getCurrentUser(options: { mask?: string } & CallControl = {}): Promise<SoftLayer_User_Customer> {
    checkMask(options.mask);
    return this.#client.call('Account', 'getCurrentUser', {
      ...withMask(options.mask, USER_MASK),
      ...signalOption(options.signal),
    });
  }

  /** Every permission a user can be given, sorted by key name; read once per manager, then remembered. */
  async getAllPermissions(
    options: CallControl = {},
  ): Promise<SoftLayer_User_Customer_CustomerPermission_Permission[]> {
    if (this.#allPermissions === undefined) {
      const permissions = await this.#client.call(
        'User_Customer_CustomerPermission_Permission',
        'getAllObjects',
        {
          ...signalOption(options.signal),
        },
      );
      this.#allPermissions = byKeyName(permissions);
    }
    return [...this.#allPermissions];
  }

  /**
   * Gives a user permissions by key name (`TICKET_VIEW`, any case; `ALL` for every permission); resolves `true`.
   * Every name is checked against `getAllPermissions` first: an unknown one is a `ManagerError` naming it.
   */
  async addPermissions(
    user: UserIdentifier,
    permissions: readonly string[],
    options: CallControl = {},
  ): Promise<boolean> {
    return this.#changePermissions('addBulkPortalPermission', user, permissions, options);
  }

  /** Takes permissions from a user by key name (as `addPermissions`); resolves `true`. */
  async removePermissions(
    user: UserIdentifier,
    permissions: readonly string[],
    options: CallControl = {},
  ): Promise<boolean> {
    return this.#changePermissions('removeBulkPortalPermission', user, permissions, options);
  }

  /**
   * Makes a user's permissions those of another: adds what `fromUser` has, removes every other permission.
   * Resolves `true`.
   */
  async permissionsFromUser(
    user: UserIdentifier,
    fromUser: UserIdentifier,
    options: CallControl = {},
  ): Promise<boolean> {
    const id = await this.resolveId(user);
    const fromId = await this.resolveId(fromUser);
    const wanted = (await this.getUserPermissions(fromId, options)).map(
      (permission) => permission.keyName ?? '',
    );
    const all = await this.getAllPermissions(options);
    const unwanted = all
      .map((permission) => permission.keyName ?? '')
      .filter((name) => !wanted.includes(name));
    // The reference also sends an empty list; we skip a call that would change nothing.
    if (wanted.length > 0) await this.#sendPermissions('addBulkPortalPermission', id, wanted, options);
    if (unwanted.length > 0) await this.#sendPermissions('removeBulkPortalPermission', id, unwanted, options);
    return true;
  }

  /** A user's permissions, sorted by key name. */
  async getUserPermissions(
    user: UserIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_User_Customer_CustomerPermission_Permission[]> {
    const id = await this.resolveId(user);
    const permissions = await this.#client.call('User_Customer', 'getPermissions', {
      id,
      ...signalOption(options.signal),
    });
    return byKeyName(permissions);
  }

  /** A user's login attempts since `startDate` (default: the last 30 days). */
  async getLogins(
    user: UserIdentifier,
    options: SinceOptions = {},
  ): Promise<ListResult<SoftLayer_User_Customer_Access_Authentication>> {
    if (options.startDate !== undefined) checkText(options.startDate, 'getLogins: startDate');
    const id = await this.resolveId(user);
    const { year, month, day } = thirtyDaysAgo();
    const startDate = options.startDate ?? `${month}/${day}/${year} 0:0:0`;
    return this.#client.call('User_Customer', 'getLoginAttempts', {
      id,
      filter: {
        loginAttempts: {
          createDate: { operation: 'greaterThanDate', options: [{ name: 'date', value: [startDate] }] },
        },
      },
      ...signalOption(options.signal),
    });
  }

  /**
   * The event log entries of a user since `startDate` (default: the last 30 days). The reference answers a
   * made-up `[{ eventName: 'No Events Found' }]` when there are none; we answer the empty list.
   */
  async getEvents(
    user: UserIdentifier,
    options: SinceOptions = {},
  ): Promise<ListResult<SoftLayer_Event_Log>> {
    if (options.startDate !== undefined) checkText(options.startDate, 'getEvents: startDate');
    const id = await this.resolveId(user);
    const { year, month, day } = thirtyDaysAgo();
    const startDate = options.startDate ?? `${year}-${month}-${day}T00:00:00`;
    return this.#client.call('Event_Log', 'getAllObjects', {
      filter: {
        userId: { operation: id },
        eventCreateDate: { operation: 'greaterThanDate', options: [{ name: 'date', value: [startDate] }] },
      },
      ...signalOption(options.signal),
    });
  }

  /**
   * Creates a portal user from a template (`username`, `email`, `firstName`, `lastName`, … as
   * `SoftLayer_User_Customer::createObject` takes them) with a password; resolves with the new user. Without a
   * password (`null`, sent as nil like the reference's `None`) the user is sent an email to set one.
   */
  async createUser(
    template: SoftLayer_User_Customer,
    password: string | null,
    options: CreateUserOptions = {},
  ): Promise<SoftLayer_User_Customer> {
    checkTemplate(template, 'createUser: the template');
    checkText(template.username, 'createUser: template.username');
    if (password !== null && typeof password !== 'string') {
      throw invalid('createUser: the password must be text or null');
    }
    if (options.vpnPassword !== undefined) checkText(options.vpnPassword, 'createUser: vpnPassword');
    // The metadata types the VPN password as required text; the API (and the reference) take nil for none.
    const vpnPassword = options.vpnPassword ?? (null as unknown as string);
    return this.#client.call('User_Customer', 'createObject', {
      args: [template, password as string, vpnPassword],
      ...signalOption(options.signal),
    });
  }

  /** Changes a user (an id or a username): the template's properties are set, the others stay. */
  async editUser(
    user: UserIdentifier,
    template: SoftLayer_User_Customer,
    options: CallControl = {},
  ): Promise<boolean> {
    checkTemplate(template, 'editUser: the template');
    const id = await this.resolveId(user);
    return this.#client.call('User_Customer', 'editObject', {
      id,
      args: [template],
      ...signalOption(options.signal),
    });
  }

  /** Gives a user a new API key; resolves with the key. */
  async addApiAuthenticationKey(user: UserIdentifier, options: CallControl = {}): Promise<string> {
    const id = await this.resolveId(user);
    return this.#client.call('User_Customer', 'addApiAuthenticationKey', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** Turns manual VPN subnet configuration on or off for a user (`editUser` with `vpnManualConfig`). */
  async vpnManual(user: UserIdentifier, value: boolean, options: CallControl = {}): Promise<boolean> {
    if (typeof value !== 'boolean') throw invalid('vpnManual: the value must be true or false');
    return this.editUser(user, { vpnManualConfig: value }, options);
  }

  /** The hardware a user can access. */
  async getUserHardware(
    user: UserIdentifier,
    options: CallControl = {},
  ): Promise<ListResult<SoftLayer_Hardware>> {
    const id = await this.resolveId(user);
    return this.#client.call('User_Customer', 'getHardware', { id, ...signalOption(options.signal) });
  }

  /** The virtual guests a user can access. */
  async getUserVirtuals(
    user: UserIdentifier,
    options: CallControl = {},
  ): Promise<ListResult<SoftLayer_Virtual_Guest>> {
    const id = await this.resolveId(user);
    return this.#client.call('User_Customer', 'getVirtualGuests', { id, ...signalOption(options.signal) });
  }

  /** The dedicated hosts a user can access. */
  async getUserDedicatedHost(
    user: UserIdentifier,
    options: CallControl = {},
  ): Promise<ListResult<SoftLayer_Virtual_DedicatedHost>> {
    const id = await this.resolveId(user);
    return this.#client.call('User_Customer', 'getDedicatedHosts', { id, ...signalOption(options.signal) });
  }

  /** Every email notification the calling user can get, with whether it is `enabled` for them. */
  async getAllNotifications(options: CallControl = {}): Promise<SoftLayer_Email_Subscription[]> {
    return this.#client.call('Email_Subscription', 'getAllObjects', {
      mask: 'mask[enabled]',
      ...signalOption(options.signal),
    });
  }

  /**
   * The notifications with these names (exactly as `getAllNotifications` names them), in the order given; an
   * unknown name is a `ManagerError` `SL_NOT_FOUND` naming it.
   */
  async gatherNotifications(
    names: readonly string[],
    options: CallControl = {},
  ): Promise<SoftLayer_Email_Subscription[]> {
    checkNames(names, 'gatherNotifications');
    const available = await this.getAllNotifications(options);
    return names.map((name) => {
      const found = available.find((notification) => notification.name === name);
      if (found === undefined)
        throw new ManagerError('SL_NOT_FOUND', `${name} is not a valid notification name`);
      return found;
    });
  }

  /**
   * Turns email notifications on for the calling user, by name; resolves `true` (`false` as soon as one is not
   * turned on, as the reference). Every name is checked before any change.
   */
  async enableNotifications(names: readonly string[], options: CallControl = {}): Promise<boolean> {
    return this.#setNotifications('enable', names, options);
  }

  /** Turns email notifications off for the calling user, by name (as `enableNotifications`). */
  async disableNotifications(names: readonly string[], options: CallControl = {}): Promise<boolean> {
    return this.#setNotifications('disable', names, options);
  }

  /**
   * Lets a user reach subnets over the VPN (manual VPN configuration, see `vpnManual`): creates the overrides,
   * then updates the VPN user. Resolves `true`.
   */
  async vpnSubnetAdd(
    user: UserIdentifier,
    subnetIds: readonly number[],
    options: CallControl = {},
  ): Promise<boolean> {
    const subnets = checkSubnetIds(subnetIds, 'vpnSubnetAdd');
    const userId = Number(await this.resolveId(user));
    const created = await this.#client.call('Network_Service_Vpn_Overrides', 'createObjects', {
      args: [subnets.map((subnetId) => ({ userId, subnetId }))],
      ...signalOption(options.signal),
    });
    await this.#client.call('User_Customer', 'updateVpnUser', {
      id: userId,
      ...signalOption(options.signal),
    });
    return created;
  }

  /** Takes subnets from a user's VPN (their overrides are deleted), then updates the VPN user; resolves `true`. */
  async vpnSubnetRemove(
    user: UserIdentifier,
    subnetIds: readonly number[],
    options: CallControl = {},
  ): Promise<boolean> {
    checkSubnetIds(subnetIds, 'vpnSubnetRemove');
    const userId = await this.resolveId(user);
    const overrides = await this.getOverridesList(userId, subnetIds, options);
    const deleted = await this.#client.call('Network_Service_Vpn_Overrides', 'deleteObjects', {
      args: [overrides],
      ...signalOption(options.signal),
    });
    await this.#client.call('User_Customer', 'updateVpnUser', {
      id: userId,
      ...signalOption(options.signal),
    });
    return deleted;
  }

  /**
   * A user's VPN overrides of these subnets, in the order given; a subnet the user does not have is a
   * `ManagerError` `SL_NOT_FOUND` naming it. (The reference reuses the previous match for a missing subnet after a
   * found one; each subnet is looked up on its own here.)
   */
  async getOverridesList(
    user: UserIdentifier,
    subnetIds: readonly number[],
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Service_Vpn_Overrides[]> {
    const subnets = checkSubnetIds(subnetIds, 'getOverridesList');
    const userId = await this.resolveId(user);
    const overrides = await this.#client.call('User_Customer', 'getOverrides', {
      id: userId,
      mask: 'mask[id,subnetId]',
      ...signalOption(options.signal),
    });
    return subnets.map((subnetId) => {
      const found = overrides.find((override) => override.subnetId === subnetId);
      if (found === undefined) {
        throw new ManagerError(
          'SL_NOT_FOUND',
          `Subnet ${subnetId} does not exist in the subnets assigned for user ${userId}`,
        );
      }
      return found;
    });
  }

  /** Gives a user access to one hardware server; resolves `true`. */
  grantHardwareAccess(user: UserIdentifier, hardwareId: number, options: CallControl = {}): Promise<boolean> {
    return this.#deviceAccess('addHardwareAccess', user, hardwareId, options);
  }

  /** Gives a user access to one virtual server; resolves `true`. */
  grantVirtualAccess(user: UserIdentifier, guestId: number, options: CallControl = {}): Promise<boolean> {
    return this.#deviceAccess('addVirtualGuestAccess', user, guestId, options);
  }

  /** Gives a user access to one dedicated host; resolves `true`. */
  grantDedicatedAccess(user: UserIdentifier, hostId: number, options: CallControl = {}): Promise<boolean> {
    return this.#deviceAccess('addDedicatedHostAccess', user, hostId, options);
  }

  /** Takes a hardware server from a user's access list; resolves `true`. */
  removeHardwareAccess(
    user: UserIdentifier,
    hardwareId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    return this.#deviceAccess('removeHardwareAccess', user, hardwareId, options);
  }

  /** Takes a virtual server from a user's access list; resolves `true`. */
  removeVirtualAccess(user: UserIdentifier, guestId: number, options: CallControl = {}): Promise<boolean> {
    return this.#deviceAccess('removeVirtualGuestAccess', user, guestId, options);
  }

  /** Takes a dedicated host from a user's access list; resolves `true`. */
  removeDedicatedAccess(user: UserIdentifier, hostId: number, options: CallControl = {}): Promise<boolean> {
    return this.#deviceAccess('removeDedicatedHostAccess', user, hostId, options);
  }

  async #setNotifications(
    method: 'enable' | 'disable',
    names: readonly string[],
    options: CallControl,
  ): Promise<boolean> {
    checkNames(names, `${method}Notifications`);
    const notifications = await this.gatherNotifications(names, options);
    let result = false;
    for (const notification of notifications) {
      result = await this.#client.call('Email_Subscription', method, {
        id: notification.id as number,
        ...signalOption(options.signal),
      });
      if (!result) return false;
    }
    return result;
  }

  async #deviceAccess(
    method:
      | 'addHardwareAccess'
      | 'addVirtualGuestAccess'
      | 'addDedicatedHostAccess'
      | 'removeHardwareAccess'
      | 'removeVirtualGuestAccess'
      | 'removeDedicatedHostAccess',
    user: UserIdentifier,
    deviceId: number,
    options: CallControl,
  ): Promise<boolean> {
    checkPositive(deviceId, `${method}: the device id`);
    const id = await this.resolveId(user);
    return this.#client.call('User_Customer', method, {
      id,
      args: [deviceId],
      ...signalOption(options.signal),
    });
  }

  /** The ids of the users an identifier names: an id, or a username (the search shorthand; exact otherwise). */
  resolveIds(identifier: UserIdentifier): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#resolvers);
  }

  /** The one user an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(identifier: UserIdentifier): Promise<number | string> {
    return resolveId(identifier, this.#resolvers, 'user');
  }

  async #changePermissions(
    method: 'addBulkPortalPermission' | 'removeBulkPortalPermission',
    user: UserIdentifier,
    permissions: readonly string[],
    options: CallControl,
  ): Promise<boolean> {
    const verb = method === 'addBulkPortalPermission' ? 'addPermissions' : 'removePermissions';
    if (!Array.isArray(permissions) || permissions.length === 0) {
      throw invalid(`${verb}: give at least one permission key name`);
    }
    for (const permission of permissions) checkText(permission, `${verb}: a permission key name`);
    const id = await this.resolveId(user);
    return this.#sendPermissions(method, id, permissions, options);
  }

  /**
   * Permission key names (any case; `ALL` for every permission) as the API takes them, `[{ keyName }]`, each
   * checked against `getAllPermissions`: an unknown one is a `ManagerError` `SL_NOT_FOUND` naming it.
   */
  async formatPermissionObject(
    permissions: readonly string[],
    options: CallControl = {},
  ): Promise<Array<{ keyName: string }>> {
    if (!Array.isArray(permissions))
      throw invalid('formatPermissionObject: give a list of permission key names');
    for (const permission of permissions)
      checkText(permission, 'formatPermissionObject: a permission key name');
    const available = await this.getAllPermissions(options);
    const known = new Set(available.map((permission) => permission.keyName));
    let keyNames: string[] = [];
    for (const permission of permissions) {
      const keyName = permission.toUpperCase();
      if (keyName === 'ALL') {
        keyNames = [...known].filter((name): name is string => name !== undefined);
        break;
      }
      if (!known.has(keyName)) {
        throw new ManagerError('SL_NOT_FOUND', `'${permission}' is not a valid permission`);
      }
      keyNames.push(keyName);
    }
    return keyNames.map((keyName) => ({ keyName }));
  }

  /** Checks the key names against every permission (`formatPermissionObject`), then sends the change. */
  async #sendPermissions(
    method: 'addBulkPortalPermission' | 'removeBulkPortalPermission',
    id: number | string,
    permissions: readonly string[],
    options: CallControl,
  ): Promise<boolean> {
    return this.#client.call('User_Customer', method, {
      id,
      args: [await this.formatPermissionObject(permissions, options)],
      ...signalOption(options.signal),
    });
  }

  async #idsFromUsername(username: string): Promise<number[]> {
    const filter: ObjectFilter = { users: { username: queryFilter(username) } };
    const users = await this.#client.call('Account', 'getUsers', { mask: 'mask[id, username]', filter });
    return users.map((user) => user.id as number);
  }
}
