// IPsec VPN tunnel contexts (`SoftLayer_Network_Tunnel_Module_Context`) and remote subnets
// (`SoftLayer_Network_Customer_Subnet`): subnets joined and left, NAT entries, settings, configuration requests.
// As on the API, remote subnets have no deleteObject: one goes when it leaves its last tunnel.
import { isIPv4 } from 'node:net';
import { type ApiFault, faults } from '../api-fault';
import { ipsecServiceSubnets, remoteSubnetHolds } from '../data/ipsec';
import type { IpsecContextRecord, IpsecPhaseSettings, IpsecTranslationRecord } from '../data/ipsec-records';
import { subnetOfAddress } from '../data/network';
import { findSubnet, ipv4Value } from '../data/ordered-subnets';
import type { EmulatorState } from '../data/state';
import { integerArg, objectArg, toInteger } from './arguments';
import {
  type MethodInput,
  type MethodOutput,
  row,
  type ServiceDefinition,
  value,
} from './service-definition';

const AUTHENTICATIONS = ['MD5', 'SHA1', 'SHA256'];
const ENCRYPTIONS = ['DES', '3DES', 'AES128', 'AES192', 'AES256'];
const DIFFIE_HELLMAN_GROUPS = [0, 1, 2, 5];
const KEYLIFE = { min: 120, max: 172_800 };

function contextOf(input: MethodInput): IpsecContextRecord {
  const context = input.row as IpsecContextRecord;
  if (context.advancedConfigurationFlag === 1) {
    throw faults.publicError(
      'This network tunnel has an advanced configuration: it can only be changed through a ticket.',
    );
  }
  return context;
}

/** Removes a tunnel context and its address translations (its remote subnets stay on the account). */
export function removeIpsecContext(state: EmulatorState, contextId: number): void {
  for (const translation of state.ipsecTranslations.filter((entry) => entry.contextId === contextId)) {
    state.ipsecTranslations.delete(translation.id);
  }
  state.ipsecContexts.delete(contextId);
}

type SubnetList = 'internalSubnetIds' | 'customerSubnetIds' | 'serviceSubnetIds';

/** Why a subnet id may not join the list (an API fault), or undefined when it may. */
const JOINABLE: Record<SubnetList, (state: EmulatorState, id: number) => ApiFault | undefined> = {
  internalSubnetIds: (state, id) => {
    const subnet = findSubnet(state, id);
    if (!subnet) return faults.objectNotFound(id);
    if (subnet.addressSpace !== 'PRIVATE')
      return faults.invalidValue(`Subnet ${id} is not a private subnet.`);
    return undefined;
  },
  customerSubnetIds: (state, id) =>
    state.ipsecCustomerSubnets.has(id) ? undefined : faults.objectNotFound(id),
  serviceSubnetIds: (_state, id) =>
    ipsecServiceSubnets().some((subnet) => subnet.id === id)
      ? undefined
      : faults.invalidValue(`Subnet ${id} is not a SoftLayer service subnet.`),
};

function addSubnet(list: SubnetList, kind: string) {
  return (input: MethodInput): MethodOutput => {
    const context = contextOf(input);
    const subnetId = integerArg(input.call.args, 0, 'subnetId');
    const refused = JOINABLE[list](input.context.state, subnetId);
    if (refused) throw refused;
    if (context[list].includes(subnetId)) {
      throw faults.invalidValue(
        `The ${kind} subnet ${subnetId} is already associated with this network tunnel.`,
      );
    }
    const { state, now } = input.context;
    state.mutate(() => {
      context[list] = [...context[list], subnetId];
      context.modifiedAt = now;
    });
    return value(true);
  };
}

