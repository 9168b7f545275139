import { faults } from '../api-fault';
import { addressAt, guestComponentId, macAddress, subnetsOf, vlansOf } from '../data/network';
import type { GuestRecord } from '../data/records';
import { datacenterById } from '../models/shared-views';
import type { ViewContext } from '../models/type-model';
import { stringArg } from './arguments';
import { type MethodInput, type ServiceDefinition, value } from './service-definition';

/**
 * The metadata service answers for the server that calls it, known on the real network by its address. Every
 * caller of the emulator is on 127.0.0.1, so it answers as the account's first guest (the lowest id).
 */
function caller(context: ViewContext): GuestRecord {
  const guest = context.state.guests
    .all()
    .reduce<GuestRecord | undefined>(
      (lowest, candidate) => (lowest === undefined || candidate.id < lowest.id ? candidate : lowest),
      undefined,
    );
  if (!guest) throw faults.objectNotFound('metadata');
  return guest;
}

/** The guest's network (public or private) that a MAC address belongs to; a fault for any other address. */
function networkOfMac(input: MethodInput): 'public' | 'private' {
  const guest = caller(input.context);
  const mac = stringArg(input.call.args, 0, 'macAddress').toLowerCase();
  if (mac === macAddress(guestComponentId(guest.id, 1))) return 'public';
  if (mac === macAddress(guestComponentId(guest.id, 0))) return 'private';
  throw faults.invalidValue(`No network component has the MAC address ${mac}.`);
}

const of = (read: (guest: GuestRecord, input: MethodInput) => unknown) => (input: MethodInput) =>
  value(read(caller(input.context), input));

/** `SoftLayer_Resource_Metadata`: what a server learns about itself, without credentials. */
export const resourceMetadataService: ServiceDefinition = {
  name: 'SoftLayer_Resource_Metadata',
  type: 'SoftLayer_Resource_Metadata',
  methods: {
    getAccountId: (input) => value(input.context.state.accountId),
    getId: of((guest) => guest.id),
    getGlobalIdentifier: of((guest) => guest.globalIdentifier),
    getHostname: of((guest) => guest.hostname),
    getDomain: of((guest) => guest.domain),
    getFullyQualifiedDomainName: of((guest) => `${guest.hostname}.${guest.domain}`),
    getDatacenter: of((guest) => datacenterById(guest.datacenterId).name),
    getDatacenterId: of((guest) => guest.datacenterId),
    getPrimaryIpAddress: of((guest) =>
      guest.privateNetworkOnly ? null : addressAt(subnetsOf(guest.datacenterId).public, guest.ipIndex),
    ),
    getPrimaryBackendIpAddress: of((guest) =>
      addressAt(subnetsOf(guest.datacenterId).private, guest.ipIndex),
    ),
    getProvisionState: of((guest) => (guest.provisionedAt === null ? 'PROVISIONING' : 'COMPLETE')),
    getTags: of((guest) => [...guest.tags]),
    getUserMetadata: of((guest) => guest.userData ?? null),
    getFrontendMacAddresses: of((guest) =>
      guest.privateNetworkOnly ? [] : [macAddress(guestComponentId(guest.id, 1))],
    ),
    getBackendMacAddresses: of((guest) => [macAddress(guestComponentId(guest.id, 0))]),
    getRouter: of((guest, input) => vlansOf(guest.datacenterId)[networkOfMac(input)].routerHostname),
    getVlans: of((guest, input) => [vlansOf(guest.datacenterId)[networkOfMac(input)].vlanNumber]),
    getVlanIds: of((guest, input) => [vlansOf(guest.datacenterId)[networkOfMac(input)].id]),
    getServiceResources: () => value([]),
  },
};
