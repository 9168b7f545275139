import type { OrderedSubnetRecord } from '../data/records';
import { stringArg } from './arguments';
import { type MethodInput, type ServiceDefinition, value } from './service-definition';
import { accountAddress, applyRoute } from './subnet-route-target';

function globalIpOf(input: MethodInput): OrderedSubnetRecord {
  return input.row as OrderedSubnetRecord;
}

/** Global IPs: the ordered subnets of kind `global`, by the same id. */
export const globalIpService: ServiceDefinition = {
  name: 'SoftLayer_Network_Subnet_IpAddress_Global',
  type: 'SoftLayer_Network_Subnet_IpAddress_Global',
  find: (id, context) => {
    const record = context.state.orderedSubnets.get(id);
    return record?.kind === 'global' ? record : undefined;
  },
  methods: {
    /** Routes the global IP to one of the account's addresses; true when the route changed. */
    route: (input) => {
      const record = globalIpOf(input);
      const address = accountAddress(stringArg(input.call.args, 0, 'newEndPointIpAddress'), record.version);
      return value(applyRoute(input.context.state, record, { vlanId: null, endPointIpAddress: address }));
    },
    unroute: (input) => {
      const record = globalIpOf(input);
      if (record.endPointIpAddress === null) return value(false);
      input.context.state.mutate(() => {
        record.endPointIpAddress = null;
      });
      return value(true);
    },
  },
};
