import {
  addressAt,
  guestComponentId,
  guestComponentOwner,
  macAddress,
  subnetsOf,
  vlansOf,
} from '../data/network';
import type { GuestRecord, SecurityGroupBindingRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { compact, defineModel, type TypeModel } from './type-model';

/** A guest's network component: derived from the guest (port 0 private, port 1 public), never stored. */
export interface GuestComponentRow {
  guest: GuestRecord;
  port: 0 | 1;
}

const SPACES = { 0: 'private', 1: 'public' } as const;

/** The guest's components: the private one, and the public one unless the guest is private-network only. */
export function guestComponents(guest: GuestRecord): GuestComponentRow[] {
  const privateComponent: GuestComponentRow = { guest, port: 0 };
  return guest.privateNetworkOnly ? [privateComponent] : [privateComponent, { guest, port: 1 }];
}

/** The component an id names, while its guest exists and has that port. */
export function findGuestComponent(state: EmulatorState, componentId: number): GuestComponentRow | undefined {
  if (!Number.isInteger(componentId) || componentId <= 0) return undefined;
  const { guestId, port } = guestComponentOwner(componentId);
  const guest = state.guests.get(guestId);
  if (!guest || (port === 1 && guest.privateNetworkOnly)) return undefined;
  return { guest, port };
}

/** The security group bindings of a component. */
export function bindingsOfComponent(state: EmulatorState, componentId: number): SecurityGroupBindingRecord[] {
  return state.securityGroupBindings.filter((binding) => binding.networkComponentId === componentId);
}

function componentId(row: GuestComponentRow): number {
  return guestComponentId(row.guest.id, row.port);
}

export const guestNetworkComponentModel: TypeModel<unknown> = defineModel<GuestComponentRow>({
  type: 'SoftLayer_Virtual_Guest_Network_Component',
  local(row) {
    const id = componentId(row);
    const { guest } = row;
    return compact({
      id,
      guestId: guest.id,
      name: 'eth',
      port: row.port,
      speed: row.port === 1 ? guest.publicSpeed : guest.privateSpeed,
      maxSpeed: 1000,
      status: 'ACTIVE',
      macAddress: macAddress(id),
    });
  },
  relations: {
    guest: { type: 'SoftLayer_Virtual_Guest', get: (row) => row.guest },
    networkVlan: {
      type: 'SoftLayer_Network_Vlan',
      get: (row) => vlansOf(row.guest.datacenterId)[SPACES[row.port]],
    },
    primarySubnet: {
      type: 'SoftLayer_Network_Subnet',
      get: (row) => subnetsOf(row.guest.datacenterId)[SPACES[row.port]],
    },
    subnets: {
      type: 'SoftLayer_Network_Subnet',
      get: (row) => [subnetsOf(row.guest.datacenterId)[SPACES[row.port]]],
    },
    primaryIpAddress: {
      type: 'string',
      get: (row) => addressAt(subnetsOf(row.guest.datacenterId)[SPACES[row.port]], row.guest.ipIndex),
    },
    securityGroupBindings: {
      type: 'SoftLayer_Virtual_Network_SecurityGroup_NetworkComponentBinding',
      get: (row, context) => bindingsOfComponent(context.state, componentId(row)),
    },
  },
});
