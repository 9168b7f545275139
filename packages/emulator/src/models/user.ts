import { grantedDeviceIds } from '../data/device-access';
import type { UserRecord } from '../data/records';
import { permissionView } from './permission';
import { userView } from './shared-views';
import { defineModel, type TypeModel } from './type-model';

export const userModel: TypeModel<unknown> = defineModel<UserRecord>({
  type: 'SoftLayer_User_Customer',
  local(user, context) {
    const { userStatus: _status, ...local } = userView(user, context.state.accountId);
    return { ...local, isMasterUserFlag: user.parentId === null };
  },
  relations: {
    userStatus: {
      type: 'SoftLayer_User_Customer_Status',
      get: () => ({ id: 1001, keyName: 'ACTIVE', name: 'Active' }),
    },
    parent: {
      type: 'SoftLayer_User_Customer',
      get: (user, context) => (user.parentId === null ? undefined : context.state.users.get(user.parentId)),
    },
    account: { type: 'SoftLayer_Account', get: (_user, context) => context.state },
    apiAuthenticationKeys: {
      type: 'SoftLayer_User_Customer_ApiAuthentication',
      // A user sees only their own key, as on the API.
      get: (user, context) =>
        user.id === context.user.id
          ? [{ id: user.id + 11, userId: user.id, authenticationKey: user.apiKey }]
          : [],
    },
    permissions: {
      type: 'SoftLayer_User_Customer_CustomerPermission_Permission',
      get: (user) => user.permissions.map(permissionView),
    },
    roles: { type: 'SoftLayer_User_Permission_Role', get: () => [] },
    externalBindings: { type: 'SoftLayer_User_External_Binding', get: () => [] },
    virtualGuests: {
      type: 'SoftLayer_Virtual_Guest',
      // The guests the user ordered, and those the user was given access to.
      get: (user, context) => {
        const granted = grantedDeviceIds(context.state, user.id, 'virtualGuest');
        return context.state.guests.filter((guest) => guest.ownerUserId === user.id || granted.has(guest.id));
      },
    },
    hardware: {
      type: 'SoftLayer_Hardware',
      // The master user reaches every server; a sub-user those it was given access to.
      get: (user, context) => {
        if (user.parentId === null) return context.state.hardware.all();
        const granted = grantedDeviceIds(context.state, user.id, 'hardware');
        return context.state.hardware.filter((server) => granted.has(server.id));
      },
    },
    dedicatedHosts: { type: 'SoftLayer_Virtual_DedicatedHost', get: () => [] },
    overrides: {
      type: 'SoftLayer_Network_Service_Vpn_Overrides',
      get: (user, context) => context.state.vpnOverrides.filter((row) => row.userId === user.id),
    },
    loginAttempts: { type: 'SoftLayer_User_Customer_Access_Authentication', get: () => [] },
  },
});