function removeSubnet(list: SubnetList, kind: string) {
  return (input: MethodInput): MethodOutput => {
    const context = contextOf(input);
    const subnetId = integerArg(input.call.args, 0, 'subnetId');
    if (!context[list].includes(subnetId)) {
      throw faults.invalidValue(`The ${kind} subnet ${subnetId} is not associated with this network tunnel.`);
    }
    const { state, now } = input.context;
    state.mutate(() => {
      context[list] = context[list].filter((id) => id !== subnetId);
      context.modifiedAt = now;
      // A remote subnet goes with its last tunnel.
      const stillUsed = state.ipsecContexts.all().some((other) => other.customerSubnetIds.includes(subnetId));
      if (list === 'customerSubnetIds' && !stillUsed) state.ipsecCustomerSubnets.delete(subnetId);
    });
    return value(true);
  };
}

/** An IPv4 address from a template field, or a fault naming the field. */
function addressField(template: Record<string, unknown>, field: string): string {
  const given = template[field];
  if (typeof given !== 'string' || !isIPv4(given.trim())) {
    throw faults.invalidValue(`${field} must be an IPv4 address, got ${JSON.stringify(given ?? null)}.`);
  }
  return given.trim();
}

/** Checks a translation's two ends against the context: an address of the account, a remote subnet's address. */
function checkTranslationEnds(
  state: EmulatorState,
  context: IpsecContextRecord,
  internalIpAddress: string,
  customerIpAddress: string,
): void {
  if (!subnetOfAddress(internalIpAddress) && !findOrderedAddress(state, internalIpAddress)) {
    throw faults.invalidValue(
      `The internal IP address ${internalIpAddress} is not on a subnet of this account.`,
    );
  }
  const remote = context.customerSubnetIds
    .map((id) => state.ipsecCustomerSubnets.get(id))
    .some((subnet) => subnet !== undefined && remoteSubnetHolds(subnet, customerIpAddress));
  if (!remote) {
    throw faults.invalidValue(
      `The remote IP address ${customerIpAddress} is not in a remote subnet of this network tunnel.`,
    );
  }
}

/** Whether an address is in one of the account's ordered IPv4 subnets. */
function findOrderedAddress(state: EmulatorState, address: string): boolean {
  const value = ipv4Value(address);
  return state.orderedSubnets.all().some((subnet) => {
    if (subnet.version !== 4) return false;
    const start = ipv4Value(subnet.networkIdentifier);
    return value >= start && value < start + 2 ** (32 - subnet.cidr);
  });
}

function notesField(template: Record<string, unknown>): string | null | undefined {
  const notes = template.notes;
  if (notes === undefined || notes === null) return notes;
  if (typeof notes !== 'string') throw faults.invalidValue('notes must be a string.');
  return notes;
}

function translationOf(
  input: MethodInput,
  context: IpsecContextRecord,
  given: unknown,
): IpsecTranslationRecord {
  const id = toInteger(given);
  const translation = id === undefined ? undefined : input.context.state.ipsecTranslations.get(id);
  if (!translation || translation.contextId !== context.id) throw faults.objectNotFound(given ?? 'undefined');
  return translation;
}

/** A phase setting from an edit template: one of `allowed`, or unchanged when absent. */
function choice(template: Record<string, unknown>, field: keyof IpsecPhaseSettings, allowed: string[]) {
  const given = template[field];
  if (given === undefined || given === null) return undefined;
  if (typeof given !== 'string' || !allowed.includes(given.toUpperCase())) {
    throw faults.invalidValue(`${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(given)}.`);
  }
  return given.toUpperCase();
}

function whole(
  template: Record<string, unknown>,
  field: keyof IpsecPhaseSettings,
  accepts: (value: number) => boolean,
  expected: string,
) {
  const given = template[field];
  if (given === undefined || given === null) return undefined;
  const number = toInteger(given);
  if (number === undefined || !accepts(number)) {
    throw faults.invalidValue(`${field} must be ${expected}, got ${JSON.stringify(given)}.`);
  }
  return number;
}

