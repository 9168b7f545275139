/**
 * A Citrix NetScaler of the account (`SoftLayer_Network_Application_Delivery_Controller`): a VPX appliance on its
 * datacenter's public and private VLANs. Seeded (`data/generate-netscalers.ts`); nothing orders or changes one yet.
 */
export interface NetscalerRecord {
  id: number;
  /** `SLADC307609-jt01`, as the API names them. */
  name: string;
  /** The product it is (`Citrix NetScaler VPX 10.5 10Mbps Standard`): the API's `description`. */
  description: string;
  /** `SoftLayer_Network_Application_Delivery_Controller_Type`. */
  typeId: number;
  datacenterId: number;
  /** Its address on the public subnet of its datacenter, and its management address on the private one. */
  primaryIpAddress: string;
  managementIpAddress: string;
  /** The `root` password of its management interface. */
  password: string;
  /** Public bandwidth used this period, in GB, as the API's decimal string (`.00365`). */
  outboundPublicBandwidthUsage: string;
  licenseExpiresAt: number;
  createdAt: number;
  modifiedAt: number;
  tags: string[];
}
