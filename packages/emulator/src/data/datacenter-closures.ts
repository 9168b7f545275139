/**
 * The datacenters whose closure is announced: their pods carry the `CLOSURE_ANNOUNCED` capability, so that
 * `slcli report datacenter-closures` finds the account's servers, firewalls and gateways there.
 */
export const CLOSING_DATACENTERS: ReadonlySet<string> = new Set(['dal05', 'sao01']);

/** A pod's capabilities: every pod supports security groups; a closing datacenter's pods say so too. */
export function podCapabilities(datacenterName: string): string[] {
  return CLOSING_DATACENTERS.has(datacenterName)
    ? ['SUPPORTS_SECURITY_GROUP', 'CLOSURE_ANNOUNCED']
    : ['SUPPORTS_SECURITY_GROUP'];
}
