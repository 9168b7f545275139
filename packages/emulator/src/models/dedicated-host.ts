import { formatApiDate } from '../data/dates';
import type { DedicatedHostRecord } from '../data/dedicated-host-record';
import { DEDICATED_HOST_PACKAGE_ID } from '../data/products';
import type { GuestRecord } from '../data/records';
import { backendRouterById, routerView } from '../data/routers';
import { billingItemView, datacenterById, locationView, tagReferencesView } from './shared-views';
import { defineModel, type TypeModel, type ViewContext } from './type-model';

/** The guests running on a host. */
export function hostGuests(host: DedicatedHostRecord, context: ViewContext): GuestRecord[] {
  return context.state.guests.filter((guest) => guest.dedicatedHostId === host.id);
}

/** A dedicated host's billing item id (derived from the host: hosts are billed on their own items). */
export function dedicatedHostBillingItemId(host: DedicatedHostRecord): number {
  return 970_000_000 + host.id;
}

export const dedicatedHostModel: TypeModel<unknown> = defineModel<DedicatedHostRecord>({
  type: 'SoftLayer_Virtual_DedicatedHost',
  direct: ['id', 'name'],
  local: (host, context) => ({
    id: host.id,
    name: host.name,
    accountId: context.state.accountId,
    backendRouterId: host.backendRouterId,
    cpuCount: host.cpuCount,
    memoryCapacity: host.memoryCapacityGb,
    diskCapacity: host.diskCapacityGb,
    createDate: formatApiDate(host.createdAt),
    modifyDate: formatApiDate(host.modifiedAt),
  }),
  relations: {
    backendRouter: {
      type: 'SoftLayer_Hardware_Router_Backend',
      get: (host) => {
        const router = backendRouterById(host.backendRouterId);
        return router ? routerView(router) : undefined;
      },
    },
    datacenter: {
      type: 'SoftLayer_Location',
      get: (host) => locationView(datacenterById(host.datacenterId)),
    },
    guests: { type: 'SoftLayer_Virtual_Guest', get: hostGuests },
    guestCount: { type: 'unsignedInt', get: (host, context) => hostGuests(host, context).length },
    allocationStatus: {
      type: 'SoftLayer_Container_Virtual_DedicatedHost_AllocationStatus',
      get: (host, context) => {
        const guests = hostGuests(host, context);
        const cpuAllocated = guests.reduce((sum, guest) => sum + guest.maxCpu, 0);
        const memoryAllocated = guests.reduce((sum, guest) => sum + guest.maxMemory / 1024, 0);
        return {
          cpuAllocated,
          cpuAvailable: host.cpuCount - cpuAllocated,
          cpuCount: host.cpuCount,
          memoryAllocated,
          memoryAvailable: host.memoryCapacityGb - memoryAllocated,
          memoryCapacity: host.memoryCapacityGb,
          diskAllocated: guests.length * 25,
          diskAvailable: host.diskCapacityGb - guests.length * 25,
          diskCapacity: host.diskCapacityGb,
        };
      },
    },
    billingItem: {
      type: 'SoftLayer_Billing_Item_Virtual_DedicatedHost',
      get: (host, context) =>
        billingItemView(
          {
            billingItemId: dedicatedHostBillingItemId(host),
            categoryCode: 'dedicated_virtual_hosts',
            description: `${host.cpuCount} Cores X ${host.memoryCapacityGb} RAM X ${host.diskCapacityGb / 1000} TB`,
            hostName: host.name,
            hourly: host.hourly,
            monthlyFee: host.cpuCount * 70,
            createdAt: host.createdAt,
            datacenterId: host.datacenterId,
            orderId: host.orderId,
            presetKeyName: null,
            packageId: DEDICATED_HOST_PACKAGE_ID,
            packageKeyName: 'DEDICATED_HOST',
            children: [
              { categoryCode: 'dedicated_host_ram', description: `${host.memoryCapacityGb} GB RAM`, fee: 0 },
              { categoryCode: 'dedicated_host_disk', description: `${host.diskCapacityGb} GB disk`, fee: 0 },
            ],
          },
          context,
        ),
    },
    tagReferences: {
      type: 'SoftLayer_Tag_Reference',
      get: (host) => tagReferencesView(host.tags, host.id, 11),
    },
  },
});
