import { formatApiDate } from '../data/dates';
import { productCatalog } from '../data/products';
import type { GuestRecord } from '../data/records';
import type { ReservedCapacityRecord } from '../data/reserved-capacity-record';
import { backendRouterById, routerView } from '../data/routers';
import { defineModel, type TypeModel, type ViewContext } from './type-model';

/** The guests running in a group's instances, in the order they took them. */
export function capacityGuests(group: ReservedCapacityRecord, context: ViewContext): GuestRecord[] {
  return context.state.guests.filter((guest) => guest.reservedCapacityId === group.id);
}

/** A group's instances (`SoftLayer_Virtual_ReservedCapacityGroup_Instance`): the first ones hold its guests. */
function instances(group: ReservedCapacityRecord, context: ViewContext): Array<Record<string, unknown>> {
  const catalog = productCatalog();
  const item = catalog.items.find((candidate) => candidate.keyName === group.flavorKeyName);
  const price = item ? catalog.prices.find((candidate) => candidate.itemId === item.id) : undefined;
  const guests = capacityGuests(group, context);
  return Array.from({ length: group.instanceCount }, (_, index) => {
    const guest = guests[index];
    return {
      id: group.id * 100 + index,
      reservedCapacityGroupId: group.id,
      availableFlag: guest === undefined,
      guestId: guest?.id,
      guest: guest ? { id: guest.id, hostname: guest.hostname, domain: guest.domain } : undefined,
      billingItem: {
        id: group.orderId * 100 + index,
        description: item?.description,
        hourlyRecurringFee: price?.hourlyRecurringFee,
        item: { id: item?.id, keyName: group.flavorKeyName, description: item?.description },
        category: { categoryCode: 'reserved_capacity', name: 'Reserved Capacity' },
      },
    };
  });
}

export const reservedCapacityModel: TypeModel<unknown> = defineModel<ReservedCapacityRecord>({
  type: 'SoftLayer_Virtual_ReservedCapacityGroup',
  direct: ['id', 'name'],
  local: (group, context) => ({
    id: group.id,
    name: group.name,
    accountId: context.state.accountId,
    backendRouterId: group.backendRouterId,
    createDate: formatApiDate(group.createdAt),
    modifyDate: formatApiDate(group.createdAt),
  }),
  relations: {
    backendRouter: {
      type: 'SoftLayer_Hardware_Router_Backend',
      get: (group) => {
        const router = backendRouterById(group.backendRouterId);
        return router ? routerView(router) : undefined;
      },
    },
    instances: { type: 'SoftLayer_Virtual_ReservedCapacityGroup_Instance', get: instances },
    instanceCount: { type: 'unsignedInt', get: (group) => group.instanceCount },
    occupiedInstanceCount: {
      type: 'unsignedInt',
      get: (group, context) => capacityGuests(group, context).length,
    },
    availableInstanceCount: {
      type: 'unsignedInt',
      get: (group, context) => group.instanceCount - capacityGuests(group, context).length,
    },
  },
});
