// What guests and hardware servers share: their metric tracking object, and authorizing storage volumes from the
// server's side (`allowAccessToNetworkStorageList`, the reverse of the volume's `allowAccessFrom…List`).
import { faults } from '../api-fault';
import { trackingIdOf } from '../data/metric-data';
import { toInteger } from './arguments';
import type { MethodImplementation, MethodInput } from './service-definition';
import { value } from './service-definition';
import { changeAccess, resolveHost } from './storage-access';

/** The methods of a guest (`VIRTUAL_GUEST`) or hardware server (`HARDWARE`) service about tracking and storage. */
export function serverStorageMethods(
  kind: 'VIRTUAL_GUEST' | 'HARDWARE',
): Record<string, MethodImplementation> {
  const serverId = (input: MethodInput) => (input.row as { id: number }).id;
  const access = (allow: boolean) => (input: MethodInput) => {
    const { state } = input.context;
    const templates = input.call.args[0];
    const list = Array.isArray(templates) ? templates : [templates];
    if (list.length === 0 || list.some((template) => template === null || typeof template !== 'object')) {
      throw faults.missingParameter(
        'Parameter 1 must be a non-empty array of SoftLayer_Network_Storage templates.',
      );
    }
    // Every volume is found before anything changes, so a bad id leaves every access list as it was.
    const volumes = list.map((template) => {
      const id = toInteger((template as { id?: unknown }).id);
      const volume = id === undefined ? undefined : state.storageVolumes.get(id);
      if (!volume) throw faults.objectNotFound((template as { id?: unknown }).id);
      return volume;
    });
    const host = resolveHost(kind, serverId(input), state);
    for (const volume of volumes) changeAccess(state, volume, [host], allow);
    return value(true);
  };
  return {
    getMetricTrackingObjectId: (input) =>
      value(trackingIdOf({ kind: kind === 'VIRTUAL_GUEST' ? 'guest' : 'hardware', id: serverId(input) })),
    allowAccessToNetworkStorageList: access(true),
    removeAccessToNetworkStorageList: access(false),
  };
}
