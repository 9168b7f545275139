import { row, type ServiceDefinition } from './service-definition';

export const accountService: ServiceDefinition = {
  name: 'SoftLayer_Account',
  type: 'SoftLayer_Account',
  self: (context) => context.state,
  methods: {
    getCurrentUser: (input) => row('SoftLayer_User_Customer', input.context.user),
  },
};