/** The changes an `editObject` template asks for, all checked before anything changes. */
function contextChanges(template: Record<string, unknown>): Partial<IpsecContextRecord> {
  const changes: Partial<IpsecContextRecord> = {};
  const friendlyName = template.friendlyName;
  if (friendlyName !== undefined && friendlyName !== null) {
    if (typeof friendlyName !== 'string' || friendlyName.length > 64) {
      throw faults.invalidValue('friendlyName must be a string of at most 64 characters.');
    }
    changes.friendlyName = friendlyName;
  }
  if (template.customerPeerIpAddress !== undefined && template.customerPeerIpAddress !== null) {
    changes.customerPeerIpAddress = addressField(template, 'customerPeerIpAddress');
  }
  const key = template.presharedKey;
  if (key !== undefined && key !== null) {
    if (typeof key !== 'string' || key.trim() === '' || key.length > 128) {
      throw faults.invalidValue('presharedKey must be a non-empty string of at most 128 characters.');
    }
    changes.presharedKey = key;
  }
  const keylife = (value: number) => value >= KEYLIFE.min && value <= KEYLIFE.max;
  const group = (value: number) => DIFFIE_HELLMAN_GROUPS.includes(value);
  const settings: Partial<IpsecPhaseSettings> = {
    phaseOneAuthentication: choice(template, 'phaseOneAuthentication', AUTHENTICATIONS),
    phaseOneEncryption: choice(template, 'phaseOneEncryption', ENCRYPTIONS),
    phaseOneDiffieHellmanGroup: whole(template, 'phaseOneDiffieHellmanGroup', group, 'one of 0, 1, 2, 5'),
    phaseOneKeylife: whole(template, 'phaseOneKeylife', keylife, 'from 120 to 172800'),
    phaseTwoAuthentication: choice(template, 'phaseTwoAuthentication', AUTHENTICATIONS),
    phaseTwoEncryption: choice(template, 'phaseTwoEncryption', ENCRYPTIONS),
    phaseTwoDiffieHellmanGroup: whole(template, 'phaseTwoDiffieHellmanGroup', group, 'one of 0, 1, 2, 5'),
    phaseTwoKeylife: whole(template, 'phaseTwoKeylife', keylife, 'from 120 to 172800'),
    phaseTwoPerfectForwardSecrecy: whole(
      template,
      'phaseTwoPerfectForwardSecrecy',
      (value) => value === 0 || value === 1,
      '0 or 1',
    ),
  };
  for (const [field, setting] of Object.entries(settings)) {
    if (setting !== undefined) (changes as Record<string, unknown>)[field] = setting;
  }
  return changes;
}

