import type { VlanView } from '../data/network';
import { subnetsOnVlan } from '../data/ordered-subnets';
import type { EmulatorState } from '../data/state';

/**
 * Why a VLAN cannot be cancelled: the account's VLANs are the primary VLANs of their datacenter (they come with
 * the account), and any device, ordered subnet or dedicated firewall on one holds it too. The billing item's
 * cancellation refuses while there is a reason.
 */
export function vlanCancelFailureReasons(vlan: VlanView, state: EmulatorState): string[] {
  // An ordered VLAN holds no device; only the subnets ordered onto it and a dedicated firewall could hold it.
  if (vlan.subnetId === null) {
    const routed = subnetsOnVlan(state, vlan.id).length;
    const firewalls = state.firewalls.filter((record) => record.vlanId === vlan.id).length;
    return [
      ...(routed > 0 ? [`${routed} portable subnet(s) are routed to this VLAN.`] : []),
      ...(firewalls > 0 ? [`${firewalls} dedicated firewall(s) protect this VLAN.`] : []),
    ];
  }
  const reasons = [
    `VLAN ${vlan.vlanNumber} is a primary VLAN of ${vlan.datacenter.name}; it goes with the account.`,
  ];
  const guests = state.guests.filter(
    (guest) =>
      guest.datacenterId === vlan.datacenter.id &&
      !(guest.privateNetworkOnly && vlan.networkSpace === 'PUBLIC'),
  ).length;
  if (guests > 0) reasons.push(`${guests} virtual server(s) are attached to this VLAN.`);
  const servers = state.hardware.filter((server) => server.datacenterId === vlan.datacenter.id).length;
  if (servers > 0) reasons.push(`${servers} hardware server(s) are attached to this VLAN.`);
  const secondary = subnetsOnVlan(state, vlan.id).filter((subnet) => subnet.subnetType !== 'PRIMARY').length;
  if (secondary > 0) reasons.push(`${secondary} portable subnet(s) are routed to this VLAN.`);
  return reasons;
}
