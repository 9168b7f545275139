import type { VlanView } from '../data/network';
import { subnetsOnVlan } from '../data/ordered-subnets';
import { findVlan } from '../data/ordered-vlans';
import type { ViewContext } from '../models/type-model';
import { objectArg, optionalString, tagsArg } from './arguments';
import { editNetworkObject } from './network-edits';
import { type MethodInput, type ServiceDefinition, value } from './service-definition';

function vlanOf(input: MethodInput): VlanView {
  return input.row as VlanView;
}

/**
 * Why a VLAN cannot be cancelled: the account's VLANs are the primary VLANs of their datacenter (they come with
 * the account), and any device or ordered subnet on one holds it too.
 */
function cancelFailureReasons(vlan: VlanView, context: ViewContext): string[] {
  const { state } = context;
  // An ordered VLAN holds no device; only the subnets ordered onto it could hold it.
  if (vlan.subnetId === null) {
    const routed = subnetsOnVlan(state, vlan.id).length;
    return routed > 0 ? [`${routed} portable subnet(s) are routed to this VLAN.`] : [];
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

export const vlanService: ServiceDefinition = {
  name: 'SoftLayer_Network_Vlan',
  type: 'SoftLayer_Network_Vlan',
  find: (id, context) => findVlan(context.state, id),
  methods: {
    /** Changes the name and/or the note (the other properties are not the customer's to edit). */
    editObject: (input) => {
      const template = objectArg(input.call.args, 0, 'templateObject');
      const name = optionalString(template.name);
      const note = optionalString(template.note);
      editNetworkObject(input.context.state, vlanOf(input).id, (edits) => {
        if (name !== undefined) edits.name = name;
        if (note !== undefined) edits.note = note;
      });
      return value(true);
    },
    setTags: (input) => {
      const tags = tagsArg(input.call.args, 0);
      editNetworkObject(input.context.state, vlanOf(input).id, (edits) => {
        edits.tags = tags;
      });
      return value(true);
    },
    getCancelFailureReasons: (input) => value(cancelFailureReasons(vlanOf(input), input.context)),
  },
};