export const ipsecContextService: ServiceDefinition = {
  name: 'SoftLayer_Network_Tunnel_Module_Context',
  type: 'SoftLayer_Network_Tunnel_Module_Context',
  find: (id, context) => context.state.ipsecContexts.get(id),
  methods: {
    addPrivateSubnetToNetworkTunnel: addSubnet('internalSubnetIds', 'private'),
    addCustomerSubnetToNetworkTunnel: addSubnet('customerSubnetIds', 'remote'),
    addServiceSubnetToNetworkTunnel: addSubnet('serviceSubnetIds', 'service'),
    removePrivateSubnetFromNetworkTunnel: removeSubnet('internalSubnetIds', 'private'),
    removeCustomerSubnetFromNetworkTunnel: removeSubnet('customerSubnetIds', 'remote'),
    removeServiceSubnetFromNetworkTunnel: removeSubnet('serviceSubnetIds', 'service'),
    /** Queues the context's configuration for its network devices (the emulator's are done at once). */
    applyConfigurationsToDevice: (input) => {
      const context = contextOf(input);
      const { state, now } = input.context;
      state.mutate(() => {
        context.configurationRequests = [...context.configurationRequests, now];
      });
      return value(true);
    },
    createAddressTranslation: (input) => {
      const context = contextOf(input);
      const template = objectArg(input.call.args, 0, 'translation');
      const internalIpAddress = addressField(template, 'internalIpAddress');
      const customerIpAddress = addressField(template, 'customerIpAddress');
      const notes = notesField(template);
      const { state, now } = input.context;
      checkTranslationEnds(state, context, internalIpAddress, customerIpAddress);
      const taken = state.ipsecTranslations
        .filter((entry) => entry.contextId === context.id)
        .some((entry) => entry.internalIpAddress === internalIpAddress);
      if (taken) {
        throw faults.invalidValue(`The internal IP address ${internalIpAddress} already has a translation.`);
      }
      const record = state.mutate(() =>
        state.ipsecTranslations.insert({
          id: state.allocateId('ipsecTranslation'),
          contextId: context.id,
          internalIpAddress,
          customerIpAddress,
          notes: notes ?? null,
          createdAt: now,
          modifiedAt: now,
        }),
      );
      return row('SoftLayer_Network_Tunnel_Module_Context_Address_Translation', record);
    },
    editAddressTranslation: (input) => {
      const context = contextOf(input);
      const template = objectArg(input.call.args, 0, 'translation');
      const translation = translationOf(input, context, template.id);
      const internalIpAddress =
        template.internalIpAddress === undefined
          ? translation.internalIpAddress
          : addressField(template, 'internalIpAddress');
      const customerIpAddress =
        template.customerIpAddress === undefined
          ? translation.customerIpAddress
          : addressField(template, 'customerIpAddress');
      const notes = notesField(template);
      const { state, now } = input.context;
      checkTranslationEnds(state, context, internalIpAddress, customerIpAddress);
      const taken = state.ipsecTranslations
        .filter((entry) => entry.contextId === context.id && entry.id !== translation.id)
        .some((entry) => entry.internalIpAddress === internalIpAddress);
      if (taken) {
        throw faults.invalidValue(`The internal IP address ${internalIpAddress} already has a translation.`);
      }
      state.mutate(() => {
        translation.internalIpAddress = internalIpAddress;
        translation.customerIpAddress = customerIpAddress;
        if (notes !== undefined) translation.notes = notes;
        translation.modifiedAt = now;
      });
      return row('SoftLayer_Network_Tunnel_Module_Context_Address_Translation', translation);
    },
    deleteAddressTranslation: (input) => {
      const context = contextOf(input);
      const translation = translationOf(input, context, input.call.args[0]);
      const { state } = input.context;
      state.mutate(() => state.ipsecTranslations.delete(translation.id));
      return value(true);
    },
    /** Changes the name, remote peer, preshared key and phase settings; all or nothing. */
    editObject: (input) => {
      const context = contextOf(input);
      const changes = contextChanges(objectArg(input.call.args, 0, 'templateObject'));
      const { state, now } = input.context;
      state.mutate(() => {
        Object.assign(context, changes);
        context.modifiedAt = now;
      });
      return value(true);
    },
  },
};

export const customerSubnetService: ServiceDefinition = {
  name: 'SoftLayer_Network_Customer_Subnet',
  type: 'SoftLayer_Network_Customer_Subnet',
  find: (id, context) => context.state.ipsecCustomerSubnets.get(id),
  methods: {
    /** A remote network of the account: its network address and prefix length. */
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, 'templateObject');
      const { state, now } = input.context;
      const accountId = toInteger(template.accountId);
      if (accountId !== undefined && accountId !== state.accountId) {
        throw faults.invalidValue(`accountId ${accountId} is not this account's id (${state.accountId}).`);
      }
      const networkIdentifier = addressField(template, 'networkIdentifier');
      const cidr = toInteger(template.cidr);
      if (cidr === undefined || cidr < 1 || cidr > 32) {
        throw faults.invalidValue(
          `cidr must be a whole number from 1 to 32, got ${JSON.stringify(template.cidr ?? null)}.`,
        );
      }
      const size = 2 ** (32 - cidr);
      if (ipv4Value(networkIdentifier) % size !== 0) {
        throw faults.invalidValue(
          `${networkIdentifier}/${cidr} is not a network address: its host bits are set.`,
        );
      }
      const record = state.mutate(() =>
        state.ipsecCustomerSubnets.insert({
          id: state.allocateId('ipsecCustomerSubnet'),
          networkIdentifier,
          cidr,
          createdAt: now,
        }),
      );
      return row('SoftLayer_Network_Customer_Subnet', record);
    },
  },
};
