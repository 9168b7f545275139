import type { SoftLayerClient } from '@sl/client';
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
