// VLANs ordered through the NETWORK_VLAN package: their views, after the derived ones of data/network.ts.
import { DATACENTERS } from './catalog';
import { allVlans, type VlanView } from './network';
import type { OrderedVlanRecord } from './ordered-vlan-record';
import { type EmulatorState, ID_BASES } from './state';

/** An ordered VLAN as the VLAN model shows it (no primary subnet). */
export function orderedVlanView(record: OrderedVlanRecord): VlanView {
  return {
    id: record.id,
    vlanNumber: record.vlanNumber,
    name: record.name,
    networkSpace: record.networkSpace,
    datacenter: DATACENTERS.find((dc) => dc.id === record.datacenterId) ?? DATACENTERS[0]!,
    routerHostname: record.routerHostname,
    routerId: record.routerId,
    subnetId: null,
  };
}

/** Every VLAN of the account: the derived ones (ids unchanged), then the ordered ones. */
export function accountVlans(state: EmulatorState): VlanView[] {
  return [...allVlans(), ...state.orderedVlans.all().map(orderedVlanView)];
}

/** The VLAN an id names, derived or ordered. */
export function findVlan(state: EmulatorState, id: number): VlanView | undefined {
  if (id >= ID_BASES.orderedVlan) {
    const record = state.orderedVlans.get(id);
    return record ? orderedVlanView(record) : undefined;
  }
  return allVlans().find((vlan) => vlan.id === id);
}

/** The number a new VLAN of a router gets: above every VLAN number in use on that router. */
export function nextVlanNumber(state: EmulatorState, routerId: number): number {
  const used = accountVlans(state)
    .filter((vlan) => vlan.routerId === routerId)
    .map((vlan) => vlan.vlanNumber);
  return Math.max(1000, ...used) + 1;
}
