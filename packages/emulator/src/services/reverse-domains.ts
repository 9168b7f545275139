import { addressAt, subnetsOf } from '../data/network';
import type { GuestRecord, HardwareRecord } from '../data/records';
import type { ViewContext } from '../models/type-model';
import { type MethodInput, type MethodOutput, value } from './service-definition';

// Reverse DNS zones (`SoftLayer_Dns_Domain_Reverse`): one per /24 of the account's public addresses, derived from
// the address (not stored); their PTR records are ordinary resource records whose `domainId` is the zone's id.

const REVERSE_BASE = 700_000_000;

/** The id of the reverse zone of an IPv4 address's /24. */
export function reverseDomainId(address: string): number {
  const [a, b, c] = address.split('.').map(Number);
  return REVERSE_BASE + (((a ?? 0) << 16) | ((b ?? 0) << 8) | (c ?? 0));
}

/** Whether a domain id names a reverse zone. */
export function isReverseDomainId(id: number): boolean {
  return id >= REVERSE_BASE && id < REVERSE_BASE + 2 ** 24;
}

/** `getReverseDomainRecords` of a guest or a server: the reverse zone of its primary address with its records. */
function reverseZones(address: string | undefined, context: ViewContext): MethodOutput {
  if (address === undefined) return value([]);
  const id = reverseDomainId(address);
  const [a, b, c] = address.split('.');
  return value([
    {
      id,
      name: `${c}.${b}.${a}.in-addr.arpa`,
      resourceRecords: context.state.resourceRecords
        .filter((record) => record.domainId === id)
        .map((record) => ({ ...record })),
    },
  ]);
}

export function guestReverseDomainRecords(input: MethodInput): MethodOutput {
  const guest = input.row as GuestRecord;
  const address = guest.privateNetworkOnly
    ? undefined
    : addressAt(subnetsOf(guest.datacenterId).public, guest.ipIndex);
  return reverseZones(address, input.context);
}

export function hardwareReverseDomainRecords(input: MethodInput): MethodOutput {
  const server = input.row as HardwareRecord;
  return reverseZones(addressAt(subnetsOf(server.datacenterId).public, server.ipIndex), input.context);
}
