import { addressAt, ipAddressId, type SubnetView, subnetOfAddress, subnetsOf } from '../data/network';
import type { EmulatorState } from '../data/state';
import { allowedHostView, volumesAllowing } from './allowed-host';
import { compact } from './type-model';

/**
 * A `SoftLayer_Network_Subnet_IpAddress` of the account's subnets as a plain object (addresses are derived, not
 * stored). `allowedHost` is there while a storage volume authorizes the address.
 */
export function ipAddressView(address: string, state: EmulatorState): Record<string, unknown> {
  const subnet = subnetOfAddress(address);
  const id = ipAddressId(address);
  const allowed = volumesAllowing(state, 'IP_ADDRESS', address).length > 0;
  return compact({
    id,
    ipAddress: address,
    subnetId: subnet?.id,
    isBroadcast: address === subnet?.broadcastAddress,
    isGateway: address === subnet?.gateway,
    isNetwork: address === subnet?.networkIdentifier,
    isReserved: false,
    note: state.ipAddressNotes.get(id)?.note,
    ...(allowed ? { allowedHost: allowedHostView('IP_ADDRESS', id, state, `${address}/32`) } : {}),
  });
}

/** Whether a device at `ipIndex` in a datacenter has `address` as its public or private primary address. */
function hasAddress(device: { datacenterId: number; ipIndex: number }, address: string): boolean {
  const subnets = subnetsOf(device.datacenterId);
  return (
    addressAt(subnets.public, device.ipIndex) === address ||
    addressAt(subnets.private, device.ipIndex) === address
  );
}

function deviceView(row: { id: number; hostname: string; domain: string }): Record<string, unknown> {
  return {
    id: row.id,
    hostname: row.hostname,
    domain: row.domain,
    fullyQualifiedDomainName: `${row.hostname}.${row.domain}`,
  };
}

/**
 * An address of the account's subnets with its subnet (local properties) and the virtual server or server that
 * has it: what `getByIpAddress` and a global IP's `destinationIpAddress` show.
 */
export function ipAddressWithDevice(address: string, state: EmulatorState): Record<string, unknown> {
  const subnet = subnetOfAddress(address);
  const guest = state.guests.all().find((candidate) => hasAddress(candidate, address));
  const server = guest ? undefined : state.hardware.all().find((candidate) => hasAddress(candidate, address));
  return {
    ...ipAddressView(address, state),
    ...(subnet ? { subnet: subnetLocalView(subnet) } : {}),
    ...(guest ? { virtualGuest: deviceView(guest) } : {}),
    ...(server ? { hardware: deviceView(server) } : {}),
  };
}

/** A subnet's local properties, as nested in an IP address. */
export function subnetLocalView(subnet: SubnetView): Record<string, unknown> {
  return compact({
    id: subnet.id,
    networkIdentifier: subnet.networkIdentifier,
    cidr: subnet.cidr,
    netmask: subnet.netmask,
    gateway: subnet.gateway || undefined,
    broadcastAddress: subnet.broadcastAddress || undefined,
    subnetType: subnet.subnetType,
    version: subnet.version,
  });
}
