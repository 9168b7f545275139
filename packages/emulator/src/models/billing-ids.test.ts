import { describe, expect, it } from 'vitest';
import {
  billingItemOwner,
  firewallBillingItemId,
  guestBillingItemId,
  hardwareBillingItemId,
  ipsecBillingItemId,
  licenseBillingItemId,
  storageBillingItemId,
  subnetBillingItemId,
  vlanBillingItemId,
} from './billing-ids';

describe('billing item ids', () => {
  const kinds = {
    firewall: firewallBillingItemId,
    ipsec: ipsecBillingItemId,
    subnet: subnetBillingItemId,
    storage: storageBillingItemId,
    guest: guestBillingItemId,
    hardware: hardwareBillingItemId,
    license: licenseBillingItemId,
    vlan: vlanBillingItemId,
  } as const;

  it('name their owner back, whatever the kind', () => {
    for (const [kind, idOf] of Object.entries(kinds)) {
      for (const ownerId of [1, 7, 1_234]) {
        expect(billingItemOwner(idOf(ownerId))).toEqual({ kind, id: ownerId });
      }
    }
  });

  // Regression: firewall ids ran up to 50,000,000 and swallowed the IPsec range (45,000,000…), so cancelling an
  // IPsec tunnel's billing item deleted no tunnel.
  it('keep an IPsec tunnel apart from a firewall', () => {
    expect(billingItemOwner(ipsecBillingItemId(1))?.kind).toBe('ipsec');
    expect(billingItemOwner(firewallBillingItemId(1))?.kind).toBe('firewall');
  });

  // Ordered VLANs (ids from 2_200_001) sit between the ordered subnets (ids from 1_700_001) and storage.
  it('keep an ordered VLAN apart from ordered subnets and storage volumes', () => {
    expect(billingItemOwner(vlanBillingItemId(2_200_001))).toEqual({ kind: 'vlan', id: 2_200_001 });
    expect(billingItemOwner(subnetBillingItemId(1_799_999))?.kind).toBe('subnet');
    expect(billingItemOwner(storageBillingItemId(42_000_001))?.kind).toBe('storage');
  });

  it('name no owner below the first range', () => {
    expect(billingItemOwner(1)).toBeUndefined();
    expect(billingItemOwner(30_000_000)).toBeUndefined();
  });

  // Regression: a volume's snapshot space (a child item: parent id × 10 + n) read as a license.
  it('name no owner for a child item of a volume, a guest or a server', () => {
    for (const parent of [
      storageBillingItemId(42_000_001),
      guestBillingItemId(1),
      hardwareBillingItemId(1),
    ]) {
      expect(billingItemOwner(parent * 10 + 3)).toBeUndefined();
    }
  });
});
