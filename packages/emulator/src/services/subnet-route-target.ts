import { isIP } from 'node:net';
import { faults } from '../api-fault';
import { addressAt, addressOfIpAddressId, subnetOfAddress, subnetsOf } from '../data/network';
import { findVlan } from '../data/ordered-vlans';
import type { OrderedSubnetRecord } from '../data/records';
import type { EmulatorState } from '../data/state';

/** Where a subnet is routed: a VLAN, or an address of the account. */
export type RouteTarget =
  | { vlanId: number; endPointIpAddress: null }
  | { vlanId: null; endPointIpAddress: string };

/** The account's address `address`, checked (an address of one of its subnets, of the subnet's IP version). */
export function accountAddress(address: string, version: 4 | 6): string {
  const trimmed = address.trim();
  if (isIP(trimmed) === 0) throw faults.invalidValue(`"${address}" is not an IP address.`);
  if (isIP(trimmed) !== version) {
    throw faults.invalidValue(`An IPv${version} subnet can only be routed to an IPv${version} address.`);
  }
  if (!subnetOfAddress(trimmed)) {
    throw faults.invalidValue(`The IP address ${trimmed} is not on a subnet of this account.`);
  }
  return trimmed;
}

/** The primary address of a device on the network segment of `record` (public or private). */
function deviceAddress(
  device: { datacenterId: number; ipIndex: number },
  record: OrderedSubnetRecord,
): string {
  const subnets = subnetsOf(device.datacenterId);
  return addressAt(record.addressSpace === 'PUBLIC' ? subnets.public : subnets.private, device.ipIndex);
}

/** A device of a list by id or by its unique hostname. */
function deviceBy<T extends { id: number; hostname: string }>(
  rows: readonly T[],
  identifier: string,
  what: string,
): T {
  const trimmed = identifier.trim();
  const found = /^\d+$/.test(trimmed)
    ? rows.filter((row) => row.id === Number(trimmed))
    : rows.filter((row) => row.hostname === trimmed);
  if (found.length !== 1)
    throw faults.invalidValue(`Unable to find a unique ${what} identified by "${identifier}".`);
  return found[0]!;
}

/**
 * Resolves `SoftLayer_Network_Subnet::route`'s type and identifier to a target, as the API documents: an IP address
 * (an id or the address), a VLAN (an id), or a server or virtual server (an id or hostname: its primary address on
 * the subnet's network segment).
 */
export function routeTarget(
  state: EmulatorState,
  record: OrderedSubnetRecord,
  type: string,
  identifier: string,
): RouteTarget {
  if (record.version === 6 && type !== 'SoftLayer_Network_Vlan') {
    throw faults.invalidValue('The account has no IPv6 address to route this subnet to.');
  }
  switch (type) {
    case 'SoftLayer_Network_Subnet_IpAddress': {
      const address = /^\d+$/.test(identifier.trim()) ? addressOfIpAddressId(Number(identifier)) : identifier;
      if (address === undefined) throw faults.invalidValue(`Unable to find IP address ${identifier}.`);
      return { vlanId: null, endPointIpAddress: accountAddress(address, record.version) };
    }
    case 'SoftLayer_Virtual_Guest':
      return {
        vlanId: null,
        endPointIpAddress: deviceAddress(deviceBy(state.guests.all(), identifier, 'virtual guest'), record),
      };
    case 'SoftLayer_Hardware_Server':
      return {
        vlanId: null,
        endPointIpAddress: deviceAddress(deviceBy(state.hardware.all(), identifier, 'server'), record),
      };
    case 'SoftLayer_Network_Vlan': {
      if (record.kind === 'global')
        throw faults.invalidValue('A global IP is routed to an IP address, not a VLAN.');
      const vlan = /^\d+$/.test(identifier.trim()) ? findVlan(state, Number(identifier.trim())) : undefined;
      if (!vlan) throw faults.invalidValue(`Unable to find VLAN ${identifier}.`);
      if (vlan.networkSpace !== record.addressSpace) {
        throw faults.invalidValue(
          `A ${record.addressSpace.toLowerCase()} subnet cannot be routed to a ${vlan.networkSpace.toLowerCase()} VLAN.`,
        );
      }
      return { vlanId: vlan.id, endPointIpAddress: null };
    }
    default:
      throw faults.invalidValue(
        `Invalid route type "${type}": use SoftLayer_Network_Subnet_IpAddress, SoftLayer_Network_Vlan, SoftLayer_Hardware_Server or SoftLayer_Virtual_Guest.`,
      );
  }
}

/** Routes an ordered subnet; true when the route changed (false when it already went there), as the API answers. */
export function applyRoute(state: EmulatorState, record: OrderedSubnetRecord, target: RouteTarget): boolean {
  if (record.vlanId === target.vlanId && record.endPointIpAddress === target.endPointIpAddress) return false;
  state.mutate(() => {
    record.vlanId = target.vlanId;
    record.endPointIpAddress = target.endPointIpAddress;
  });
  return true;
}
