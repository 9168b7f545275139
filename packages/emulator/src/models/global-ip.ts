import { orderedSubnetView } from '../data/ordered-subnets';
import type { OrderedSubnetRecord } from '../data/records';
import { ipAddressView, ipAddressWithDevice, subnetLocalView } from './ip-address';
import { subnetBillingSubject } from './ordered-subnet-billing';
import { billingItemView } from './shared-views';
import { defineModel, type TypeModel } from './type-model';

/** The id of the IP address object of a global IP's own address. */
function ownAddressId(record: OrderedSubnetRecord): number {
  return record.id * 10;
}

/** `SoftLayer_Network_Subnet_IpAddress_Global`: a global IP (an ordered subnet of kind `global`, same id). */
export const globalIpModel: TypeModel<unknown> = defineModel<OrderedSubnetRecord>({
  type: 'SoftLayer_Network_Subnet_IpAddress_Global',
  local(record, context) {
    const destination = record.endPointIpAddress;
    return {
      id: record.id,
      accountId: context.state.accountId,
      ipAddressId: ownAddressId(record),
      typeId: 1,
      ...(destination === null
        ? {}
        : { destinationIpAddressId: ipAddressView(destination, context.state).id }),
    };
  },
  relations: {
    ipAddress: {
      type: 'SoftLayer_Network_Subnet_IpAddress',
      get: (record) => {
        const subnet = orderedSubnetView(record);
        return {
          id: ownAddressId(record),
          ipAddress: record.networkIdentifier,
          subnetId: record.id,
          isBroadcast: false,
          isGateway: false,
          isNetwork: false,
          isReserved: false,
          subnet: subnetLocalView(subnet),
        };
      },
    },
    destinationIpAddress: {
      type: 'SoftLayer_Network_Subnet_IpAddress',
      get: (record, context) =>
        record.endPointIpAddress === null
          ? undefined
          : ipAddressWithDevice(record.endPointIpAddress, context.state),
    },
    billingItem: {
      type: 'SoftLayer_Billing_Item',
      get: (record, context) => billingItemView(subnetBillingSubject(record), context),
    },
  },
});
