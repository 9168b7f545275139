import { formatApiDate } from '../data/dates';
import { subnetOfAddress } from '../data/network';
import type { LicenseRecord } from '../data/records';
import { licenseBillingItemId } from './billing-ids';
import { type BillingSubject, billingItemView } from './shared-views';
import { compact, type ViewContext } from './type-model';

/** The package software licenses are ordered from (`SOFTWARE_LICENSE_PACKAGE`). */
export const LICENSE_PACKAGE = { id: 301, keyName: 'SOFTWARE_LICENSE_PACKAGE' } as const;

/** What a license bills as. */
export function licenseBillingSubject(license: LicenseRecord): BillingSubject {
  return {
    billingItemId: licenseBillingItemId(license.id),
    categoryCode: license.kind === 'virtual' ? 'control_panel' : 'software_license',
    description: license.longDescription,
    hourly: false,
    monthlyFee: license.monthlyFee,
    createdAt: license.createdAt,
    datacenterId: license.datacenterId,
    orderId: 120_000_000 + (license.id % 1_000_000),
    presetKeyName: null,
    packageId: LICENSE_PACKAGE.id,
    packageKeyName: LICENSE_PACKAGE.keyName,
    children: [],
  };
}

function softwareDescription(license: LicenseRecord): Record<string, unknown> {
  return {
    id: 1000 + (license.id % 1000),
    name: license.softwareName,
    manufacturer: license.manufacturer,
    longDescription: license.longDescription,
    requiredUser: license.requiredUser,
    licenseTermValue: 0,
    controlPanel: license.kind === 'virtual' ? 1 : 0,
    virtualLicense: license.kind === 'virtual' ? 1 : 0,
  };
}

/** A license as `SoftLayer_Software_VirtualLicense` (control panels) or `SoftLayer_Software_AccountLicense`. */
export function licenseView(license: LicenseRecord, context: ViewContext): Record<string, unknown> {
  const subnet = license.ipAddress === null ? undefined : subnetOfAddress(license.ipAddress);
  return compact({
    id: license.id,
    accountId: context.state.accountId,
    key: license.key,
    capacity: license.kind === 'account' ? String(license.capacity) : undefined,
    units: license.kind === 'account' ? 'CPU' : undefined,
    ipAddress: license.ipAddress ?? undefined,
    createDate: formatApiDate(license.createdAt),
    billingItem: billingItemView(licenseBillingSubject(license), context),
    softwareDescription: softwareDescription(license),
    subnet: subnet
      ? {
          id: subnet.id,
          networkIdentifier: subnet.networkIdentifier,
          broadcastAddress: subnet.broadcastAddress,
          cidr: subnet.cidr,
          note: `${subnet.networkIdentifier} public`,
        }
      : undefined,
  });
}

/** The licenses of a kind (one cancelled at once is gone; one cancelled on its anniversary stays until then). */
export function activeLicenses(kind: LicenseRecord['kind'], context: ViewContext): Record<string, unknown>[] {
  return context.state.licenses
    .filter((license) => license.kind === kind)
    .map((license) => licenseView(license, context));
}
