import type { StorageVolumeRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { hash } from './shared-views';
import { compact } from './type-model';

/** What an allowed host stands for: `resourceTableName` in the API. */
export type AllowedHostKind = 'VIRTUAL_GUEST' | 'HARDWARE' | 'SUBNET' | 'IP_ADDRESS';

const LETTERS: Record<AllowedHostKind, string> = {
  VIRTUAL_GUEST: 'V',
  HARDWARE: 'H',
  SUBNET: 'S',
  IP_ADDRESS: 'I',
};

/** The volume's list of authorized hosts of a kind (the list itself: the access methods change it). */
export function allowedIds(volume: StorageVolumeRecord, kind: AllowedHostKind): Array<number | string> {
  switch (kind) {
    case 'VIRTUAL_GUEST':
      return volume.allowedGuestIds;
    case 'HARDWARE':
      return volume.allowedHardwareIds;
    case 'SUBNET':
      return volume.allowedSubnetIds;
    default:
      return volume.allowedIpAddresses;
  }
}

/** The volumes (not snapshots) that authorize a host: a guest or server id, a subnet id or an address. */
export function volumesAllowing(
  state: EmulatorState,
  kind: AllowedHostKind,
  resource: number | string,
): StorageVolumeRecord[] {
  return state.storageVolumes.filter((volume) => allowedIds(volume, kind).includes(resource));
}

/** The id of a host's allowed host: stable for the host. */
export function allowedHostId(kind: AllowedHostKind, resourceId: number): number {
  return 10_000_000 + (Math.abs(hash(`${kind}:${resourceId}`)) % 90_000_000);
}

/**
 * The `SoftLayer_Network_Storage_Allowed_Host` of a host: its iSCSI initiator name and CHAP credential, stable
 * for the host. `resourceId` is the guest, server, subnet or IP address id; `sourceSubnet` is the network the
 * host reaches storage from.
 */
export function allowedHostView(
  kind: AllowedHostKind,
  resourceId: number,
  state: EmulatorState,
  sourceSubnet: string,
): Record<string, unknown> {
  const { accountId } = state;
  const letter = LETTERS[kind];
  const username = `SL02SU${accountId}-${letter}${resourceId}`;
  const id = allowedHostId(kind, resourceId);
  const secret = `${Math.abs(hash(`${username}:a`)).toString(36)}${Math.abs(hash(`${username}:b`)).toString(36)}`;
  const edit = state.allowedHostEdits.get(id);
  return compact({
    id,
    accountId,
    name: `iqn.2020-07.com.ibm:${username.toLowerCase()}`,
    resourceTableId: resourceId,
    resourceTableName: kind,
    credentialId: id + 1,
    credential: {
      id: id + 1,
      accountId: String(accountId),
      username,
      password: edit?.password ?? secret.slice(0, 16).padEnd(12, 'x'),
      nasCredentialTypeId: 2,
      type: { keyName: 'ISCSI', name: 'iSCSI', description: 'iSCSI CHAP credential' },
    },
    sourceSubnet,
  });
}
