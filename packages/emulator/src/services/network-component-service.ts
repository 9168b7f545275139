import { findGuestComponent } from '../models/guest-network-component';
import { type ServiceDefinition, value } from './service-definition';

/** SoftLayer_Virtual_Guest_Network_Component: a guest's interfaces (derived), with their security group bindings. */
export const guestNetworkComponentService: ServiceDefinition = {
  name: 'SoftLayer_Virtual_Guest_Network_Component',
  type: 'SoftLayer_Virtual_Guest_Network_Component',
  find: (id, context) => findGuestComponent(context.state, id),
  methods: {
    // Security group changes apply at once in the emulator: a component's are always ready.
    securityGroupsReady: () => value(true),
  },
};
