import type { VlanView } from '../data/network';
import { findVlan } from '../data/ordered-vlans';
import { objectArg, optionalString, tagsArg } from './arguments';
import { editNetworkObject } from './network-edits';
import { type MethodInput, type ServiceDefinition, value } from './service-definition';
import { vlanCancelFailureReasons } from './vlan-cancel-reasons';

function vlanOf(input: MethodInput): VlanView {
  return input.row as VlanView;
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
    getCancelFailureReasons: (input) => value(vlanCancelFailureReasons(vlanOf(input), input.context.state)),
  },
};
