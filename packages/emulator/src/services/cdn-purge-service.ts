import { faults } from '../api-fault';
import { mappingOf, purgeView } from '../data/cdn';
import { stringArg } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

/** `…_Configuration_Cache_Purge`: purges of a mapping's cached content, kept as its history. */
export const cdnPurgeService: ServiceDefinition = {
  name: 'SoftLayer_Network_CdnMarketplace_Configuration_Cache_Purge',
  type: 'SoftLayer_Network_CdnMarketplace_Configuration_Cache_Purge',
  methods: {
    createPurge: (input) => {
      const { state, now } = input.context;
      const mapping = mappingOf(state, stringArg(input.call.args, 0, 'uniqueId'));
      const path = stringArg(input.call.args, 1, 'path');
      if (!path.startsWith('/')) throw faults.invalidValue('The path to purge must start with /.');
      const purge = { path, createdAt: now };
      state.mutate(() => mapping.purges.push(purge));
      return value([purgeView(purge)]);
    },
    getPurgeHistoryPerMapping: (input) => {
      const mapping = mappingOf(input.context.state, stringArg(input.call.args, 0, 'uniqueId'));
      return value([...mapping.purges].reverse().map(purgeView));
    },
  },
};
