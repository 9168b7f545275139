import { DAY_MS, GENERATION_ANCHOR } from './dates';
import { BARE_METAL_PACKAGE_ID, productCatalog, VIRTUAL_PACKAGE_ID } from './products';
import type { QuoteRecord } from './records';

/** The seeded quotes' ids: below the ids `placeQuote` allocates, so new quotes keep their ids. */
const FIRST_QUOTE_ID = 2_940_001;

/** The standard price (no location group) of each item of a package, by key name, in the order given. */
function priceIds(packageId: number, itemKeys: readonly string[]): Array<{ id: number }> {
  const { items, prices } = productCatalog();
  return itemKeys.flatMap((keyName) => {
    const item = items.find(
      (candidate) => candidate.keyName === keyName && candidate.packageId === packageId,
    );
    const price = prices.find((candidate) => candidate.itemId === item?.id && !candidate.locationGroupId);
    return price ? [{ id: price.id }] : [];
  });
}

/**
 * Two open quotes of the account (`slcli order quote-list`): a monthly virtual server and a bare metal server in
 * dal13, kept as `placeQuote` keeps them (the order container without servers).
 */
export function generateQuotes(userId: number): QuoteRecord[] {
  const dal13 = '1854795';
  const quote = (
    index: number,
    name: string,
    daysAgo: number,
    container: Record<string, unknown>,
  ): QuoteRecord => ({
    id: FIRST_QUOTE_ID + index,
    name,
    createdAt: GENERATION_ANCHOR - daysAgo * DAY_MS,
    modifiedAt: GENERATION_ANCHOR - daysAgo * DAY_MS,
    userId,
    status: 'PENDING',
    container,
    orderId: null,
  });
  return [
    quote(0, 'web tier', 12, {
      complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest',
      packageId: VIRTUAL_PACKAGE_ID,
      location: dal13,
      quantity: 1,
      useHourlyPricing: false,
      prices: priceIds(VIRTUAL_PACKAGE_ID, [
        'GUEST_CORE_2',
        'RAM_4_GB',
        'GUEST_DISK_25_GB_SAN',
        'OS_UBUNTU_22_64',
        'BANDWIDTH_0_GB_2',
        '1_IP_ADDRESS',
        '1000_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS',
        'REBOOT_REMOTE_CONSOLE',
      ]),
    }),
    quote(1, 'database server', 5, {
      complexType: 'SoftLayer_Container_Product_Order_Hardware_Server',
      packageId: BARE_METAL_PACKAGE_ID,
      location: dal13,
      quantity: 1,
      useHourlyPricing: false,
      prices: priceIds(BARE_METAL_PACKAGE_ID, [
        'INTEL_XEON_2620_2_10',
        'RAM_64_GB_DDR4_2133_ECC_NON_REG',
        'HARD_DRIVE_1_00_TB_SATA_2',
        'DISK_CONTROLLER_NONRAID',
        'OS_UBUNTU_22_64',
        'BANDWIDTH_500_GB',
        '1000_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS',
        '1_IP_ADDRESS',
        'REBOOT_KVM_OVER_IP',
        'UNLIMITED_SSL_VPN_USERS_1_PPTP_VPN_USER_PER_ACCOUNT',
      ]),
    }),
  ];
}
