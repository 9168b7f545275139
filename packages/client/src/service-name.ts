const UNPREFIXED = ['SoftLayer_', 'BluePages_Search', 'IntegratedOfferingTeam_Region'];

/** The reference's prefixing: `Account` → `SoftLayer_Account`; `SoftLayer_…`, `BluePages_Search` and `IntegratedOfferingTeam_Region` stay. */
export function toServiceName(service: string): string {
  return UNPREFIXED.some((prefix) => service.startsWith(prefix)) ? service : `SoftLayer_${service}`;
}
