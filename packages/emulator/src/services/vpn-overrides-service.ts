import { faults } from '../api-fault';
import { allSubnets } from '../data/network';
import type { VpnOverrideRecord } from '../data/records';
import { listArg, toInteger } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

/** The overrides of `createObjects` / `deleteObjects`: each an object, checked before anything changes. */
function overrideTemplates(args: readonly unknown[]): Array<Record<string, unknown>> {
  return listArg(args, 0, 'SoftLayer_Network_Service_Vpn_Overrides[]').map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw faults.missingParameter(`Override ${index + 1} must be an object.`);
    }
    return item as Record<string, unknown>;
  });
}

/** VPN subnet overrides: which subnets a user with manual VPN configuration may reach. */
export const vpnOverridesService: ServiceDefinition = {
  name: 'SoftLayer_Network_Service_Vpn_Overrides',
  type: 'SoftLayer_Network_Service_Vpn_Overrides',
  find: (id, context) => context.state.vpnOverrides.get(id),
  methods: {
    createObjects: (input) => {
      const { state } = input.context;
      const subnets = new Set(allSubnets().map((subnet) => subnet.id));
      const wanted = overrideTemplates(input.call.args).map((template, index) => {
        const userId = toInteger(template.userId);
        const subnetId = toInteger(template.subnetId);
        if (userId === undefined || !state.users.get(userId)) {
          throw faults.invalidValue(`Override ${index + 1}: no user with id ${String(template.userId)}.`);
        }
        if (subnetId === undefined || !subnets.has(subnetId)) {
          throw faults.invalidValue(`Override ${index + 1}: no subnet with id ${String(template.subnetId)}.`);
        }
        return { userId, subnetId };
      });
      state.mutate(() => {
        for (const { userId, subnetId } of wanted) {
          const exists = state.vpnOverrides
            .all()
            .some((row) => row.userId === userId && row.subnetId === subnetId);
          if (!exists) state.vpnOverrides.insert({ id: state.allocateId('vpnOverride'), userId, subnetId });
        }
      });
      return value(true);
    },
    deleteObjects: (input) => {
      const { state } = input.context;
      const ids = overrideTemplates(input.call.args).map((template, index) => {
        const id = toInteger(template.id);
        if (id === undefined || !state.vpnOverrides.get(id))
          throw faults.objectNotFound(template.id ?? `#${index + 1}`);
        return id;
      });
      state.mutate(() => {
        for (const id of ids) state.vpnOverrides.delete(id);
      });
      return value(true);
    },
    deleteObject: (input) => {
      const row = input.row as VpnOverrideRecord;
      input.context.state.mutate(() => input.context.state.vpnOverrides.delete(row.id));
      return value(true);
    },
  },
};
