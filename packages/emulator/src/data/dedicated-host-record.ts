/** A dedicated host (`SoftLayer_Virtual_DedicatedHost`): a whole server of the account's own for its guests. */
export interface DedicatedHostRecord {
  id: number;
  name: string;
  datacenterId: number;
  /** The backend router (`bcr01a.dal13`) it hangs off, by the private VLAN's router id. */
  backendRouterId: number;
  cpuCount: number;
  memoryCapacityGb: number;
  diskCapacityGb: number;
  hourly: boolean;
  createdAt: number;
  modifiedAt: number;
  orderId: number;
  ownerUserId: number;
  tags: string[];
}
