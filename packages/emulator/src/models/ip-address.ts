import { ipAddressId, subnetOfAddress } from '../data/network';
import type { EmulatorState } from '../data/state';
import { allowedHostView, volumesAllowing } from './allowed-host';

/**
 * A `SoftLayer_Network_Subnet_IpAddress` of the account's subnets as a plain object (addresses are derived, not
 * stored). `allowedHost` is there while a storage volume authorizes the address.
 */
export function ipAddressView(address: string, state: EmulatorState): Record<string, unknown> {
  const subnet = subnetOfAddress(address);
  const id = ipAddressId(address);
  const allowed = volumesAllowing(state, 'IP_ADDRESS', address).length > 0;
  return {
    id,
    ipAddress: address,
    subnetId: subnet?.id,
    isBroadcast: address === subnet?.broadcastAddress,
    isGateway: address === subnet?.gateway,
    isNetwork: address === subnet?.networkIdentifier,
    isReserved: false,
    ...(allowed ? { allowedHost: allowedHostView('IP_ADDRESS', id, state.accountId, `${address}/32`) } : {}),
  };
}
