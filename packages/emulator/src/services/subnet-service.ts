import { faults } from '../api-fault';
import type { SubnetView } from '../data/network';
import { findSubnet } from '../data/ordered-subnets';
import type { OrderedSubnetRecord } from '../data/records';
import { stringArg, tagsArg } from './arguments';
import { editNetworkObject } from './network-edits';
import { type MethodInput, type ServiceDefinition, value } from './service-definition';
import { applyRoute, routeTarget } from './subnet-route-target';

function subnetOf(input: MethodInput): SubnetView {
  return input.row as SubnetView;
}

/** The ordered subnet behind a routing call; primary subnets go with their VLAN and cannot be routed. */
function routable(input: MethodInput): OrderedSubnetRecord {
  const record = input.context.state.orderedSubnets.get(subnetOf(input).id);
  if (!record) {
    throw faults.publicError(
      `Subnet ${subnetOf(input).id} is a primary subnet; only portable, static and global subnets can be routed.`,
    );
  }
  return record;
}

export const subnetService: ServiceDefinition = {
  name: 'SoftLayer_Network_Subnet',
  type: 'SoftLayer_Network_Subnet',
  find: (id, context) => findSubnet(context.state, id),
  methods: {
    setTags: (input) => {
      const tags = tagsArg(input.call.args, 0);
      editNetworkObject(input.context.state, subnetOf(input).id, (edits) => {
        edits.tags = tags;
      });
      return value(true);
    },
    editNote: (input) => {
      const note = input.call.args[0];
      if (typeof note !== 'string') throw faults.invalidValue('note must be a string.');
      editNetworkObject(input.context.state, subnetOf(input).id, (edits) => {
        edits.note = note;
      });
      return value(true);
    },
    route: (input) => {
      const record = routable(input);
      const type = stringArg(input.call.args, 0, 'type');
      const identifier = String(input.call.args[1] ?? '');
      const target = routeTarget(input.context.state, record, type, identifier);
      return value(applyRoute(input.context.state, record, target));
    },
    clearRoute: (input) => {
      const record = routable(input);
      if (record.vlanId === null && record.endPointIpAddress === null) return value(false);
      input.context.state.mutate(() => {
        record.vlanId = null;
        record.endPointIpAddress = null;
      });
      return value(true);
    },
  },
};
