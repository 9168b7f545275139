import { faults } from '../api-fault';
import { addressOfIpAddressId, ipAddressId, subnetOfAddress } from '../data/network';
import { ipAddressView, ipAddressWithDevice } from '../models/ip-address';
import { objectArg, stringArg } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

export const ipAddressService: ServiceDefinition = {
  name: 'SoftLayer_Network_Subnet_IpAddress',
  type: 'SoftLayer_Network_Subnet_IpAddress',
  // Addresses are derived from the subnets: the id encodes the address (see ipAddressId).
  find: (id, context) => {
    const address = addressOfIpAddressId(id);
    return address === undefined ? undefined : ipAddressView(address, context.state);
  },
  methods: {
    /** The address with its subnet and the device that has it; null when it is on none of the account's subnets. */
    getByIpAddress: (input) => {
      const ip = stringArg(input.call.args, 0, 'ipAddress').trim();
      if (!subnetOfAddress(ip)) return value(null);
      return value(ipAddressWithDevice(ip, input.context.state));
    },
    /** Only the note is the customer's to change (`''` clears it). */
    editObject: (input) => {
      const template = objectArg(input.call.args, 0, 'templateObject');
      if (typeof template.note !== 'string')
        throw faults.invalidValue('Only the note of an IP address can be edited.');
      const note = template.note;
      const id = ipAddressId((input.row as { ipAddress: string }).ipAddress);
      const { state } = input.context;
      state.mutate(() => {
        state.ipAddressNotes.delete(id);
        if (note !== '') state.ipAddressNotes.insert({ id, note });
      });
      return value(true);
    },
  },
};
