import { bandwidthPools } from '../models/bandwidth-allotment';
import type { ServiceDefinition } from './service-definition';

/** Bandwidth pools (allotments): derived from the account's servers by region. */
export const bandwidthAllotmentService: ServiceDefinition = {
  name: 'SoftLayer_Network_Bandwidth_Version1_Allotment',
  type: 'SoftLayer_Network_Bandwidth_Version1_Allotment',
  find: (id, context) => bandwidthPools(context.state).find((pool) => pool.id === id),
  methods: {},
};
