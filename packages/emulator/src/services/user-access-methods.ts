import { faults } from '../api-fault';
import { grantedDeviceIds } from '../data/device-access';
import type { DeviceAccessRecord, UserRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { integerArg } from './arguments';
import { type MethodImplementation, type MethodInput, value } from './service-definition';

type DeviceKind = DeviceAccessRecord['deviceKind'];

/** Whether a device of a kind exists on the account (the emulator has no dedicated hosts). */
function deviceExists(state: EmulatorState, kind: DeviceKind, id: number): boolean {
  if (kind === 'hardware') return state.hardware.get(id) !== undefined;
  if (kind === 'virtualGuest') return state.guests.get(id) !== undefined;
  return false;
}

function grant(kind: DeviceKind): MethodImplementation {
  return (input: MethodInput) => {
    const user = input.row as UserRecord;
    const deviceId = integerArg(input.call.args, 0, `the ${kind} id`);
    const { state } = input.context;
    if (!deviceExists(state, kind, deviceId)) throw faults.objectNotFound(deviceId);
    if (!grantedDeviceIds(state, user.id, kind).has(deviceId)) {
      state.mutate(() =>
        state.deviceAccess.insert({
          id: state.allocateId('deviceAccess'),
          userId: user.id,
          deviceKind: kind,
          deviceId,
        }),
      );
    }
    return value(true);
  };
}

function revoke(kind: DeviceKind): MethodImplementation {
  return (input: MethodInput) => {
    const user = input.row as UserRecord;
    const deviceId = integerArg(input.call.args, 0, `the ${kind} id`);
    const { state } = input.context;
    if (!deviceExists(state, kind, deviceId)) throw faults.objectNotFound(deviceId);
    const rows = state.deviceAccess
      .all()
      .filter((row) => row.userId === user.id && row.deviceKind === kind && row.deviceId === deviceId);
    state.mutate(() => {
      for (const row of rows) state.deviceAccess.delete(row.id);
    });
    return value(true);
  };
}

/** `SoftLayer_User_Customer` methods of device access and the VPN user (`updateVpnUser`). */
export const userAccessMethods: Record<string, MethodImplementation> = {
  addHardwareAccess: grant('hardware'),
  addVirtualGuestAccess: grant('virtualGuest'),
  addDedicatedHostAccess: grant('dedicatedHost'),
  removeHardwareAccess: revoke('hardware'),
  removeVirtualGuestAccess: revoke('virtualGuest'),
  removeDedicatedHostAccess: revoke('dedicatedHost'),
  /** Pushes the user's VPN subnets to the VPN servers; nothing to push in the emulator, so it succeeds. */
  updateVpnUser: () => value(true),
};
