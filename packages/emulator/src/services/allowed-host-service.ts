// SoftLayer_Network_Storage_Allowed_Host: the iSCSI identity of a host authorized on a volume, its CHAP password
// and the subnets in its access control list.
import { faults } from '../api-fault';
import { allSubnets, ipAddressId, type SubnetView } from '../data/network';
import type { AllowedHostEditRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { type AllowedHostKind, allowedHostId, allowedIds } from '../models/allowed-host';
import type { ViewContext } from '../models/type-model';
import { type MethodInput, rows, type ServiceDefinition, value } from './service-definition';
import { allowedHostOf, type HostReference, resolveHost } from './storage-access';

const ALLOWED_HOST = 'SoftLayer_Network_Storage_Allowed_Host';
const KINDS: readonly AllowedHostKind[] = ['VIRTUAL_GUEST', 'HARDWARE', 'SUBNET', 'IP_ADDRESS'];

/** An allowed host: a host some volume authorizes (hosts no volume authorizes have none). */
interface AllowedHostRow {
  id: number;
  host: HostReference;
}

function findHost(id: number, state: EmulatorState): HostReference | undefined {
  for (const volume of state.storageVolumes.all()) {
    for (const kind of KINDS) {
      for (const key of allowedIds(volume, kind)) {
        const resourceId = typeof key === 'string' ? ipAddressId(key) : key;
        if (allowedHostId(kind, resourceId) !== id) continue;
        try {
          return resolveHost(kind, resourceId, state);
        } catch {
          // the authorized host is gone: no allowed host
        }
      }
    }
  }
  return undefined;
}

function find(id: number, context: ViewContext): Record<string, unknown> | undefined {
  const host = findHost(id, context.state);
  return host ? allowedHostOf(host, context.state) : undefined;
}

function hostOf(input: MethodInput): AllowedHostRow {
  const id = input.id as number;
  const host = findHost(id, input.context.state);
  if (!host) throw faults.objectNotFound(id);
  return { id, host };
}

/** The host's edit record, made when it has none (inside a state change). */
function editOf(state: EmulatorState, id: number, now: number): AllowedHostEditRecord {
  const found = state.allowedHostEdits.get(id);
  if (found) {
    found.modifiedAt = now;
    return found;
  }
  const created: AllowedHostEditRecord = { id, subnetIds: [], modifiedAt: now };
  state.allowedHostEdits.insert(created);
  return created;
}

function subnetIdsArg(input: MethodInput): number[] {
  const raw = input.call.args[0];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((item) => {
    const id = typeof item === 'number' ? item : Number(item);
    if (!Number.isInteger(id)) throw faults.invalidValue(`Invalid subnet id "${String(item)}".`);
    return id;
  });
}

function subnetById(id: number): SubnetView | undefined {
  return allSubnets().find((subnet) => subnet.id === id);
}

/** CHAP secrets: 12 to 16 letters and digits, with an upper-case letter, a lower-case letter and a digit. */
const STRONG_PASSWORD = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z0-9]{12,16}$/;

export const allowedHostService: ServiceDefinition = {
  name: ALLOWED_HOST,
  type: ALLOWED_HOST,
  find,
  methods: {
    getCredential: (input) => {
      const { host } = hostOf(input);
      return value(allowedHostOf(host, input.context.state).credential);
    },
    setCredentialPassword: (input) => {
      const { id } = hostOf(input);
      const password = input.call.args[0];
      if (typeof password !== 'string' || !STRONG_PASSWORD.test(password)) {
        throw faults.invalidValue(
          'The password must be 12 to 16 letters and digits, with at least one upper-case letter, one lower-case letter and one digit.',
        );
      }
      const { state, now } = input.context;
      state.mutate(() => {
        editOf(state, id, now).password = password;
      });
      return value(true);
    },
    getSubnetsInAcl: (input) => {
      const { id } = hostOf(input);
      const ids = input.context.state.allowedHostEdits.get(id)?.subnetIds ?? [];
      return rows(
        'SoftLayer_Network_Subnet',
        ids.flatMap((subnetId) => subnetById(subnetId) ?? []),
        'subnetsInAcl',
      );
    },
    // Answers the ids now in the list (unknown subnets are left out: the caller reports them as failed).
    assignSubnetsToAcl: (input) => {
      const { id } = hostOf(input);
      const wanted = subnetIdsArg(input).filter((subnetId) => subnetById(subnetId) !== undefined);
      const { state, now } = input.context;
      state.mutate(() => {
        const edit = editOf(state, id, now);
        for (const subnetId of wanted) if (!edit.subnetIds.includes(subnetId)) edit.subnetIds.push(subnetId);
      });
      return value(wanted);
    },
    // Answers the ids taken out (those that were in the list).
    removeSubnetsFromAcl: (input) => {
      const { id } = hostOf(input);
      const { state, now } = input.context;
      const present = state.allowedHostEdits.get(id)?.subnetIds ?? [];
      const removed = subnetIdsArg(input).filter((subnetId) => present.includes(subnetId));
      if (removed.length > 0) {
        state.mutate(() => {
          const edit = editOf(state, id, now);
          edit.subnetIds = edit.subnetIds.filter((subnetId) => !removed.includes(subnetId));
        });
      }
      return value(removed);
    },
  },
};
