// The account's ordered network at generation: global IPs (one routed to a guest), portable subnets on the first
// guest's VLANs, and a few tags and notes. Fixed, not drawn: every seed has the same shape around its own guests.
import { DATACENTERS } from './catalog';
import { DAY_MS, GENERATION_ANCHOR } from './dates';
import { addressAt, subnetsOf, vlansOf } from './network';
import { orderedNetwork } from './ordered-subnets';
import type { GuestRecord, NetworkEditRecord, OrderedSubnetRecord } from './records';
import { ID_BASES, type IdKind } from './state';

export interface GeneratedNetwork {
  orderedSubnets: OrderedSubnetRecord[];
  networkEdits: NetworkEditRecord[];
}

export function generateNetwork(options: {
  guests: readonly GuestRecord[];
  allocate: (kind: IdKind) => number;
}): GeneratedNetwork {
  const { guests, allocate } = options;
  const anchorGuest = guests.find((guest) => !guest.privateNetworkOnly) ?? guests[0];
  const datacenterId = anchorGuest?.datacenterId ?? DATACENTERS[0]!.id;
  const vlans = vlansOf(datacenterId);
  const orderedSubnets: OrderedSubnetRecord[] = [];
  const add = (
    kind: OrderedSubnetRecord['kind'],
    addressSpace: 'PUBLIC' | 'PRIVATE',
    version: 4 | 6,
    quantity: number,
    where: Pick<OrderedSubnetRecord, 'datacenterId' | 'vlanId' | 'endPointIpAddress'>,
    ageDays: number,
  ): OrderedSubnetRecord => {
    const id = allocate('orderedSubnet');
    const record: OrderedSubnetRecord = {
      id,
      kind,
      addressSpace,
      version,
      ...orderedNetwork(id - ID_BASES.orderedSubnet, kind, addressSpace, version, quantity),
      ...where,
      orderId: allocate('order'),
      createdAt: GENERATION_ANCHOR - ageDays * DAY_MS,
    };
    orderedSubnets.push(record);
    return record;
  };
  const unrouted = { datacenterId: DATACENTERS[0]!.id, vlanId: null, endPointIpAddress: null };
  const guestAddress = anchorGuest ? addressAt(subnetsOf(datacenterId).public, anchorGuest.ipIndex) : null;
  add('global', 'PUBLIC', 4, 0, { ...unrouted, endPointIpAddress: guestAddress }, 120);
  add('global', 'PUBLIC', 4, 0, unrouted, 45);
  add('global', 'PUBLIC', 6, 0, unrouted, 30);
  const web = add(
    'portable',
    'PUBLIC',
    4,
    8,
    { datacenterId, vlanId: vlans.public.id, endPointIpAddress: null },
    200,
  );
  add('portable', 'PRIVATE', 4, 4, { datacenterId, vlanId: vlans.private.id, endPointIpAddress: null }, 180);
  return {
    orderedSubnets,
    networkEdits: [
      { id: vlans.public.id, note: 'Edge traffic', tags: ['edge', 'production'] },
      { id: web.id, note: 'Web front ends', tags: ['web', 'production'] },
    ],
  };
}
