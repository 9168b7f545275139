import { randomBytes } from 'node:crypto';
import { faults } from '../api-fault';
import type { UserRecord } from '../data/records';
import { permissionView } from '../models/permission';
import { objectArg, stringArg } from './arguments';
import { row, type ServiceDefinition, value } from './service-definition';
import { userAccessMethods } from './user-access-methods';

const PERMISSIONS = [
  'ACCOUNT_SUMMARY_VIEW',
  'TICKET_VIEW',
  'TICKET_ADD',
  'TICKET_EDIT',
  'SERVER_ADD',
  'SERVER_CANCEL',
  'DNS_MANAGE',
  'VIRTUAL_GUEST_VIEW',
  'HARDWARE_VIEW',
  'USER_MANAGE',
  'NETWORK_VLAN_SPANNING',
].map(permissionView);

/** A password the portal takes: 8 characters or more, with an uppercase and a lowercase letter, a digit and a symbol. */
function isStrongPassword(password: string): boolean {
  return (
    password.length >= 8 &&
    /[A-Z]/.test(password) &&
    /[a-z]/.test(password) &&
    /\d/.test(password) &&
    /[^A-Za-z0-9]/.test(password)
  );
}

export const userService: ServiceDefinition = {
  name: 'SoftLayer_User_Customer',
  type: 'SoftLayer_User_Customer',
  find: (id, context) => context.state.users.get(id),
  methods: {
    ...userAccessMethods,
    /** Needs no authentication: checks a portal password and issues a token for `authenticate`. */
    getPortalLoginToken: (input) => {
      const username = stringArg(input.call.args, 0, 'username');
      const password = stringArg(input.call.args, 1, 'password');
      const user = input.context.state.users.all().find((candidate) => candidate.username === username);
      if (!user || user.password !== password) throw faults.invalidLogin();
      return value({ userId: user.id, hash: input.settings.issueToken(user.id) });
    },
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_User_Customer template');
      const username = typeof template.username === 'string' ? template.username.trim() : '';
      if (!/^[A-Za-z0-9._@-]{3,}$/.test(username))
        throw faults.invalidValue('A username of at least 3 letters, digits or ._@- is required.');
      if (typeof template.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(template.email)) {
        throw faults.invalidValue('The character @ must appear once and only once in an email address.');
      }
      if (template.id !== undefined && template.id !== null) {
        // The API takes no id for a new user (the reference's `user create` drops its template user's id).
        throw faults.invalidValue('A new user cannot be given an id.');
      }
      const password = input.call.args[1];
      if (typeof password === 'string' && !isStrongPassword(password)) {
        throw faults.publicError(
          'The password must be at least 8 characters with an uppercase letter, a lowercase letter, a number and a symbol.',
        );
      }
      const { state } = input.context;
      if (state.users.all().some((user) => user.username === username)) {
        throw faults.publicError(`The username ${username} is already in use.`);
      }
      const created = state.mutate(() => {
        const user: UserRecord = {
          id: state.allocateId('user'),
          username,
          firstName: typeof template.firstName === 'string' ? template.firstName : username,
          lastName: typeof template.lastName === 'string' ? template.lastName : '',
          email: template.email as string,
          apiKey: randomBytes(32).toString('hex'),
          password:
            typeof input.call.args[1] === 'string'
              ? input.call.args[1]
              : randomBytes(12).toString('base64url'),
          createdAt: input.context.now,
          parentId: input.context.user.id,
          permissions: [],
        };
        state.users.insert(user);
        return user;
      });
      return row('SoftLayer_User_Customer', created);
    },
    addApiAuthenticationKey: (input) => {
      const user = input.row as UserRecord;
      const key = randomBytes(32).toString('hex');
      input.context.state.mutate(() => {
        user.apiKey = key;
      });
      return value(key);
    },
    editObject: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_User_Customer template');
      const user = input.row as UserRecord;
      input.context.state.mutate(() => {
        for (const key of ['firstName', 'lastName', 'email'] as const) {
          if (typeof template[key] === 'string') user[key] = template[key] as string;
        }
      });
      return value(true);
    },
    addBulkPortalPermission: (input) => {
      const user = input.row as UserRecord;
      const permissions = Array.isArray(input.call.args[0]) ? input.call.args[0] : [];
      input.context.state.mutate(() => {
        for (const permission of permissions) {
          const keyName = (permission as { keyName?: unknown } | null)?.keyName;
          if (typeof keyName === 'string' && !user.permissions.includes(keyName))
            user.permissions.push(keyName);
        }
      });
      return value(true);
    },
    removeBulkPortalPermission: (input) => {
      const user = input.row as UserRecord;
      const names = (Array.isArray(input.call.args[0]) ? input.call.args[0] : []).map(
        (permission) => (permission as { keyName?: unknown } | null)?.keyName,
      );
      input.context.state.mutate(() => {
        user.permissions = user.permissions.filter((keyName) => !names.includes(keyName));
      });
      return value(true);
    },
  },
};

export const permissionService: ServiceDefinition = {
  name: 'SoftLayer_User_Customer_CustomerPermission_Permission',
  type: 'SoftLayer_User_Customer_CustomerPermission_Permission',
  methods: {
    getAllObjects: () => value(PERMISSIONS),
  },
};
