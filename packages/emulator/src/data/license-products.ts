// Package 301 (`SOFTWARE_LICENSE_PACKAGE`): the VMware licenses an account orders on their own (not with a server),
// each an account license (`SoftLayer_Software_AccountLicense`) once ordered.
import type { ProductItem, ProductPackage, ProductPrice } from './products';

/** The package software licenses are ordered from. */
export const LICENSE_PACKAGE_RECORD: ProductPackage = {
  id: 301,
  keyName: 'SOFTWARE_LICENSE_PACKAGE',
  name: 'Software License Package',
  typeKeyName: 'ADDITIONAL_SERVICES_SOFTWARE_LICENSE',
  isActive: 1,
};

/** What ordering a license item makes: its software, maker, CPUs covered and the user it needs. */
export interface LicenseEffect {
  softwareName: string;
  manufacturer: string;
  requiredUser: string;
}

/** Key name, description, software, CPUs, required user, monthly fee. */
const LICENSES = [
  [
    'VMWARE_VSAN_ENTERPRISE_TIER_III_65_124_TB_6_X',
    'VMware vSAN Enterprise Tier III 65 - 124 TB 6.x',
    'vSAN',
    8,
    'administrator',
    780,
  ],
  [
    'VMWARE_VSAN_ENTERPRISE_TIER_III_65_124_TB_6_X_2',
    'VMware vSAN Enterprise Tier III 65 - 124 TB 6.x (2 CPU)',
    'vSAN',
    2,
    'administrator',
    195,
  ],
  [
    'VMWARE_VSAN_ADVANCE_TIER_I_0_20_TB_6_X',
    'VMware vSAN Advanced Tier I 0 - 20 TB 6.x',
    'vSAN',
    2,
    'administrator',
    110,
  ],
  [
    'VMWARE_VCENTER_SERVER_STANDARD_6_5',
    'VMware vCenter Server Standard 6.5',
    'vCenter Server',
    2,
    'administrator@vsphere.local',
    310,
  ],
  [
    'VMWARE_NSX_DATA_CENTER_ADVANCED_6_4',
    'VMware NSX Data Center Advanced 6.4',
    'NSX Data Center',
    16,
    'admin',
    455,
  ],
  [
    'VMWARE_NSX_DATA_CENTER_ENTERPRISE_PLUS_6_4',
    'VMware NSX Data Center Enterprise Plus 6.4',
    'NSX Data Center',
    16,
    'admin',
    620,
  ],
] as const;

/** What a package 301 item orders, by the item's id; undefined for any other item. */
export function licenseEffectOf(itemId: number): LicenseEffect | undefined {
  return licensePackageProducts().items.find((item) => item.id === itemId)?.license;
}

/** Package 301's items (each a VMware license) and their monthly prices; ids apart from the other packages'. */
export function licensePackageProducts(): {
  items: Array<ProductItem & { license: LicenseEffect }>;
  prices: ProductPrice[];
} {
  const items: Array<ProductItem & { license: LicenseEffect }> = [];
  const prices: ProductPrice[] = [];
  LICENSES.forEach(([keyName, description, softwareName, capacity, requiredUser, monthly], index) => {
    const id = 7100 + index;
    items.push({
      id,
      packageId: LICENSE_PACKAGE_RECORD.id,
      keyName,
      description,
      capacity,
      units: 'CPU',
      categoryCode: 'software_license',
      categoryName: 'Software License',
      license: { softwareName, manufacturer: 'VMware', requiredUser },
    });
    prices.push({
      id: 37600 + index,
      itemId: id,
      hourlyRecurringFee: '0',
      recurringFee: monthly.toFixed(2),
      categoryCode: 'software_license',
    });
  });
  return { items, prices };
}
