import type { ServiceDefinition } from './service-definition';

const TYPE = 'SoftLayer_Network_Application_Delivery_Controller';

/** `SoftLayer_Network_Application_Delivery_Controller`: the account's Citrix NetScalers (read only). */
export const netscalerService: ServiceDefinition = {
  name: TYPE,
  type: TYPE,
  find: (id, context) => context.state.netscalers.get(id),
  methods: {},
};
