import type { SoftLayerClient } from '@sl/client';
import type { SoftLayer_Network_Storage, SoftLayer_Network_Storage_Allowed_Host } from '@sl/types';
import { checkText } from './check-input';
import { signalOption } from './list-options';
import { ManagerError } from './manager-error';

/**
 * Authorizes a server to mount a storage volume given by its username (`SL01SEL…`), as the reference's
 * `authorize_storage`: the volume is looked up with `Account::getNetworkStorage`, then the server's
 * `allowAccessToNetworkStorageList` is called. `SL_NOT_FOUND` (nothing changed) when no volume has that username.
 */
export async function authorizeStorage(
  client: SoftLayerClient,
  service: 'Virtual_Guest' | 'Hardware',
  serverId: number | string,
  username: string,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  checkText(username, 'the storage username', 'authorizeStorage');
  const control = signalOption(signal);
  const volumes = await client.call('Account', 'getNetworkStorage', {
    filter: { networkStorage: { username: { operation: username } } },
    ...control,
  });
  const volume = volumes[0];
  if (volume?.id === undefined) {
    throw new ManagerError(
      'SL_NOT_FOUND',
      `authorizeStorage: no storage volume has the username ${username}`,
    );
  }
  return client.call(service, 'allowAccessToNetworkStorageList', {
    id: serverId,
    args: [[{ id: volume.id, username }]],
    ...control,
  });
}

/**
 * The storage of type `nasType` (`ISCSI`, `NAS`, …) a server may mount, with the reference's mask (the volumes'
 * allowed guests or hardware, whichever the server is).
 */
export function storageDetails(
  client: SoftLayerClient,
  service: 'Virtual_Guest' | 'Hardware_Server',
  serverId: number | string,
  nasType: string,
  signal: AbortSignal | undefined,
): Promise<SoftLayer_Network_Storage[]> {
  const allowed = service === 'Virtual_Guest' ? 'allowedVirtualGuests' : 'allowedHardware';
  return client.call(service, 'getAttachedNetworkStorages', {
    id: serverId,
    args: [nasType],
    mask: `mask[id,username,capacityGb,notes,serviceResourceBackendIpAddress,${allowed}[id,datacenter]]`,
    ...signalOption(signal),
  });
}

/** The credentials a server uses for network storage (its allowed host); `null` when it has none. */
export async function storageCredentials(
  client: SoftLayerClient,
  service: 'Virtual_Guest' | 'Hardware_Server',
  serverId: number | string,
  signal: AbortSignal | undefined,
): Promise<SoftLayer_Network_Storage_Allowed_Host | null> {
  const host: SoftLayer_Network_Storage_Allowed_Host | null = await client.call(service, 'getAllowedHost', {
    id: serverId,
    mask: 'mask[credential]',
    ...signalOption(signal),
  });
  return host ?? null;
}
