// Billing items of guests, hardware, storage volumes, ordered subnets, IPsec tunnels, firewalls and licenses are
// derived from their owners; their ids encode the owner, one range per kind (no two ranges overlap).
const FIREWALL_OFFSET = 30_000_000;
const IPSEC_OFFSET = 45_000_000;
const SUBNET_OFFSET = 50_000_000;
/** Ordered VLANs (ids from 2_200_001): 62_200_001 up, below the storage range. */
const VLAN_OFFSET = 60_000_000;
const STORAGE_OFFSET = 100_000_000;
const GUEST_OFFSET = 400_000_000;
const HARDWARE_OFFSET = 700_000_000;
const LICENSE_OFFSET = 1_000_000_000;
/** How many licenses the license range holds: ids above it are child billing items. */
const RANGE_SPAN = 100_000_000;

export function guestBillingItemId(guestId: number): number {
  return guestId + GUEST_OFFSET;
}

export function hardwareBillingItemId(hardwareId: number): number {
  return hardwareId + HARDWARE_OFFSET;
}

export function storageBillingItemId(volumeId: number): number {
  return volumeId + STORAGE_OFFSET;
}

export function licenseBillingItemId(licenseId: number): number {
  return licenseId + LICENSE_OFFSET;
}

/** The billing item of an ordered subnet or global IP (`OrderedSubnetRecord`). */
export function subnetBillingItemId(subnetId: number): number {
  return subnetId + SUBNET_OFFSET;
}

/** The billing item of a firewall (standard or dedicated). */
export function firewallBillingItemId(firewallId: number): number {
  return firewallId + FIREWALL_OFFSET;
}

/** The billing item of an IPsec VPN tunnel context. */
export function ipsecBillingItemId(contextId: number): number {
  return contextId + IPSEC_OFFSET;
}

/** The billing item of an ordered VLAN (`OrderedVlanRecord`). */
export function vlanBillingItemId(vlanId: number): number {
  return vlanId + VLAN_OFFSET;
}

export function billingItemOwner(billingItemId: number):
  | {
      kind: 'guest' | 'hardware' | 'storage' | 'subnet' | 'license' | 'ipsec' | 'firewall' | 'vlan';
      id: number;
    }
  | undefined {
  // Above the license range are the children of the items (parent id × 10 + n): they name no owner here.
  if (billingItemId >= LICENSE_OFFSET + RANGE_SPAN) return undefined;
  if (billingItemId >= LICENSE_OFFSET) return { kind: 'license', id: billingItemId - LICENSE_OFFSET };
  if (billingItemId >= HARDWARE_OFFSET) return { kind: 'hardware', id: billingItemId - HARDWARE_OFFSET };
  if (billingItemId >= GUEST_OFFSET) return { kind: 'guest', id: billingItemId - GUEST_OFFSET };
  if (billingItemId >= STORAGE_OFFSET) return { kind: 'storage', id: billingItemId - STORAGE_OFFSET };
  if (billingItemId >= VLAN_OFFSET) return { kind: 'vlan', id: billingItemId - VLAN_OFFSET };
  if (billingItemId >= SUBNET_OFFSET) return { kind: 'subnet', id: billingItemId - SUBNET_OFFSET };
  if (billingItemId >= IPSEC_OFFSET) return { kind: 'ipsec', id: billingItemId - IPSEC_OFFSET };
  if (billingItemId > FIREWALL_OFFSET) return { kind: 'firewall', id: billingItemId - FIREWALL_OFFSET };
  return undefined;
}
