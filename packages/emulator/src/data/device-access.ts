import type { DeviceAccessRecord } from './records';
import type { EmulatorState } from './state';

/** The devices of a kind a user was given access to (`User_Customer::addHardwareAccess`, …). */
export function grantedDeviceIds(
  state: EmulatorState,
  userId: number,
  kind: DeviceAccessRecord['deviceKind'],
): Set<number> {
  return new Set(
    state.deviceAccess
      .all()
      .filter((row) => row.userId === userId && row.deviceKind === kind)
      .map((row) => row.deviceId),
  );
}
