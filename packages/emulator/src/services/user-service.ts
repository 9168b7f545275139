import { randomBytes } from 'node:crypto';
import { faults } from '../api-fault';
import type { UserRecord } from '../data/records';
import { objectArg, stringArg } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

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
].map((keyName) => ({ keyName, name: keyName.replaceAll('_', ' ').toLowerCase() }));

export const userService: ServiceDefinition = {
  name: 'SoftLayer_User_Customer',
  type: 'SoftLayer_User_Customer',
  find: (id, context) => context.state.users.get(id),
  methods: {
    /** Needs no authentication: checks a portal password and issues a token for `authenticate`. */
    getPortalLoginToken: (input) => {
      const username = stringArg(input.call.args, 0, 'username');
      const password = stringArg(input.call.args, 1, 'password');
      const user = input.context.state.users.all().find((candidate) => candidate.username === username);
      if (!user || user.password !== password) throw faults.invalidLogin();
      return value({ userId: user.id, hash: input.settings.issueToken(user.id) });
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
