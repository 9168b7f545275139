// The access control list of a storage volume: which guests, servers, subnets and addresses may mount it.
import { faults } from '../api-fault';
import { addressOfIpAddressId, allSubnets, cidrNotation, ipAddressId, subnetsOf } from '../data/network';
import type { StorageVolumeRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { ALLOWED_HOSTS_LIMIT } from '../data/storage-catalog';
import { type AllowedHostKind, allowedHostView, allowedIds, volumesAllowing } from '../models/allowed-host';
import { toInteger } from './arguments';

/** One host named in a request, resolved against the account. */
export interface HostReference {
  kind: AllowedHostKind;
  /** The guest, server or subnet id, or the IP address id. */
  id: number;
  /** What the volume stores: the id, or the dotted address of an IP address. */
  key: number | string;
  /** The network the host reaches storage from (`sourceSubnet` of its allowed host). */
  sourceSubnet: string;
}

/** `objectType` of `SoftLayer_Container_Network_Storage_Host` (and `typeClassName` of allowAccessFromHost). */
const OBJECT_TYPES: Record<string, AllowedHostKind> = {
  SoftLayer_Virtual_Guest: 'VIRTUAL_GUEST',
  SoftLayer_Hardware: 'HARDWARE',
  SoftLayer_Hardware_Server: 'HARDWARE',
  SoftLayer_Network_Subnet: 'SUBNET',
  SoftLayer_Network_Subnet_IpAddress: 'IP_ADDRESS',
};

export function hostKindOf(objectType: unknown): AllowedHostKind {
  const kind = typeof objectType === 'string' ? OBJECT_TYPES[objectType] : undefined;
  if (!kind) {
    throw faults.invalidValue(
      `Invalid object type "${String(objectType)}": expected one of ${Object.keys(OBJECT_TYPES).join(', ')}.`,
    );
  }
  return kind;
}

/** Finds the host an id names, or answers the API's not-found fault. */
export function resolveHost(kind: AllowedHostKind, rawId: unknown, state: EmulatorState): HostReference {
  const id = toInteger(rawId);
  if (id === undefined) throw faults.missingParameter('Each host template must have an integer id.');
  switch (kind) {
    case 'VIRTUAL_GUEST': {
      const guest = state.guests.get(id);
      if (!guest) throw faults.objectNotFound(id);
      return { kind, id, key: id, sourceSubnet: cidrNotation(subnetsOf(guest.datacenterId).private) };
    }
    case 'HARDWARE': {
      const server = state.hardware.get(id);
      if (!server) throw faults.objectNotFound(id);
      return { kind, id, key: id, sourceSubnet: cidrNotation(subnetsOf(server.datacenterId).private) };
    }
    case 'SUBNET': {
      const subnet = allSubnets().find((candidate) => candidate.id === id);
      if (!subnet) throw faults.objectNotFound(id);
      return { kind, id, key: id, sourceSubnet: cidrNotation(subnet) };
    }
    default: {
      const address = addressOfIpAddressId(id);
      if (address === undefined) throw faults.objectNotFound(id);
      return { kind, id, key: address, sourceSubnet: `${address}/32` };
    }
  }
}

/** The hosts of a list argument: `[{id: 1}, …]` (a single template is taken as a list of one). */
export function hostsFromTemplates(
  kind: AllowedHostKind | undefined,
  argument: unknown,
  state: EmulatorState,
): HostReference[] {
  const templates = Array.isArray(argument) ? argument : [argument];
  return templates.map((template) => {
    if (template === null || typeof template !== 'object') {
      throw faults.missingParameter('Each host template must be an object with an id.');
    }
    const record = template as Record<string, unknown>;
    const hostKind = kind ?? hostKindOf(record.objectType);
    if (hostKind === 'IP_ADDRESS' && record.id === undefined && typeof record.ipAddress === 'string') {
      return resolveHost(hostKind, ipAddressId(record.ipAddress), state);
    }
    return resolveHost(hostKind, record.id, state);
  });
}

/** How many hosts a volume authorizes, of every kind. */
export function allowedHostCount(volume: StorageVolumeRecord): number {
  return (
    volume.allowedGuestIds.length +
    volume.allowedHardwareIds.length +
    volume.allowedSubnetIds.length +
    volume.allowedIpAddresses.length
  );
}

/**
 * Adds hosts to (or removes them from) a volume's access list, inside one state change. Adding a host already
 * there and removing one that is not are no-ops; more than {@link ALLOWED_HOSTS_LIMIT} hosts is refused.
 */
export function changeAccess(
  state: EmulatorState,
  volume: StorageVolumeRecord,
  hosts: readonly HostReference[],
  allow: boolean,
): void {
  if (allow) {
    const added = new Set(
      hosts
        .filter((host) => !allowedIds(volume, host.kind).includes(host.key))
        .map((h) => `${h.kind}:${h.key}`),
    );
    if (allowedHostCount(volume) + added.size > ALLOWED_HOSTS_LIMIT) {
      throw faults.publicError(
        `The volume ${volume.username} can be authorized for at most ${ALLOWED_HOSTS_LIMIT} hosts.`,
      );
    }
  }
  state.mutate(() => {
    for (const host of hosts) {
      const list = allowedIds(volume, host.kind);
      const at = list.indexOf(host.key);
      if (allow && at < 0) list.push(host.key);
      if (!allow && at >= 0) list.splice(at, 1);
    }
  });
}

/** The `SoftLayer_Network_Storage_Allowed_Host` of a host. */
export function allowedHostOf(host: HostReference, state: EmulatorState): Record<string, unknown> {
  return allowedHostView(host.kind, host.id, state, host.sourceSubnet);
}

/**
 * `getAttachedNetworkStorages(nasType)` of a guest or server: the volumes that authorize it, only block (`ISCSI`)
 * or file (`NAS`) volumes when `nasType` says so.
 */
export function attachedNetworkStorages(
  state: EmulatorState,
  kind: 'VIRTUAL_GUEST' | 'HARDWARE',
  id: number,
  nasType: unknown,
): StorageVolumeRecord[] {
  const wanted = typeof nasType === 'string' ? nasType.toUpperCase() : '';
  return volumesAllowing(state, kind, id).filter(
    (volume) =>
      (wanted !== 'ISCSI' || volume.kind === 'block') && (wanted !== 'NAS' || volume.kind === 'file'),
  );
}
